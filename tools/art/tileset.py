"""Tile registry: collects single tiles and multi-tile objects, packs them into a
sheet (multi-tile objects stay spatially together so they can be stamped in Tiled)
and writes the PNG and the Tiled TSX file."""
from xml.sax.saxutils import quoteattr

from PIL import Image

T = 32


class Tileset:
    def __init__(self, columns=16):
        self.columns = columns
        self.items = []      # (name, image, wt, ht, props_grid)
        self.ids = {}        # tile name -> local id
        self.props = {}      # local id -> dict
        self.groups = {}     # group name -> (wt, ht)
        self.sheet = None

    def add(self, name, img, kind, solid=True, **extra):
        self.add_group(name, img, kind, solid, single=True, **extra)

    def add_group(self, name, img, kind, solid=True, single=False, **extra):
        """img is (wt*32) x (ht*32). solid: bool or grid [row][col] of bools."""
        if hasattr(img, "img"):
            img = img.img
        wt, ht = img.width // T, img.height // T
        assert img.width == wt * T and img.height == ht * T, name
        grid = []
        for r in range(ht):
            row = []
            for c in range(wt):
                s = solid[r][c] if isinstance(solid, list) else solid
                p = {"kind": kind, "solid": bool(s)}
                p.update(extra)
                row.append(p)
            grid.append(row)
        assert name not in self.groups, name
        self.groups[name] = (wt, ht)
        self.items.append((name, img, wt, ht, grid, single))

    def tile_name(self, name, c=0, r=0):
        wt, ht = self.groups[name]
        return name if (wt, ht) == (1, 1) else f"{name}@{c},{r}"

    def id(self, name, c=0, r=0):
        return self.ids[self.tile_name(name, c, r)]

    def pack(self):
        """First-fit packing in reading order; a multi-tile object keeps its shape."""
        placements = []
        used = set()
        for item in self.items:
            name, img, wt, ht, grid, single = item
            r = 0
            while True:
                spot = None
                for c in range(self.columns - wt + 1):
                    if all((c + i, r + j) not in used for i in range(wt) for j in range(ht)):
                        spot = c
                        break
                if spot is not None:
                    break
                r += 1
            for i in range(wt):
                for j in range(ht):
                    used.add((spot + i, r + j))
            placements.append((item, spot, r))
        shelf_y, shelf_h = max(y for (_, y) in used), 1
        rows = shelf_y + shelf_h
        sheet = Image.new("RGBA", (self.columns * T, rows * T), (0, 0, 0, 0))
        for (name, img, wt, ht, grid, single), c0, r0 in placements:
            sheet.alpha_composite(img, (c0 * T, r0 * T))
            for r in range(ht):
                for c in range(wt):
                    tid = (r0 + r) * self.columns + c0 + c
                    key = name if single else f"{name}@{c},{r}"
                    self.ids[key] = tid
                    p = dict(grid[r][c])
                    p["name"] = key
                    self.props[tid] = p
        self.sheet = sheet
        self.rows = rows
        return sheet

    def tile_image(self, tid):
        x, y = (tid % self.columns) * T, (tid // self.columns) * T
        return self.sheet.crop((x, y, x + T, y + T))

    def write(self, png_path, tsx_path):
        self.sheet.save(png_path, optimize=True)
        count = self.columns * self.rows
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 f'<tileset version="1.8" tiledversion="1.8.2" name="office" tilewidth="{T}" '
                 f'tileheight="{T}" tilecount="{count}" columns="{self.columns}">',
                 f' <image source="office.png" width="{self.sheet.width}" height="{self.sheet.height}"/>']
        for tid in sorted(self.props):
            p = self.props[tid]
            lines.append(f' <tile id="{tid}">')
            lines.append('  <properties>')
            lines.append(f'   <property name="kind" value={quoteattr(p["kind"])}/>')
            lines.append(f'   <property name="name" value={quoteattr(p["name"])}/>')
            lines.append(f'   <property name="solid" type="bool" value="{"true" if p["solid"] else "false"}"/>')
            for k in sorted(p):
                if k not in ("kind", "name", "solid"):
                    lines.append(f'   <property name={quoteattr(k)} value={quoteattr(str(p[k]))}/>')
            lines.append('  </properties>')
            lines.append(' </tile>')
        lines.append('</tileset>')
        with open(tsx_path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
