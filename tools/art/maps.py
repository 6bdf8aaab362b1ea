"""The two office floors as Tiled TMX maps, plus composed previews."""
from xml.sax.saxutils import quoteattr

from PIL import Image, ImageDraw

from .tileset import T


class MapBuilder:
    def __init__(self, ts, name, title, w, h):
        self.ts, self.name, self.title, self.w, self.h = ts, name, title, w, h
        self.floor = [[None] * w for _ in range(h)]
        self.wall = [[False] * w for _ in range(h)]
        self.wall_tile = {}          # (x, y) -> tile name overriding the autotile
        self.furn = [[None] * w for _ in range(h)]
        self.facade_rows = set()
        self.pseudo_wall = set()     # cells that count as wall for autotiling only (stair shafts)
        self.spawns = []             # (name, x, y) in tiles
        self.zones = []              # (name, x, y, w, h) in tiles

    # --- floor
    def fill(self, name, x, y, w, h):
        for j in range(y, y + h):
            for i in range(x, x + w):
                self.floor[j][i] = name

    def floor_group(self, name, x, y):
        wt, ht = self.ts.groups[name]
        for j in range(ht):
            for i in range(wt):
                self.floor[y + j][x + i] = self.ts.tile_name(name, i, j)
                self.wall[y + j][x + i] = False

    # --- walls
    def walls(self, x, y, w, h):
        for j in range(y, y + h):
            for i in range(x, x + w):
                self.wall[j][i] = True

    def opening(self, x, y, tile=None):
        """A walkable gap in a wall; `tile` (e.g. a door) is drawn on the walls layer."""
        self.wall[y][x] = False
        if tile:
            self.wall_tile[(x, y)] = tile

    def door(self, x, y, tile="door_open", threshold=None):
        """Door in a horizontal wall: (x, y) is the face cell; the cap above becomes floor."""
        self.opening(x, y, tile)
        self.opening(x, y - 1)
        self.floor[y - 1][x] = threshold or self.floor[y - 2][x]
        self.floor[y][x] = self.floor[y + 1][x]

    def on_wall(self, name, x, y):
        """Replace wall-face tiles (windows, lift doors...); stays solid wall."""
        wt, ht = self.ts.groups[name]
        for j in range(ht):
            for i in range(wt):
                self.wall_tile[(x + i, y + j)] = self.ts.tile_name(name, i, j)

    # --- furniture
    def place(self, name, x, y):
        if name not in self.ts.groups:          # one tile of a group, e.g. "rug@1,1"
            assert name in self.ts.ids, name
            self.furn[y][x] = name
            return
        wt, ht = self.ts.groups[name]
        for j in range(ht):
            for i in range(wt):
                self.furn[y + j][x + i] = self.ts.tile_name(name, i, j)

    def row(self, names, x, y):
        for k, n in enumerate(names):
            self.place(n, x + k, y)

    def spawn(self, name, x, y):
        self.spawns.append((name, x, y))

    def zone(self, name, x, y, w, h):
        self.zones.append((name, x, y, w, h))

    # --- autotiling
    def is_wall(self, x, y):
        if x < 0 or y < 0 or x >= self.w or y >= self.h:
            return True
        return self.wall[y][x] or (x, y) in self.pseudo_wall

    def is_face(self, x, y):
        return self.is_wall(x, y) and 0 <= y + 1 < self.h and not self.is_wall(x, y + 1) \
            and 0 <= x < self.w

    def wall_layer(self):
        out = [[None] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                if (x, y) in self.wall_tile:
                    out[y][x] = self.wall_tile[(x, y)]
                    continue
                if not self.wall[y][x] or (x, y) in self.pseudo_wall:
                    continue
                if self.is_face(x, y):
                    l = not self.is_face(x - 1, y)
                    r = not self.is_face(x + 1, y)
                    if y in self.facade_rows:
                        out[y][x] = "facade_l" if l else "facade_r" if r else "facade"
                    else:
                        out[y][x] = "face_lr" if l and r else "face_l" if l else "face_r" if r else "face"
                else:
                    bits = (1 if self.is_wall(x, y - 1) else 0) | (2 if self.is_wall(x + 1, y) else 0) \
                        | (4 if self.is_wall(x, y + 1) else 0) | (8 if self.is_wall(x - 1, y) else 0)
                    out[y][x] = f"cap_{bits}"
        return out

    # --- output
    def layers(self):
        walls = self.wall_layer()
        opaque = ("cap_", "face", "window", "lift")
        floor = [[None if walls[y][x] and walls[y][x].startswith(opaque) else self.floor[y][x]
                  for x in range(self.w)] for y in range(self.h)]
        return {"floor": floor, "walls": walls, "furniture": self.furn}

    def solid_grid(self, layer):
        g = [[False] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                n = layer[y][x]
                if n is not None and self.ts.props[self.ts.ids[n]]["solid"]:
                    g[y][x] = True
        return g

    @staticmethod
    def rects(grid):
        """Greedy merge of solid cells into rectangles (in tiles)."""
        h, w = len(grid), len(grid[0])
        used = [[False] * w for _ in range(h)]
        out = []
        for y in range(h):
            x = 0
            while x < w:
                if grid[y][x] and not used[y][x]:
                    x1 = x
                    while x1 + 1 < w and grid[y][x1 + 1] and not used[y][x1 + 1]:
                        x1 += 1
                    y1 = y
                    while y1 + 1 < h and all(grid[y1 + 1][i] and not used[y1 + 1][i] for i in range(x, x1 + 1)):
                        y1 += 1
                    for j in range(y, y1 + 1):
                        for i in range(x, x1 + 1):
                            used[j][i] = True
                    out.append((x, y, x1 - x + 1, y1 - y + 1))
                    x = x1 + 1
                else:
                    x += 1
        return out

    def check(self):
        L = self.layers()
        wall_solid = self.solid_grid(L["walls"])
        furn_solid = self.solid_grid(L["furniture"])
        for (n, x, y) in self.spawns:
            assert L["floor"][y][x] is not None, (self.name, n, "no floor")
            assert not wall_solid[y][x], (self.name, n, "in a wall")
            assert not furn_solid[y][x], (self.name, n, "in furniture")
        names = [s[0] for s in self.spawns]
        assert len(names) == len(set(names)), names
        return L, wall_solid, furn_solid

    def write_tmx(self, path):
        L, wall_solid, furn_solid = self.check()
        # furniture collision only where the wall does not already block
        furn_only = [[furn_solid[y][x] and not wall_solid[y][x] for x in range(self.w)] for y in range(self.h)]
        oid = 1
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" '
               f'width="{self.w}" height="{self.h}" tilewidth="{T}" tileheight="{T}" infinite="0" '
               f'nextlayerid="7" nextobjectid="@NEXT@">',
               ' <properties>',
               f'  <property name="title" value={quoteattr(self.title)}/>',
               ' </properties>',
               ' <tileset firstgid="1" source="../../assets/tiles/office.tsx"/>']
        for lid, lname in enumerate(("floor", "walls", "furniture"), start=1):
            grid = L[lname]
            out.append(f' <layer id="{lid}" name="{lname}" width="{self.w}" height="{self.h}">')
            out.append('  <data encoding="csv">')
            rows = []
            for y in range(self.h):
                rows.append(",".join(str(self.ts.ids[n] + 1) if n else "0" for n in grid[y]))
            out.append(",\n".join(rows))
            out.append('</data>')
            out.append(' </layer>')
        out.append(' <objectgroup id="4" name="collision">')
        for kind, grid in (("wall", wall_solid), ("furniture", furn_only)):
            for (x, y, w, h) in self.rects(grid):
                out.append(f'  <object id="{oid}" type="{kind}" x="{x * T}" y="{y * T}" '
                           f'width="{w * T}" height="{h * T}"/>')
                oid += 1
        out.append(' </objectgroup>')
        out.append(' <objectgroup id="5" name="spawns">')
        for (n, x, y) in self.spawns:
            out.append(f'  <object id="{oid}" name={quoteattr(n)} x="{x * T + T // 2}" y="{y * T + T // 2}">'
                       f'<point/></object>')
            oid += 1
        out.append(' </objectgroup>')
        out.append(' <objectgroup id="6" name="zones">')
        for (n, x, y, w, h) in self.zones:
            out.append(f'  <object id="{oid}" name={quoteattr(n)} type="zone" x="{x * T}" y="{y * T}" '
                       f'width="{w * T}" height="{h * T}"/>')
            oid += 1
        out.append(' </objectgroup>')
        out.append('</map>')
        text = "\n".join(out).replace("@NEXT@", str(oid)) + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def preview(self, path, sprites=None, debug_path=None):
        L, wall_solid, furn_solid = self.check()
        img = Image.new("RGBA", (self.w * T, self.h * T), (40, 38, 46, 255))
        for lname in ("floor", "walls", "furniture"):
            for y in range(self.h):
                for x in range(self.w):
                    n = L[lname][y][x]
                    if n:
                        img.alpha_composite(self.ts.tile_image(self.ts.ids[n]), (x * T, y * T))
        if sprites:
            for (n, x, y) in sorted(self.spawns, key=lambda s: s[2]):
                sid = "player" if n == "player-start" else n
                if sid in sprites:
                    fr = sprites[sid].crop((0, 0, 32, 48))
                    img.alpha_composite(fr, (x * T, y * T + T - 48 + 2))
        img.save(path)
        if debug_path:
            dbg = img.copy()
            d = ImageDraw.Draw(dbg, "RGBA")
            furn_only = [[furn_solid[y][x] and not wall_solid[y][x] for x in range(self.w)] for y in range(self.h)]
            for grid, col in ((wall_solid, (255, 0, 0, 70)), (furn_only, (255, 160, 0, 90))):
                for (x, y, w, h) in self.rects(grid):
                    d.rectangle((x * T, y * T, (x + w) * T - 1, (y + h) * T - 1), fill=col, outline=(0, 0, 0, 160))
            for (n, x, y, w, h) in self.zones:
                d.rectangle((x * T, y * T, (x + w) * T - 1, (y + h) * T - 1), outline=(0, 90, 255, 255), width=2)
                d.text((x * T + 3, y * T + 3), n, fill=(0, 40, 160, 255))
            for (n, x, y) in self.spawns:
                d.ellipse((x * T + 12, y * T + 12, x * T + 20, y * T + 20), fill=(0, 200, 80, 255))
                d.text((x * T, y * T + 20), n, fill=(0, 0, 0, 255))
            dbg.save(debug_path)


# ---------------------------------------------------------------- layouts

def ground_floor(ts):
    m = MapBuilder(ts, "ground-floor", "Ground floor: reception", 40, 24)
    # floors
    m.fill("floor_tile", 0, 0, 40, 22)
    m.fill("pavement", 0, 22, 40, 2)
    m.fill("grass", 0, 22, 19, 1)
    m.fill("grass", 28, 22, 12, 1)
    m.fill("toilet_floor", 1, 2, 11, 5)
    m.fill("carpet_sage", 13, 2, 7, 5)
    m.fill("wood", 33, 2, 6, 5)
    m.fill("carpet2", 9, 12, 9, 7)
    m.fill("carpet", 1, 10, 7, 6)
    # outer walls: north (cap + face), west, east, south facade (cap + face)
    m.walls(0, 0, 40, 2)
    m.walls(0, 0, 1, 22)
    m.walls(39, 0, 1, 22)
    m.walls(0, 20, 40, 2)
    m.facade_rows.add(21)
    # a row of rooms along the north wall: three toilets and the quiet room
    m.walls(1, 7, 20, 2)
    for x in (4, 8, 12, 20):
        m.walls(x, 0, 1, 9)
    m.door(2, 8, "door_closed_blue")
    m.door(6, 8, "door_closed_blue")
    m.door(10, 8, "door_closed_blue")
    m.door(16, 8, "door_closed_green")
    m.place("sign_toilet_accessible", 3, 8)
    m.place("sign_toilet_f", 7, 8)
    m.place("sign_toilet_m", 11, 8)
    m.place("sign_quiet", 17, 8)
    m.place("toilet_accessible", 2, 2)
    m.place("washbasin", 3, 2)
    m.place("toilet", 5, 2)
    m.place("washbasin", 7, 2)
    m.place("toilet", 9, 2)
    m.place("washbasin", 11, 2)
    # quiet / prayer room
    m.row(["prayer_mat0", "prayer_mat1", "prayer_mat2"], 14, 3)
    m.row(["cushion", "cushion2", "cushion"], 14, 5)
    m.place("plant", 13, 2)
    m.place("bookshelf2", 18, 2)
    m.place("floor_lamp", 19, 2)
    m.place("shoe_rack", 18, 6)
    m.on_wall("window", 15, 1)
    m.zone("quiet-room", 13, 2, 7, 5)
    m.zone("toilets", 1, 2, 11, 5)
    # entrance: sliding doors, mats, tactile guide to the low counter, steps and ramp outside
    m.opening(21, 21, "entrance_open@0,0")
    m.opening(22, 21, "entrance_open@1,0")
    m.opening(21, 20)
    m.opening(22, 20)
    m.fill("mat", 21, 19, 2, 3)
    m.fill("tactile_v", 22, 13, 1, 6)
    m.fill("tactile_dots", 22, 12, 1, 1)
    m.fill("pavement", 19, 22, 5, 1)
    m.fill("steps_outdoor", 20, 23, 3, 1)
    m.floor_group("ramp", 24, 22)
    m.fill("pavement", 27, 22, 1, 1)
    for x in (2, 6, 10, 14, 26, 30, 34, 37):
        m.wall_tile[(x, 21)] = "facade_window"
    m.place("sign_exit_hanging", 20, 19)
    m.place("plant", 17, 22)
    m.place("plant", 29, 22)
    m.zone("entrance", 19, 18, 5, 6)
    # north wall of the hall: stairs, lift, notice board, windows
    m.on_wall("window", 21, 1)
    m.floor_group("stairs_up", 22, 1)
    m.pseudo_wall |= {(22, 1), (23, 1)}
    m.place("sign_exit", 24, 1)
    m.on_wall("lift", 25, 1)
    m.on_wall("lift_panel", 27, 1)
    m.place("notice_board", 28, 1)
    m.place("clock", 30, 1)
    m.on_wall("window_l", 31, 1)
    m.on_wall("window_r", 32, 1)
    m.zone("notice-board", 28, 2, 2, 2)
    m.zone("lift", 25, 2, 2, 2)
    m.zone("stairs", 22, 2, 2, 3)
    m.place("plant", 21, 2)
    m.place("bookshelf", 30, 2)
    m.place("filing_cabinet", 31, 2)
    m.place("filing_cabinet", 32, 2)
    m.place("printer", 21, 7)
    m.place("paper_boxes", 21, 8)
    # coffee corner
    m.place("fridge", 33, 2)
    m.place("kitchen_cups", 34, 2)
    m.place("coffee_machine", 35, 2)
    m.place("kitchen_sink", 36, 2)
    m.place("water_cooler", 37, 2)
    m.place("plant_tall", 38, 2)
    m.place("wood_chair_right", 34, 4)
    m.place("coffee_table", 35, 4)
    m.place("wood_chair_left", 36, 4)
    m.place("bins", 38, 6)
    m.place("sofa", 33, 6)
    m.place("plant", 35, 6)
    m.zone("coffee-corner", 33, 2, 6, 5)
    # reception counter with a lowered accessible section, staff chairs behind
    m.row(["counter_left", "counter_low", "counter_pc", "counter_mid", "counter_pc", "counter_mid",
           "counter_right"], 21, 10)
    m.place("chair_down", 22, 9)
    m.place("chair_down", 25, 9)
    m.place("plant", 20, 9)
    m.place("tv_queue", 18, 8)
    # queue lane between two belt barriers, ticket machine at its start
    for x in (23, 26):
        m.place("barrier_v_t", x, 12)
        m.place("barrier_v_m", x, 13)
        m.place("barrier_v_m", x, 14)
        m.place("barrier_v_b", x, 15)
    m.place("ticket_machine", 27, 15)
    m.zone("counter", 21, 9, 7, 8)
    # waiting area: two rows of seats facing each other, tables and plants
    m.row(["wait_down_l", "wait_down_m", "wait_down_m", "wait_down_m", "wait_down_m", "wait_down_m",
           "wait_down_r"], 10, 13)
    m.row(["wait_up_l", "wait_up_m", "wait_up_m", "wait_up_m", "wait_up_m", "wait_up_m",
           "wait_up_r"], 10, 17)
    m.place("low_table", 11, 15)
    m.place("plant", 13, 15)
    m.place("low_table", 15, 15)
    m.place("leaflets", 9, 12)
    m.place("plant_tall", 17, 12)
    m.zone("waiting-area", 9, 12, 9, 7)
    # self-service corner: two public computers
    m.place("desk", 1, 11)
    m.place("desk_b", 4, 11)
    m.place("chair_up", 2, 13)
    m.place("chair_up", 5, 13)
    m.place("leaflets", 7, 11)
    m.place("coat_rack", 1, 17)
    m.place("plant_tall", 7, 18)
    m.zone("self-service", 1, 10, 7, 6)
    # two service desks (staff sit north, customers south)
    for k, x in enumerate((30, 35)):
        m.place("desk_service", x, 14)
        if k == 0:
            m.place("chair_down", x + 1, 13)
        m.place("chair_up", x, 16)
        m.place("chair_up", x + 1, 16)
        m.zone(f"service-desk-{k + 1}", x - 1, 12, 4, 6)
    m.place("plant_tall", 33, 15)
    m.place("filing_cabinet", 38, 12)
    m.place("filing_cabinet", 29, 12)
    m.place("plant", 38, 19)
    m.place("bins", 29, 19)
    # who is here
    m.spawn("player-start", 21, 19)
    m.spawn("amina", 22, 9)
    m.spawn("marc", 31, 13)
    m.spawn("karim", 35, 13)
    m.spawn("mr-peeters", 24, 12)
    m.spawn("tomasz", 24, 14)
    m.spawn("mrs-diallo", 12, 13)
    m.spawn("ines", 14, 17)
    m.spawn("lucas", 17, 15)
    m.spawn("mrs-janssens", 22, 16)
    m.spawn("piotr", 27, 4)  # by the lift and the notice board (a-family-like-any-other)
    m.spawn("ms-moreira", 10, 17)
    m.spawn("ms-lambert", 16, 4)  # waiting in the quiet room (sample-first-day)
    return m


def upper_floor(ts):
    m = MapBuilder(ts, "upper-floor", "Upper floor: offices", 40, 24)
    m.fill("carpet", 0, 0, 40, 24)
    m.fill("floor_tile", 17, 2, 13, 9)
    m.fill("wood", 1, 2, 15, 6)
    m.fill("carpet2", 31, 2, 8, 8)
    m.fill("wood2", 26, 12, 13, 11)
    # outer walls
    m.walls(0, 0, 40, 2)
    m.walls(0, 0, 1, 24)
    m.walls(39, 0, 1, 24)
    m.walls(0, 23, 40, 1)
    # two offices along the north wall
    m.walls(1, 8, 16, 2)
    for x in (8, 16):
        m.walls(x, 0, 1, 10)
    m.door(4, 9, "door_open")
    m.door(12, 9, "door_closed")
    m.on_wall("window_l", 2, 1)
    m.on_wall("window_r", 3, 1)
    m.on_wall("window_l", 10, 1)
    m.on_wall("window_r", 11, 1)
    m.place("desk", 2, 3)
    m.place("chair_up", 2, 5)
    m.place("wood_chair_down", 5, 3)
    m.place("bookshelf", 6, 2)
    m.place("plant_tall", 7, 2)
    m.place("plant", 1, 2)
    m.place("filing_cabinet", 1, 6)
    m.place("picture", 5, 1)
    m.zone("office-1", 1, 2, 7, 6)
    m.place("desk_b", 10, 3)
    m.place("chair_up", 10, 5)
    m.place("desk_plain", 13, 3)
    m.place("chair_up", 14, 5)
    m.place("bookshelf2", 9, 2)
    m.place("plant", 15, 6)
    m.place("poster", 13, 1)
    m.zone("office-2", 9, 2, 7, 6)
    # printer corner, stairs down, lift, notice board
    m.place("copier", 17, 2)
    m.place("printer", 18, 2)
    m.place("paper_boxes", 19, 2)
    m.place("bins", 20, 2)
    m.zone("printer-corner", 17, 2, 4, 3)
    m.floor_group("stairs_down", 22, 2)
    m.place("sign_exit", 21, 1)
    m.on_wall("lift", 25, 1)
    m.on_wall("lift_panel", 27, 1)
    m.place("sign_lift", 24, 1)
    m.place("notice_board", 28, 1)
    m.zone("notice-board", 28, 2, 2, 2)
    m.zone("lift", 25, 2, 2, 2)
    m.zone("stairs", 22, 2, 2, 3)
    m.place("plant_tall", 29, 8)
    # meeting room
    m.walls(30, 0, 1, 12)
    m.walls(30, 10, 10, 2)
    m.door(33, 11, "door_open")
    m.on_wall("window_l", 31, 11)
    m.on_wall("window_r", 32, 11)
    m.on_wall("window_l", 35, 11)
    m.on_wall("window_m", 36, 11)
    m.on_wall("window_r", 37, 11)
    m.place("whiteboard", 32, 1)
    m.place("clock", 34, 1)
    m.place("tv_slides", 35, 1)
    m.on_wall("window_l", 37, 1)
    m.on_wall("window_r", 38, 1)
    m.row(["table_l0", "table_m0", "table_m0_items", "table_r0"], 33, 5)
    m.row(["table_l1", "table_m1_items", "table_m1", "table_r1"], 33, 6)
    m.row(["chair_down"] * 4, 33, 4)
    m.row(["chair_up"] * 4, 33, 7)
    m.place("chair_right", 32, 5)
    m.place("chair_right", 32, 6)
    m.place("chair_left", 37, 5)
    m.place("chair_left", 37, 6)
    m.place("plant_tall", 31, 2)
    m.place("plant", 38, 9)
    m.zone("meeting-room", 31, 2, 8, 8)
    # open plan: three clusters of desks in two rows, chairs south of each desk
    kinds = ["desk", "desk_b", "desk_plain", "desk_b", "desk", "desk_plain"]
    k = 0
    for y in (13, 18):
        for x0 in (2, 9, 16):
            for dx in (0, 2):
                m.place(kinds[k % len(kinds)], x0 + dx, y)
                m.place("chair_up", x0 + dx + (k % 2), y + 2)
                k += 1
        m.place("plant", 7, y)
        m.place("plant", 14, y)
    m.place("partition", 2, 17)
    m.place("partition", 3, 17)
    m.place("partition", 4, 17)
    m.place("partition", 5, 17)
    m.place("coat_rack", 1, 10)
    m.place("filing_cabinet", 22, 13)
    m.place("filing_cabinet", 23, 13)
    m.place("plant_tall", 24, 13)
    m.place("bookshelf", 22, 18)
    m.place("bookshelf2", 23, 18)
    m.zone("open-plan", 1, 10, 25, 13)
    # breakout corner
    m.place("sofa", 32, 15)
    for r in range(3):
        m.row([f"rug@0,{r}", f"rug@1,{r}", f"rug@1,{r}", f"rug@2,{r}"], 31, 16 + r)
    m.place("plant_tall", 30, 14)
    m.place("plant_tall", 35, 14)
    m.place("water_cooler", 38, 13)
    m.place("plant", 38, 21)
    m.place("plant", 26, 21)
    m.place("wood_chair_right", 27, 18)
    m.place("coffee_table", 28, 18)
    m.place("wood_chair_left", 29, 18)
    m.place("bookshelf", 37, 20)
    m.place("bookshelf2", 36, 20)
    m.zone("breakout", 26, 12, 13, 11)
    # who is here
    m.spawn("player-start", 22, 6)
    m.spawn("nadia", 2, 5)
    m.spawn("sofie", 2, 15)
    m.spawn("david", 9, 15)
    m.spawn("harpreet", 16, 15)
    m.spawn("alex", 12, 20)
    return m
