#!/usr/bin/env python3
"""Writes the Tiled fixtures of tests/engine/Tiled*Test.cpp into this folder.

Run it from anywhere: python3 tests/data/maps/make-fixtures.py
The files are committed; rerun only to change them (line numbers are asserted in tests).
"""
import base64
import gzip
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# 4x3 raw gids: plain tiles, every flip flag, empty cells.
H, V, D = 0x80000000, 0x40000000, 0x20000000
GIDS = [1, 2, 3, 4,
        5 | H, 6 | V, 7 | D, 8 | H | V | D,
        0, 0, 1, 2]


def write(path, text, mode="w"):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, mode) as f:
        f.write(text)


def png(width, height):
    """A tiny RGBA PNG: a checkerboard of 16-pixel squares."""
    rows = b""
    for y in range(height):
        rows += b"\x00"
        for x in range(width):
            on = ((x // 16) + (y // 16)) % 2
            rows += bytes([200, 80, 40, 255]) if on else bytes([40, 120, 200, 255])

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def packed(gids):
    return b"".join(struct.pack("<I", g) for g in gids)


def b64(data):
    return base64.b64encode(data).decode("ascii")


def csv(gids, width=4):
    rows = [",".join(str(g) for g in gids[i:i + width]) for i in range(0, len(gids), width)]
    return ",\n".join(rows)


def header(width=4, height=3, extra=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" '
            f'renderorder="right-down" width="{width}" height="{height}" tilewidth="16" '
            f'tileheight="16" infinite="0" nextlayerid="3" nextobjectid="1"{extra}>\n')


EMBEDDED = (' <tileset firstgid="1" name="embedded" tilewidth="16" tileheight="16" tilecount="8" '
            'columns="4">\n'
            '  <image source="../tiles/tiles.png" width="64" height="32"/>\n'
            ' </tileset>\n')


def tile_map(data_open, data_text, tileset=EMBEDDED, width=4, height=3, extra=""):
    return (header(width, height, extra) + tileset
            + f' <layer id="1" name="floor" width="{width}" height="{height}">\n'
            + f'  {data_open}\n{data_text}\n</data>\n'
            + ' </layer>\n</map>\n')


def main():
    write("tiles/tiles.png", png(64, 32), "wb")
    write("tiles/terrain.tsx",
          '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<tileset version="1.8" tiledversion="1.8.2" name="terrain" tilewidth="16" '
          'tileheight="16" spacing="0" margin="0" tilecount="8" columns="4">\n'
          ' <properties>\n'
          '  <property name="biome" value="indoor"/>\n'
          ' </properties>\n'
          ' <image source="tiles.png" width="64" height="32"/>\n'
          ' <tile id="2">\n'
          '  <properties>\n'
          '   <property name="solid" type="bool" value="true"/>\n'
          '   <property name="sound" type="file" value="../sounds/step.wav"/>\n'
          '  </properties>\n'
          ' </tile>\n'
          '</tileset>\n')

    # --- valid maps, one per encoding -------------------------------------------------
    write("maps/csv.tmx", tile_map('<data encoding="csv">', csv(GIDS)))
    write("maps/base64.tmx", tile_map('<data encoding="base64">', "   " + b64(packed(GIDS))))
    write("maps/zlib.tmx", tile_map('<data encoding="base64" compression="zlib">',
                                    "   " + b64(zlib.compress(packed(GIDS)))))
    write("maps/xml-tiles.tmx",
          tile_map("<data>", "\n".join(f'   <tile gid="{g}"/>' if g else "   <tile/>"
                                       for g in GIDS)))
    # An external tileset (gids 1-8) and an embedded one after it (gids 9-16).
    write("maps/external.tmx",
          header() +
          ' <tileset firstgid="1" source="../tiles/terrain.tsx"/>\n'
          ' <tileset firstgid="9" name="second" tilewidth="16" tileheight="16" tilecount="8" '
          'columns="4">\n'
          '  <image source="../tiles/tiles.png" width="64" height="32"/>\n'
          ' </tileset>\n'
          ' <layer id="1" name="floor" width="4" height="3" visible="0" opacity="0.5">\n'
          '  <data encoding="csv">\n' + csv([1, 3, 8, 9, 16, 0, 0, 0, 0, 0, 0, 2 | H]) + '\n</data>\n'
          ' </layer>\n'
          '</map>\n')
    # Every object shape and every property type.
    write("maps/objects.tmx",
          header() +
          ' <properties>\n'
          '  <property name="title" value="Objects"/>\n'
          '  <property name="note">two\nlines</property>\n'
          ' </properties>\n' + EMBEDDED +
          ' <layer id="1" name="floor" width="4" height="3">\n'
          '  <data encoding="csv">\n' + csv([1] * 12) + '\n</data>\n'
          ' </layer>\n'
          ' <objectgroup id="2" name="things">\n'
          '  <properties>\n'
          '   <property name="kind" value="markers"/>\n'
          '  </properties>\n'
          '  <object id="1" name="desk" type="furniture" x="16" y="32" width="48" height="16">\n'
          '   <properties>\n'
          '    <property name="label" type="string" value="Desk &amp; chair"/>\n'
          '    <property name="seats" type="int" value="-3"/>\n'
          '    <property name="weight" type="float" value="12.5"/>\n'
          '    <property name="movable" type="bool" value="false"/>\n'
          '    <property name="tint" type="color" value="#80ff0010"/>\n'
          '    <property name="shade" type="color" value="#102030"/>\n'
          '    <property name="unset" type="color" value=""/>\n'
          '    <property name="script" type="file" value="../scripts/desk.txt"/>\n'
          '    <property name="partner" type="object" value="2"/>\n'
          '   </properties>\n'
          '  </object>\n'
          '  <object id="2" name="rug" class="decor" x="8.5" y="4.25" width="20" height="10">\n'
          '   <ellipse/>\n'
          '  </object>\n'
          '  <object id="3" name="room" type="zone" x="10" y="20">\n'
          '   <polygon points="0,0 30,0 30,-10"/>\n'
          '  </object>\n'
          '  <object id="4" name="path" x="0" y="0" rotation="90">\n'
          '   <polyline points="0,0 10,0 10,5"/>\n'
          '  </object>\n'
          '  <object id="5" name="player-start" type="spawn" x="24" y="40">\n'
          '   <point/>\n'
          '  </object>\n'
          '  <object id="6" name="lamp" gid="2147483651" x="32" y="48" width="16" height="16"/>\n'
          ' </objectgroup>\n'
          ' <objectgroup id="3" name="more" visible="0">\n'
          '  <object id="7" name="chair" type="furniture" x="1" y="2" width="3" height="4"/>\n'
          ' </objectgroup>\n'
          '</map>\n')

    # --- broken maps: one problem each ------------------------------------------------
    write("maps/bad-count.tmx", tile_map('<data encoding="csv">', csv(GIDS[:11])))
    write("maps/bad-gid.tmx", tile_map('<data encoding="csv">',
                                       csv([1, 2, 3, 4, 5, 6, 7, 8, 1, 57, 0, 0])))
    write("maps/bad-gid-base64.tmx",
          tile_map('<data encoding="base64">', b64(packed([1] * 11 + [9 | H]))))
    write("maps/bad-csv-token.tmx", tile_map('<data encoding="csv">',
                                             csv([1, 2, 3, 4, 5, "12abc", 7, 8, 1, 1, 0, 0])))
    write("maps/bad-escape.tmx",
          header() + ' <tileset firstgid="1" source="../../outside.tsx"/>\n</map>\n')
    write("maps/bad-absolute.tmx",
          header() + ' <tileset firstgid="1" name="t" tilewidth="16" tileheight="16" '
          'tilecount="8" columns="4">\n'
          '  <image source="/etc/passwd" width="64" height="32"/>\n'
          ' </tileset>\n</map>\n')
    write("maps/bad-missing-tsx.tmx",
          header() + ' <tileset firstgid="1" source="../tiles/nowhere.tsx"/>\n</map>\n')
    write("maps/bad-missing-image.tmx",
          header() + EMBEDDED.replace("../tiles/tiles.png", "../tiles/missing.png") + '</map>\n')
    write("maps/bad-image-size.tmx",
          header() + EMBEDDED.replace('width="64" height="32"', 'width="64" height="64"')
          + '</map>\n')
    write("maps/bad-tileset-fit.tmx",
          header() + EMBEDDED.replace('tilecount="8"', 'tilecount="12"') + '</map>\n')
    write("maps/bad-overlap.tmx",
          header() + EMBEDDED + EMBEDDED.replace('firstgid="1" name="embedded"',
                                                 'firstgid="5" name="late"') + '</map>\n')
    write("maps/bad-huge.tmx", tile_map('<data encoding="csv">', "0", width=100000,
                                        height=100000))
    write("maps/bad-width.tmx",
          header().replace('width="4"', 'width="12abc"') + EMBEDDED + '</map>\n')
    write("maps/bad-isometric.tmx",
          header().replace("orthogonal", "isometric") + EMBEDDED + '</map>\n')
    write("maps/bad-infinite.tmx",
          header().replace('infinite="0"', 'infinite="1"') + EMBEDDED + '</map>\n')
    write("maps/bad-base64.tmx", tile_map('<data encoding="base64">',
                                          "AQAAAAIAAAA!AAAABAAAAA=="))
    write("maps/bad-zlib-short.tmx",
          tile_map('<data encoding="base64" compression="zlib">',
                   b64(zlib.compress(packed(GIDS[:11])))))
    write("maps/bad-zlib-long.tmx",
          tile_map('<data encoding="base64" compression="zlib">',
                   b64(zlib.compress(packed([1] * 100000)))))
    write("maps/bad-zlib-corrupt.tmx",
          tile_map('<data encoding="base64" compression="zlib">',
                   b64(zlib.compress(packed(GIDS))[:-6])))
    write("maps/bad-gzip.tmx",
          tile_map('<data encoding="base64" compression="gzip">',
                   b64(gzip.compress(packed(GIDS), mtime=0))))
    write("maps/bad-zstd.tmx",
          tile_map('<data encoding="base64" compression="zstd">', "KLUv/QBYAAA="))
    write("maps/bad-group.tmx",
          header() + EMBEDDED + ' <group id="4" name="walls">\n'
          '  <objectgroup id="5" name="inner"/>\n'
          ' </group>\n</map>\n')
    many = " ".join(f"{i},{i % 7}" for i in range(65))
    write("maps/bad-polygon.tmx",
          header() + ' <objectgroup id="2" name="zones">\n'
          '  <object id="1" name="big" x="0" y="0">\n'
          f'   <polygon points="{many}"/>\n'
          '  </object>\n'
          '  <object id="2" name="odd" x="0" y="0">\n'
          '   <polygon points="0,0 1,nan 2,2"/>\n'
          '  </object>\n'
          ' </objectgroup>\n</map>\n')
    write("maps/bad-coordinate.tmx",
          header() + ' <objectgroup id="2" name="zones">\n'
          '  <object id="1" name="far" x="1e999" y="0"/>\n'
          ' </objectgroup>\n</map>\n')
    write("maps/bad-property.tmx",
          header() + ' <properties>\n'
          '  <property name="speed" type="int" value="12abc"/>\n'
          ' </properties>\n</map>\n')
    write("maps/bad-property-type.tmx",
          header() + ' <properties>\n'
          '  <property name="speed" type="number" value="1"/>\n'
          ' </properties>\n</map>\n')
    write("maps/bad-duplicate-id.tmx",
          header() + ' <objectgroup id="2" name="zones">\n'
          '  <object id="1" name="a" x="0" y="0"/>\n'
          '  <object id="1" name="b" x="0" y="0"/>\n'
          ' </objectgroup>\n</map>\n')
    write("maps/bad-file-property.tmx",
          header() + ' <properties>\n'
          '  <property name="script" type="file" value="../../secret.txt"/>\n'
          ' </properties>\n</map>\n')
    write("maps/bad-xml-count.tmx",
          tile_map("<data>", "\n".join('   <tile gid="1"/>' for _ in range(13))))


if __name__ == "__main__":
    main()
