#!/usr/bin/env python3
"""Writes the game's pixel art and office maps from code.

Run from the repository root:  /usr/bin/python3 tools/generate-art.py
(needs Pillow: Debian's python3-pil). Everything is drawn procedurally with fixed
seeds, so re-running it reproduces the same files unless this script changed.

Outputs
  assets/tiles/office.png, assets/tiles/office.tsx     tileset (16 columns of 32x32 tiles)
  assets/characters/<id>.png                            4x4 walk sheets, 32x48 frames
                                                        (columns: stand, step, stand, step-other;
                                                        rows: facing down, left, right, up)
  assets/portraits/<id>.png                             128x128 head-and-shoulders portraits
  levels/maps/ground-floor.tmx, levels/maps/upper-floor.tmx
  /tmp/<map>-preview.png, /tmp/<map>-debug.png          composed previews (not part of the repo)

The drawing code lives in tools/art/.
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from art import tiles, people, sprites, portraits, maps  # noqa: E402


def main():
    tile_dir = ROOT / "assets" / "tiles"
    char_dir = ROOT / "assets" / "characters"
    port_dir = ROOT / "assets" / "portraits"
    map_dir = ROOT / "levels" / "maps"
    for d in (tile_dir, char_dir, port_dir, map_dir):
        d.mkdir(parents=True, exist_ok=True)

    ts = tiles.build()
    ts.write(tile_dir / "office.png", tile_dir / "office.tsx")
    print(f"tileset: {len(ts.props)} tiles in {ts.columns}x{ts.rows}")

    sheets = {}
    for cid in people.CAST:
        sp = people.spec(cid)
        sheets[cid] = sprites.sheet(sp)
        sheets[cid].save(char_dir / f"{cid}.png", optimize=True)
        portraits.portrait(sp).convert("RGB").save(port_dir / f"{cid}.png", optimize=True)
    print(f"characters and portraits: {len(sheets)}")

    for build in (maps.ground_floor, maps.upper_floor):
        m = build(ts)
        m.write_tmx(map_dir / f"{m.name}.tmx")
        m.preview(f"/tmp/{m.name}-preview.png", sheets, f"/tmp/{m.name}-debug.png")
        print(f"map {m.name}: {m.w}x{m.h}, {len(m.spawns)} spawns, {len(m.zones)} zones")


if __name__ == "__main__":
    main()
