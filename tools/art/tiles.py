"""Draws every tile of the office tileset."""
import random

from . import palette as P
from .pixel import (Canvas, darker, lighter, mix, rgb, with_alpha, m_rect, m_ellipse, m_rrect,
                    m_poly, m_line, border, CLEAR)
from .tileset import Tileset, T

INK = P.INK


def bitmap(cv, x, y, rows, colors):
    """Draw a small ASCII bitmap; '.' and ' ' are transparent."""
    for j, row in enumerate(rows):
        for i, ch in enumerate(row):
            if ch in colors:
                cv.put(x + i, y + j, colors[ch])


# ---------------------------------------------------------------- pictograms

PICTO = {
    "wheelchair": [
        "....##.......",
        "....##.......",
        ".............",
        "....##.......",
        "....######...",
        "....##.......",
        "..#.##.......",
        ".#..#######..",
        "#.........#..",
        "#.........##.",
        "#......#.....",
        ".#....#......",
        "..####.......",
    ],
    "woman": [
        "...##...",
        "..####..",
        "..####..",
        "...##...",
        "..####..",
        ".######.",
        "#.####.#",
        "#.####.#",
        "..####..",
        ".######.",
        "########",
        "..#..#..",
        "..#..#..",
        "..#..#..",
    ],
    "man": [
        "...##...",
        "..####..",
        "..####..",
        "...##...",
        "..####..",
        ".######.",
        "#.####.#",
        "#.####.#",
        "#.####.#",
        "..####..",
        "..#..#..",
        "..#..#..",
        "..#..#..",
        "..#..#..",
    ],
    "seated": [          # quiet room: a person sitting calmly, cross-legged
        ".....##.....",
        "....####....",
        "....####....",
        ".....##.....",
        "....####....",
        "...######...",
        "..#.####.#..",
        ".#..####..#.",
        ".#..####..#.",
        "..##....##..",
        ".##########.",
        "############",
    ],
    "runner": [          # exit: a person running to the left through a door
        "..##......",
        "..##......",
        "..........",
        ".####.....",
        "#.###.#...",
        "..###..#..",
        "..###.....",
        ".#..#.....",
        "#....#....",
        ".....#....",
    ],
    "info": [
        "..##..",
        "..##..",
        "......",
        ".###..",
        "..##..",
        "..##..",
        "..##..",
        ".####.",
    ],
    "cup": [
        "..#.#...",
        ".#.#....",
        "........",
        "######..",
        "#....###",
        "#....#.#",
        "#....###",
        ".####...",
    ],
}


def picto(cv, name, x, y, color):
    bitmap(cv, x, y, PICTO[name], {"#": color})


def picto_size(name):
    rows = PICTO[name]
    return len(rows[0]), len(rows)


# ---------------------------------------------------------------- floors

def noise_fill(cv, base, rng, amount=0.18, spread=1, x0=0, y0=0, w=T, h=T):
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            r = rng.random()
            if r < amount / 2:
                cv.put(x, y, darker(base) if spread > 1 else mix(base, darker(base), 0.45))
            elif r < amount:
                cv.put(x, y, mix(base, lighter(base), 0.5))
            else:
                cv.put(x, y, base)


def floor_ceramic(seed, base=P.FLOOR_TILE, size=16):
    rng = random.Random(seed)
    cv = Canvas(T, T)
    noise_fill(cv, base, rng, 0.10)
    grout = darker(base)
    hi = lighter(base)
    for k in range(0, T, size):
        for i in range(T):
            cv.put(k, i, grout)
            cv.put(i, k, grout)
            if i % size != 0:
                cv.put(k + 1, i, hi)
                cv.put(i, k + 1, hi)
    return cv


def floor_carpet(seed, base):
    rng = random.Random(seed)
    cv = Canvas(T, T)
    noise_fill(cv, base, rng, 0.30)
    # faint woven rows
    for y in range(0, T, 4):
        for x in range(T):
            if (x + y // 4) % 3 == 0:
                cv.put(x, y, mix(base, darker(base), 0.35))
    return cv


def floor_wood(seed, base=P.WOOD):
    rng = random.Random(seed)
    cv = Canvas(T, T)
    seam = darker(base)
    for p in range(4):
        y0 = p * 8
        shade = mix(base, lighter(base) if p % 2 else darker(base), 0.12 + 0.06 * rng.random())
        cv.rect(0, y0, T, 8, shade)
        cv.rect(0, y0 + 7, T, 1, seam)
        cv.rect(0, y0, T, 1, mix(shade, lighter(shade), 0.5))
        joint = (p * 13 + seed * 7) % T
        cv.rect(joint, y0, 1, 7, seam)
        for _ in range(3):
            gx, gy, gl = rng.randrange(T), y0 + 2 + rng.randrange(4), 3 + rng.randrange(6)
            for i in range(gl):
                cv.put((gx + i) % T, gy, mix(shade, darker(shade), 0.4))
    return cv


def floor_pavement(seed):
    rng = random.Random(seed)
    base = P.PAVEMENT
    cv = Canvas(T, T)
    noise_fill(cv, base, rng, 0.22)
    j = darker(base)
    for k in (0, 16):
        for i in range(T):
            cv.put(i, k, j)
        off = 8 if k == 16 else 0
        for i in range(16):
            cv.put((off + 0) % T, k + i, j)
            cv.put((off + 16) % T, k + i, j)
    return cv


def floor_grass(seed):
    rng = random.Random(seed)
    cv = Canvas(T, T)
    noise_fill(cv, P.GRASS, rng, 0.35)
    for _ in range(10):
        x, y = rng.randrange(1, T - 1), rng.randrange(2, T)
        cv.put(x, y, darker(P.GRASS))
        cv.put(x, y - 1, lighter(P.GRASS))
    return cv


def floor_mat():
    cv = Canvas(T, T)
    for y in range(T):
        for x in range(T):
            cv.put(x, y, P.MAT if y % 3 else darker(P.MAT))
    for x in range(T):
        if x % 4 == 1:
            for y in range(T):
                if y % 3:
                    cv.put(x, y, mix(P.MAT, lighter(P.MAT), 0.4))
    return cv


def floor_tactile(kind, under):
    """Yellow tactile paving over a floor: 'v' guidance ribs N-S, 'h' ribs E-W, 'dots' warning."""
    cv = Canvas(T, T)
    cv.paste(under.img, 0, 0)
    y_, d_, l_ = P.TACTILE, darker(P.TACTILE), lighter(P.TACTILE)
    if kind == "v":
        cv.rect(4, 0, 24, T, y_)
    elif kind == "h":
        cv.rect(0, 4, T, 24, y_)
    if kind == "dots":
        cv.rect(2, 2, 28, 28, y_)
        cv.outline_only(m_rect(2, 2, 28, 28), d_)
        for j in range(3):
            for i in range(3):
                m = m_ellipse(5 + i * 8, 5 + j * 8, 10 + i * 8, 10 + j * 8)
                cv.part(m, l_, outline=d_)
    elif kind == "v":
        for x in (4, 27):
            cv.rect(x, 0, 1, T, d_)
        for i in range(4):
            cv.part(m_rect(7 + i * 5, -2, 3, T + 4), l_, outline=d_)
    else:
        for y in (4, 27):
            cv.rect(0, y, T, 1, d_)
        for i in range(4):
            cv.part(m_rect(-2, 7 + i * 5, T + 4, 3), l_, outline=d_)
    return cv


# ---------------------------------------------------------------- walls

def wall_cap(mask_bits, seed=0):
    """Top of a wall seen from above. mask_bits: N=1, E=2, S=4, W=8 set when the
    neighbour on that side is also wall (no edge drawn there)."""
    rng = random.Random(seed)
    cv = Canvas(T, T)
    base = P.CAP
    noise_fill(cv, base, rng, 0.08)
    edge, hi = darker(base), lighter(base)
    n, e, s, w = (mask_bits & 1, mask_bits & 2, mask_bits & 4, mask_bits & 8)
    if not n:
        cv.rect(0, 0, T, 2, edge)
        cv.rect(0, 2, T, 1, hi)
    if not s:
        cv.rect(0, T - 2, T, 2, edge)
        cv.rect(0, T - 3, T, 1, mix(base, edge, 0.5))
    if not w:
        cv.rect(0, 0, 2, T, edge)
        for y in range(2 if not n else 0, T - (2 if not s else 0)):
            cv.put(2, y, hi)
    if not e:
        cv.rect(T - 2, 0, 2, T, edge)
        for y in range(2 if not n else 0, T - (2 if not s else 0)):
            cv.put(T - 3, y, mix(base, edge, 0.5))
    return cv


def wall_face(left_end=False, right_end=False):
    cv = Canvas(T, T)
    f, low, bb = P.FACE, P.FACE_LOW, P.BASEBOARD
    cv.rect(0, 0, T, T, f)
    cv.rect(0, 0, T, 1, darker(darker(f)))
    cv.rect(0, 1, T, 2, darker(f))
    cv.rect(0, 3, T, 1, mix(f, darker(f), 0.4))
    cv.rect(0, 18, T, 1, lighter(low))
    cv.rect(0, 19, T, 1, darker(low))
    cv.rect(0, 20, T, 8, low)
    cv.rect(0, 27, T, 1, darker(low))
    cv.rect(0, 28, T, 4, bb)
    cv.rect(0, 28, T, 1, lighter(bb))
    cv.rect(0, 31, T, 1, darker(bb))
    if left_end:
        for y in range(T):
            cv.put(0, y, darker(cv.get(0, y)))
            cv.put(1, y, lighter(cv.get(1, y)))
    if right_end:
        for y in range(T):
            cv.put(31, y, darker(cv.get(31, y)))
            cv.put(30, y, darker(cv.get(30, y)))
    return cv


def window_on(cv, x0, x1, y0=4, y1=21, frame=P.FRAME_LIGHT, glass=P.GLASS, mullions=()):
    fr = m_rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1)
    cv.part(fr, frame)
    gl = m_rect(x0 + 2, y0 + 2, x1 - x0 - 3, y1 - y0 - 3)
    for (x, y) in gl:
        t = (y - y0) / (y1 - y0)
        cv.put(x, y, mix(lighter(glass), glass, t))
    cv.outline_only(gl, darker(glass))
    # reflections
    for k in range(0, x1 - x0, 9):
        for i in range(6):
            x, y = x0 + 4 + k + i, y0 + 9 - i
            if (x, y) in gl and (x, y) not in border(gl):
                cv.put(x, y, lighter(lighter(glass)))
    for mx in mullions:
        cv.rect(mx, y0 + 1, 2, y1 - y0 - 1, frame)
        cv.rect(mx + 1, y0 + 2, 1, y1 - y0 - 3, darker(frame))
    # sill
    cv.part(m_rect(x0 - 1, y1 + 1, x1 - x0 + 3, 2), lighter(frame))


def wall_window(kind="single"):
    """kind: single, left, mid, right (a run of window across tiles)."""
    cv = wall_face()
    x0 = 3 if kind in ("single", "left") else -2
    x1 = 28 if kind in ("single", "right") else 33
    window_on(cv, x0, x1, mullions=(15,) if kind == "single" else (14,))
    return cv


def facade(window=False, left_end=False, right_end=False, seed=3):
    rng = random.Random(seed)
    cv = Canvas(T, T)
    mortar = rgb("#d9c5b4")
    cv.rect(0, 0, T, T, mortar)
    for row in range(7):
        y = 2 + row * 4
        off = 0 if row % 2 else 4
        for bx in range(-8, T, 8):
            c = mix(P.BRICK, rgb("#b27e66") if rng.random() < 0.5 else rgb("#cfa088"), 0.35 * rng.random())
            cv.rect(bx + off, y, 7, 3, c)
    cv.rect(0, 0, T, 2, darker(P.CAP))
    cv.rect(0, 28, T, 4, rgb("#a9a59f"))
    cv.rect(0, 28, T, 1, rgb("#c8c5c0"))
    if window:
        window_on(cv, 3, 28, 4, 23, frame=P.FRAME_DARK, glass=rgb("#9cc7e0"), mullions=(15,))
    if left_end:
        cv.rect(0, 0, 2, T, darker(P.BRICK))
    if right_end:
        cv.rect(30, 0, 2, T, darker(P.BRICK))
    return cv


def entrance_doors(open_):
    """2x1 automatic sliding glass doors in the facade."""
    cv = Canvas(2 * T, T)
    fr = P.FRAME_DARK
    cv.part(m_rect(0, 0, 2 * T, 5), fr)                     # header with sensor
    cv.rect(28, 2, 8, 2, rgb("#e05a4a"))
    cv.part(m_rect(0, 0, 3, T), fr)
    cv.part(m_rect(2 * T - 3, 0, 3, T), fr)
    glass = with_alpha(rgb("#a9d5ea"), 200)
    panels = [(3, 29), (35, 29)] if not open_ else [(3, 12), (49, 12)]
    for (px_, w) in panels:
        m = m_rect(px_, 5, w, 27)
        for (x, y) in m:
            cv.put(x, y, glass)
        cv.outline_only(m, fr)
        for i in range(8):
            cv.put(px_ + 4 + i, 14 - i, with_alpha(rgb("#eaf6fb"), 230))
        cv.rect(px_ + 2, 17, w - 4, 2, with_alpha(rgb("#f3f1ea"), 230))  # safety stripe
    if not open_:
        cv.rect(31, 5, 2, 27, fr)
    else:
        # threshold seen through the opening
        cv.rect(15, 30, 34, 2, rgb("#8b9098"))
    return cv


def door_face(open_=False, color=rgb("#c4935f")):
    cv = Canvas(T, T)
    frame = rgb("#e9e4da")
    cv.part(m_rect(3, 0, 26, T), frame)
    if not open_:
        leaf = m_rect(6, 3, 20, 29)
        cv.part(leaf, color, light=lighter(color))
        cv.part(m_rect(9, 6, 4, 11), mix(P.GLASS, color, 0.2))       # narrow glass strip
        cv.part(m_rect(20, 16, 4, 2), P.STEEL)                      # handle
        cv.rect(7, 27, 18, 4, darker(color))
    else:
        inside = m_rect(6, 3, 20, 29)
        for (x, y) in inside:
            cv.put(x, y, CLEAR)
        for y in range(3, 12):
            for x in range(6, 26):
                cv.put(x, y, with_alpha(rgb("#2d2a35"), int(150 * (1 - (y - 3) / 9))))
        cv.part(m_rect(6, 3, 4, 29), color)                          # leaf swung in
        cv.rect(8, 16, 1, 2, P.STEEL)
    return cv


def door_side(open_=False, color=rgb("#c4935f")):
    """Door in a vertical (north-south) wall seen from above."""
    cv = Canvas(T, T)
    jamb = P.CAP
    cv.part(m_rect(0, 0, T, 4), jamb)
    cv.part(m_rect(0, T - 4, T, 4), jamb)
    cv.rect(2, 4, 28, 24, with_alpha(rgb("#8d8a86"), 60))           # threshold
    if not open_:
        cv.part(m_rect(12, 3, 8, 26), color, light=lighter(color))
        cv.rect(10, 15, 2, 2, P.STEEL)
        cv.rect(20, 15, 2, 2, P.STEEL)
    else:
        cv.part(m_rect(20, 3, 12, 5), color)                         # leaf open along the wall
    return cv


def lift_doors():
    cv = Canvas(2 * T, T)
    base = wall_face().img
    cv.paste(base, 0, 0)
    cv.paste(base, T, 0)
    fr = rgb("#8f98a3")
    cv.part(m_rect(4, 2, 56, 30), fr)
    cv.part(m_rect(12, 3, 40, 6), rgb("#2e323a"))                      # floor indicator
    bitmap(cv, 29, 4, ["..#..", ".###.", "#####"], {"#": rgb("#ffb347")})
    for side in (0, 1):
        x0 = 8 + side * 24
        m = m_rect(x0, 10, 24, 22)
        cv.part(m, P.STEEL, light=lighter(P.STEEL))
        for x in range(x0 + 3, x0 + 22, 4):
            cv.rect(x, 12, 1, 18, mix(P.STEEL, darker(P.STEEL), 0.35))
    cv.rect(31, 10, 2, 22, darker(darker(P.STEEL)))
    return cv


def lift_panel():
    cv = wall_face()
    plate = m_rrect(10, 7, 12, 20, 2)
    cv.part(plate, P.STEEL, light=lighter(P.STEEL))
    for i, rows in enumerate((["..#..", ".###.", "#####"], ["#####", ".###.", "..#.."])):
        cv.part(m_ellipse(12, 9 + i * 7, 19, 14 + i * 7), rgb("#f2efe8"))
        bitmap(cv, 14, 10 + i * 7 + 1, rows, {"#": INK})
    # raised tactile dots and a small accessibility mark
    for k in range(3):
        cv.put(12 + k * 3, 24, darker(P.STEEL))
    return cv


def stairs_up():
    """2x4: row 0 sits on the wall-face row (the flight disappears upwards), rows 1-3 on the floor."""
    cv = Canvas(2 * T, 4 * T)
    tread, riser, nose = rgb("#c9c0b4"), rgb("#978d82"), rgb("#e5b53c")
    for k in range(16):
        y = 4 * T - (k + 1) * 8
        cv.rect(0, y, 2 * T, 8, tread)
        cv.rect(0, y + 5, 2 * T, 3, riser)
        cv.rect(0, y, 2 * T, 1, nose)
        cv.rect(0, y + 1, 2 * T, 1, lighter(tread))
    # darkness at the top of the flight
    for y in range(0, 40):
        a = int(235 * (1 - y / 40))
        for x in range(2 * T):
            cv.put(x, y, with_alpha(rgb("#2a2630"), a))
    # side walls and wooden handrails
    for x0 in (0, 2 * T - 6):
        cv.part(m_rect(x0, -2, 6, 4 * T + 4), rgb("#b9b1a6"))
        cv.part(m_rect(x0 + 1, -2, 4, 4 * T + 4), rgb("#a9754b"), light=lighter(rgb("#a9754b")))
    return cv


def stairs_down():
    """2x3: a flight going down (towards the north), with railings."""
    cv = Canvas(2 * T, 3 * T)
    tread = rgb("#c9c0b4")
    for k in range(12):
        y = k * 8
        depth = (11 - k) / 11.0
        c = mix(tread, rgb("#3b3642"), depth * 0.75)
        cv.rect(0, y, 2 * T, 8, c)
        cv.rect(0, y, 2 * T, 1, mix(rgb("#e5b53c"), c, depth * 0.6))
        cv.rect(0, y + 7, 2 * T, 1, darker(c))
    for x0 in (0, 2 * T - 6):
        cv.part(m_rect(x0, -2, 6, 3 * T + 4), rgb("#b9b1a6"))
        cv.part(m_rect(x0 + 1, -2, 4, 3 * T + 4), rgb("#a9754b"), light=lighter(rgb("#a9754b")))
    # landing edge warning strip at the top of the flight (south end)
    cv.rect(6, 3 * T - 4, 2 * T - 12, 3, P.TACTILE)
    return cv


def ramp():
    """3x1 accessible ramp running east (high, at the landing) to west... drawn left=high."""
    cv = Canvas(3 * T, T)
    surf = rgb("#b3aea5")
    for x in range(3 * T):
        c = mix(lighter(surf), darker(surf), x / (3 * T) * 0.6)
        for y in range(T):
            cv.put(x, y, c if x % 4 else darker(c))
    rail, post = rgb("#7d8894"), rgb("#5f6873")
    for y0 in (1, T - 6):
        cv.part(m_rect(-2, y0, 3 * T + 4, 3), lighter(rail))
        for x in range(6, 3 * T, 22):
            cv.part(m_rect(x, y0 - 1, 3, 6), post)
    # painted accessibility symbol in the middle
    cv.part(m_rect(T + 8, 8, 17, 17), P.BLUE_SIGN)
    picto(cv, "wheelchair", T + 10, 10, P.WHITE)
    # chevrons pointing up the slope (towards the landing on the left)
    for k in range(2):
        bitmap(cv, 2 * T + 8 + k * 7, 12, ["..#", ".#.", "#..", ".#.", "..#"], {"#": P.WHITE})
    return cv


def steps_outdoor():
    cv = Canvas(T, T)
    for k in range(3):
        y = k * 11
        cv.rect(0, y, T, 11, mix(rgb("#c6c2ba"), rgb("#8e8a83"), k * 0.2))
        cv.rect(0, y + 8, T, 3, darker(rgb("#aaa59d")))
        cv.rect(0, y, T, 2, P.TACTILE)           # contrasting step nosing
    return cv


# ---------------------------------------------------------------- furniture

def monitor_front(cv, x, y, w=22, h=16, screen=P.SCREEN, seed=0):
    rng = random.Random(seed)
    cv.part(m_rect(x + w // 2 - 2, y + h, 4, 4), rgb("#5a606b"))
    cv.part(m_rect(x + w // 2 - 6, y + h + 3, 12, 3), rgb("#5a606b"))
    cv.part(m_rrect(x, y, w, h, 1), P.BEZEL)
    scr = m_rect(x + 2, y + 2, w - 4, h - 5)
    for (sx, sy) in scr:
        cv.put(sx, sy, mix(lighter(screen), screen, (sy - y) / h))
    # window title bar and text lines on screen
    cv.rect(x + 2, y + 2, w - 4, 2, darker(screen))
    for k in range(3):
        ln = 4 + rng.randrange(w - 10)
        cv.rect(x + 4, y + 6 + k * 2, ln, 1, P.WHITE)


def monitor_back(cv, x, y, w=22, h=14):
    c = rgb("#555b67")
    cv.part(m_rect(x + w // 2 - 2, y + h, 4, 4), darker(c))
    cv.part(m_rrect(x, y, w, h, 2), c, light=lighter(c))
    cv.part(m_rect(x + 5, y + 4, w - 10, h - 8), darker(c))
    for k in range(3):
        cv.rect(x + 7, y + 5 + k * 2, w - 14, 1, mix(c, darker(c), 0.6))


def mug(cv, x, y, color):
    cv.part(m_rect(x, y, 5, 5), color)
    cv.put(x + 5, y + 2, darker(color))
    cv.rect(x + 1, y + 1, 3, 1, rgb("#6b4a35"))


def papers(cv, x, y, n=3):
    for k in range(n):
        cv.part(m_rect(x + k, y - k * 2, 12, 9), P.WHITE)
        for j in range(3):
            cv.rect(x + k + 2, y - k * 2 + 2 + j * 2, 7, 1, rgb("#b9c2cc"))


def desk(kind="front", seed=0, accent=0):
    """2x2 desk. kind: 'front' (monitor facing the viewer; sit south of it),
    'back' (monitor facing away; sit north of it, e.g. a service desk), 'plain'."""
    rng = random.Random(seed)
    cv = Canvas(2 * T, 2 * T)
    top = P.DESK_TOP
    body = P.DESK_BODY
    # legs and modesty panel (front row)
    cv.part(m_rect(3, 40, 5, 22), body)
    cv.part(m_rect(56, 40, 5, 22), body)
    cv.part(m_rect(8, 40, 48, 14), mix(body, lighter(body), 0.3))
    # surface with a visible front edge
    surf = m_rect(1, 12, 62, 30)
    cv.part(surf, top, light=lighter(top))
    cv.part(m_rect(1, 40, 62, 5), darker(top))
    acc = P.ACCENTS[accent % len(P.ACCENTS)]
    if kind == "front":
        monitor_front(cv, 8, 2, 26, 18, seed=seed)
        cv.part(m_rect(10, 29, 24, 7), rgb("#d9dde2"))                  # keyboard
        for k in range(11):
            cv.put(12 + k * 2, 31, rgb("#a9b0b9"))
            cv.put(12 + k * 2, 33, rgb("#a9b0b9"))
        cv.part(m_ellipse(38, 29, 41, 34), rgb("#d9dde2"))               # mouse
        papers(cv, 45, 24, 2 + rng.randrange(2))
        mug(cv, 54 - rng.randrange(6), 32, acc)
    elif kind == "back":
        monitor_back(cv, 30, 4, 24, 15)
        cv.part(m_rect(8, 30, 18, 6), rgb("#f3efe6"))                    # name plate
        cv.rect(10, 32, 14, 2, acc)
        papers(cv, 8, 22, 2)
        cv.part(m_rect(30, 26, 5, 8), darker(acc))                       # pen pot
        cv.rect(31, 23, 1, 3, rgb("#3f6fb5"))
        cv.rect(33, 22, 1, 4, rgb("#e0604f"))
    else:
        papers(cv, 8, 26, 3)
        cv.part(m_rect(26, 18, 18, 14), rgb("#45505e"))                  # closed laptop
        cv.rect(28, 20, 14, 1, lighter(rgb("#45505e")))
        # little desk plant
        cv.part(m_rect(49, 24, 8, 7), P.POT)
        for (lx, ly) in ((50, 17), (54, 15), (47, 20), (56, 19)):
            cv.part(m_ellipse(lx, ly, lx + 4, ly + 7), P.LEAF)
    return cv


def office_chair(facing):
    cv = Canvas(T, T)
    c = P.CHAIR
    leg = rgb("#4a4f58")
    # five-star base
    for (x0, y0, x1, y1) in ((16, 25, 6, 28), (16, 25, 26, 28), (16, 25, 9, 30), (16, 25, 23, 30), (16, 25, 16, 31)):
        cv.fill(m_line(x0, y0, x1, y1), leg)
    for (x, y) in ((5, 27), (25, 27), (8, 29), (22, 29), (15, 30)):
        cv.part(m_rect(x, y, 3, 2), rgb("#2f333a"), outline=None)
    cv.part(m_rect(15, 19, 3, 7), leg)
    if facing == "up":        # seen from behind: the backrest hides the seat
        cv.part(m_rrect(8, 14, 16, 8, 2), c)
        cv.part(m_rrect(9, 1, 14, 17, 4), c, light=lighter(c))
        cv.rect(12, 5, 8, 1, lighter(c))
    elif facing == "down":    # seen from the front: backrest behind, seat in front
        cv.part(m_rrect(9, 0, 14, 12, 4), darker(c))
        cv.part(m_rrect(7, 9, 18, 12, 3), c, light=lighter(c))
        cv.part(m_rect(5, 9, 3, 8), leg)
        cv.part(m_rect(24, 9, 3, 8), leg)
    else:                     # facing left (mirrored for right)
        cv.part(m_rrect(6, 13, 18, 7, 2), c, light=lighter(c))
        cv.part(m_rrect(19, 0, 6, 20, 2), darker(c))
        cv.part(m_rect(10, 10, 10, 3), leg)
        if facing == "right":
            cv.img = cv.img.transpose(0)  # FLIP_LEFT_RIGHT
            cv.px = cv.img.load()
    return cv


def wood_chair(facing):
    cv = Canvas(T, T)
    c = rgb("#b5825a")
    cv.part(m_rect(8, 16, 16, 8), lighter(c))
    cv.part(m_rect(9, 24, 2, 7), darker(c))
    cv.part(m_rect(21, 24, 2, 7), darker(c))
    cv.part(m_rect(9, 21, 2, 4), darker(c))
    if facing in ("left", "right"):
        cv.part(m_rect(21, 2, 3, 22), c)
        cv.part(m_rect(21, 4, 3, 8), lighter(c))
        if facing == "right":
            cv.img = cv.img.transpose(0)
            cv.px = cv.img.load()
    elif facing == "down":
        cv.part(m_rect(9, 4, 14, 12), c)
        cv.part(m_rect(11, 6, 10, 3), lighter(c))
    else:
        cv.part(m_rect(9, 8, 14, 14), c)
        cv.part(m_rect(11, 10, 10, 3), lighter(c))
    return cv


def plant_tall():
    """1x2: large leafy plant in a pot (top tile is foliage only)."""
    cv = Canvas(T, 2 * T)
    rng = random.Random(11)
    pot = m_poly([(9, 44), (23, 44), (21, 60), (11, 60)])
    cv.part(pot, P.POT, light=lighter(P.POT))
    cv.part(m_rect(8, 42, 16, 4), darker(P.POT))
    cv.rect(12, 61, 9, 1, with_alpha(INK, 60))
    cv.fill(m_line(16, 43, 16, 20, 2), rgb("#6f5a3e"))
    leaves = [(4, 22), (20, 24), (8, 10), (18, 8), (12, 2), (2, 32), (22, 34), (13, 16), (6, 26), (24, 16)]
    for (lx, ly) in leaves:
        w, h = 9 + rng.randrange(4), 12 + rng.randrange(5)
        col = mix(P.LEAF, lighter(P.LEAF) if rng.random() < 0.5 else darker(P.LEAF), 0.4)
        m = m_ellipse(lx, ly, min(lx + w, 31), ly + h)
        cv.part(m, col, light=lighter(col))
        cv.fill(m_line(lx + w // 2, ly + 2, lx + w // 2, ly + h - 2), darker(col))
    return cv


def plant_bush(seed=5):
    cv = Canvas(T, T)
    rng = random.Random(seed)
    cv.part(m_rect(9, 20, 14, 10), rgb("#e9e3d6"), light=P.WHITE)
    cv.part(m_rect(8, 19, 16, 3), rgb("#d4ccbd"))
    for _ in range(9):
        x, y = 5 + rng.randrange(14), 2 + rng.randrange(13)
        col = mix(P.LEAF, lighter(P.LEAF) if rng.random() < 0.5 else darker(P.LEAF), 0.35)
        cv.part(m_ellipse(x, y, x + 9, y + 8), col, light=lighter(col))
    return cv


def counter(kind):
    """Reception counter pieces, 1x2 each (top row = surface, bottom row = front).
    kind: left, mid, right, pc, low (lowered accessible section)."""
    cv = Canvas(T, 2 * T)
    top, front = P.COUNTER_TOP, P.COUNTER_FRONT
    x0 = 2 if kind == "left" else -3
    x1 = 29 if kind == "right" else 34
    w = x1 - x0 + 1
    low = kind == "low"
    dy = 8 if low else 0
    # staff-side worktop (seen from above)
    cv.part(m_rect(x0, 6 + dy, w, 22), mix(top, P.WHITE, 0.2))
    # raised customer ledge
    cv.part(m_rect(x0 - 1, 24 + dy, w + 2, 10), top, light=lighter(top))
    cv.rect(x0, 33 + dy, w, 1, darker(top))
    # front panel
    fp = m_rect(x0, 34 + dy, w, 28 - dy)
    cv.part(fp, front, light=lighter(front))
    cv.rect(x0 + 1, 44 + dy // 2, w - 2, 3, lighter(front))
    cv.rect(x0 + 1, 58, w - 2, 4, darker(front))
    if kind == "pc":
        monitor_back(cv, 5, 0, 22, 14)
    if kind == "mid":
        papers(cv, 8, 14, 2)
    if low:
        cv.part(m_rect(9, 46, 14, 14), P.BLUE_SIGN)
        picto(cv, "wheelchair", 10, 47, P.WHITE)
    if kind in ("left", "right"):
        # little bell / leaflets on the ledge
        cv.part(m_rect(12, 22, 8, 6), rgb("#e8b43e"))
    return cv


def barrier(kind):
    """Queue barrier pieces: h_l, h_m, h_r (belt east-west), v_t, v_m, v_b (belt north-south), post."""
    cv = Canvas(T, T)
    belt, chrome = P.BELT, P.STEEL
    px_, top = 14, 8
    def post():
        cv.part(m_ellipse(9, 24, 22, 29), darker(chrome))
        cv.part(m_rect(px_, top, 4, 19), chrome, light=lighter(chrome))
        cv.part(m_rect(px_ - 1, top - 2, 6, 4), darker(chrome))
    if kind.startswith("h"):
        if kind in ("h_m", "h_r"):
            cv.part(m_rect(-2, top, px_ + 3, 4), belt)
        if kind in ("h_m", "h_l"):
            cv.part(m_rect(px_ + 2, top, 20, 4), belt)
        post()
    elif kind.startswith("v"):
        if kind in ("v_m", "v_b"):
            cv.part(m_rect(px_ + 1, -2, 3, top + 3), belt)
        post()
        if kind in ("v_m", "v_t"):
            cv.part(m_rect(px_ + 1, top, 3, 30), belt)
    else:
        post()
    return cv


def ticket_machine():
    cv = Canvas(T, 2 * T)
    body = rgb("#ebe7df")
    cv.part(m_rect(7, 56, 18, 6), darker(body))
    cv.part(m_rrect(8, 14, 16, 44, 3), body, light=P.WHITE)
    cv.part(m_rect(8, 14, 16, 6), P.COUNTER_FRONT)
    cv.part(m_rect(10, 22, 12, 10), P.BEZEL)
    cv.rect(12, 24, 8, 6, P.SCREEN)
    bitmap(cv, 13, 25, ["####", "#..#", "####"], {"#": P.WHITE})
    cv.part(m_rect(12, 36, 8, 2), INK)
    cv.part(m_rect(13, 37, 6, 7), P.WHITE)                 # ticket sticking out
    cv.rect(14, 39, 4, 1, INK)
    cv.part(m_rect(11, 48, 10, 4), P.ACCENTS[1])
    return cv


def waiting_chair(facing, end):
    """One seat of a beam of waiting chairs. end: l, m, r."""
    cv = Canvas(T, T)
    c = P.WAIT_CHAIR
    metal = rgb("#7e8792")
    bx0 = 4 if end == "l" else -2
    bx1 = 27 if end == "r" else 33
    if facing == "down":
        cv.part(m_rect(bx0, 23, bx1 - bx0 + 1, 3), metal)
        for lx in ((6,) if end == "l" else ()) + ((24,) if end == "r" else ()):
            cv.part(m_rect(lx, 25, 3, 6), metal)
        cv.part(m_rrect(5, 2, 22, 12, 3), darker(c))
        cv.part(m_rrect(4, 11, 24, 11, 3), c, light=lighter(c))
    else:
        cv.part(m_rect(bx0, 21, bx1 - bx0 + 1, 3), metal)
        for lx in ((6,) if end == "l" else ()) + ((24,) if end == "r" else ()):
            cv.part(m_rect(lx, 23, 3, 8), metal)
        cv.part(m_rrect(4, 3, 24, 9, 3), lighter(c))
        cv.part(m_rrect(5, 8, 22, 15, 3), c, light=lighter(c))
    if end != "r":
        cv.part(m_rect(29, 12 if facing == "down" else 8, 3, 9), metal)
    return cv


def kitchen(kind):
    """Against the wall. counter, sink, cups (1x1); coffee, fridge, cooler are 1x2 (top on the wall face)."""
    tall = kind in ("coffee", "fridge", "cooler")
    cv = Canvas(T, 2 * T if tall else T)
    oy = T if tall else 0
    if kind in ("counter", "sink", "cups", "coffee"):
        cv.part(m_rect(-2, oy + 12, T + 4, 20), P.CABINET)
        cv.rect(0, oy + 12, T, 2, darker(P.CABINET))
        cv.rect(15, oy + 14, 2, 17, darker(P.CABINET))
        cv.rect(11, oy + 18, 3, 1, rgb("#8a8f96"))
        cv.rect(18, oy + 18, 3, 1, rgb("#8a8f96"))
        cv.rect(0, oy + 29, T, 3, darker(P.CABINET))
        cv.part(m_rect(-2, oy + 0, T + 4, 13), P.WORKTOP, light=lighter(P.WORKTOP))
    if kind == "sink":
        cv.part(m_rrect(6, 2, 20, 9, 2), rgb("#cfd6dc"))
        cv.part(m_rrect(8, 4, 16, 6, 2), rgb("#aeb8c1"))
        cv.part(m_rect(15, 0, 3, 4), P.STEEL)
    if kind == "cups":
        for k, col in enumerate((P.ACCENTS[0], P.ACCENTS[3], P.ACCENTS[1])):
            mug(cv, 4 + k * 8, 4, col)
        cv.part(m_rect(27, 1, 4, 9), rgb("#6b4a35"))
    if kind == "coffee":
        m = rgb("#3c3f47")
        cv.part(m_rrect(7, 8, 18, 34, 2), m, light=lighter(m))
        cv.part(m_rect(10, 12, 12, 5), rgb("#7fd0a8"))
        cv.rect(11, 14, 4, 1, INK)
        cv.part(m_rect(10, 26, 12, 12), darker(m))
        cv.part(m_rect(14, 30, 4, 5), P.WHITE)
        cv.rect(15, 27, 2, 3, rgb("#6b4a35"))
        cv.part(m_rect(8, 40, 16, 3), darker(m))
    if kind == "fridge":
        f = rgb("#e6e9ec")
        cv.part(m_rrect(3, 6, 26, 56, 2), f, light=P.WHITE)
        cv.rect(4, 26, 24, 1, darker(f))
        cv.part(m_rect(23, 14, 2, 8), P.STEEL)
        cv.part(m_rect(23, 32, 2, 10), P.STEEL)
        for k, col in enumerate(P.ACCENTS[:3]):
            cv.part(m_rect(7 + k * 5, 12 + (k % 2) * 3, 4, 4), col)       # magnets
    if kind == "cooler":
        b = rgb("#dfe3e6")
        cv.part(m_rrect(8, 28, 16, 34, 2), b, light=P.WHITE)
        bottle = m_rrect(9, 6, 14, 22, 4)
        for (x, y) in bottle:
            cv.put(x, y, with_alpha(rgb("#7fc3ea"), 210))
        cv.outline_only(bottle, rgb("#4f97c4"))
        cv.rect(12, 9, 2, 14, with_alpha(P.WHITE, 200))
        cv.part(m_rect(11, 38, 4, 3), rgb("#4a8fd0"))
        cv.part(m_rect(17, 38, 4, 3), rgb("#e0604f"))
        cv.part(m_rect(10, 44, 12, 2), rgb("#9aa3ad"))
    return cv


def coffee_table():
    cv = Canvas(T, T)
    c = rgb("#e9e2d3")
    cv.part(m_rect(14, 16, 4, 12), rgb("#7e8792"))
    cv.part(m_ellipse(8, 26, 23, 30), rgb("#7e8792"))
    cv.part(m_ellipse(2, 5, 29, 21), c, light=P.WHITE)
    cv.rect(4, 15, 24, 1, darker(c))
    mug(cv, 8, 9, P.ACCENTS[3])
    mug(cv, 18, 8, P.ACCENTS[0])
    return cv


def meeting_table(col, row, items=False):
    """Extendable big table: col in l, m, r; row 0 (far half) or 1 (near half + legs)."""
    cv = Canvas(T, T)
    w = P.TABLE_WOOD
    x0 = 3 if col == "l" else -3
    x1 = 28 if col == "r" else 34
    if row == 0:
        cv.part(m_rect(x0, 8, x1 - x0 + 1, 28), w, light=lighter(w))
        if items:
            cv.part(m_rect(8, 14, 16, 10), rgb("#d9dde2"))      # open laptop
            cv.part(m_rect(9, 10, 14, 5), P.BEZEL)
            cv.rect(10, 11, 12, 3, P.SCREEN)
    else:
        cv.part(m_rect(x0, -4, x1 - x0 + 1, 18), w, light=lighter(w))
        cv.part(m_rect(x0, 13, x1 - x0 + 1, 4), darker(w))
        if col == "l":
            cv.part(m_rect(5, 16, 4, 12), darker(w))
        if col == "r":
            cv.part(m_rect(23, 16, 4, 12), darker(w))
        if items:
            papers(cv, 9, 2, 2)
    return cv


def sign(kind):
    """Wall-mounted signs, drawn as overlays for wall-face tiles."""
    cv = Canvas(T, T)
    if kind == "exit":
        plate = m_rrect(3, 5, 26, 14, 2)
        cv.part(plate, P.GREEN_SIGN)
        picto(cv, "runner", 6, 7, P.WHITE)
        cv.part(m_rect(17, 7, 8, 10), P.WHITE, outline=None)
        cv.rect(19, 9, 4, 8, P.GREEN_SIGN)
        cv.rect(5, 17, 22, 1, darker(P.GREEN_SIGN))
        return cv
    if kind == "exit_hanging":
        cv.rect(8, 0, 1, 6, rgb("#6b7078"))
        cv.rect(23, 0, 1, 6, rgb("#6b7078"))
        cv.part(m_rrect(3, 5, 26, 14, 2), P.GREEN_SIGN)
        picto(cv, "runner", 6, 7, P.WHITE)
        cv.part(m_rect(17, 7, 8, 10), P.WHITE, outline=None)
        cv.rect(19, 9, 4, 8, P.GREEN_SIGN)
        return cv
    colors = {"toilet_f": (P.WHITE, rgb("#b8436e")), "toilet_m": (P.WHITE, rgb("#3367a8")),
              "toilet_accessible": (P.BLUE_SIGN, P.WHITE), "toilet_all": (P.WHITE, INK),
              "quiet": (rgb("#dfeede"), rgb("#3f7a53")), "info": (P.BLUE_SIGN, P.WHITE),
              "lift": (P.WHITE, INK)}
    plate_c, ink = colors[kind]
    plate = m_rrect(6, 3, 20, 20, 3)
    cv.part(plate, plate_c)
    if kind == "toilet_f":
        picto(cv, "woman", 12, 6, ink)
    elif kind == "toilet_m":
        picto(cv, "man", 12, 6, ink)
    elif kind == "toilet_all":
        picto(cv, "man", 8, 6, ink)
        picto(cv, "woman", 16, 6, ink)
    elif kind == "toilet_accessible":
        picto(cv, "wheelchair", 10, 7, ink)
    elif kind == "quiet":
        picto(cv, "seated", 10, 7, ink)
        cv.rect(10, 20, 12, 1, ink)
    elif kind == "info":
        picto(cv, "info", 13, 7, ink)
    elif kind == "lift":
        bitmap(cv, 9, 7, ["..#..", ".###.", "#####", ".....", ".....", "#####", ".###.", "..#.."],
               {"#": ink})
        cv.part(m_rect(15, 6, 9, 15), rgb("#dfe3e6"), outline=ink)
        bitmap(cv, 18, 8, ["###", "###", ".#.", "###", "###", "###", "#.#", "#.#", "#.#"], {"#": ink})
    return cv


def notice_board():
    """2x1 overlay: cork board with the diversity charter and the staff journal."""
    cv = Canvas(2 * T, T)
    frame = rgb("#8a6440")
    cv.part(m_rect(3, 3, 58, 21), frame)
    rng = random.Random(42)
    cork = m_rect(5, 5, 54, 17)
    for (x, y) in cork:
        cv.put(x, y, P.CORK if rng.random() > 0.2 else darker(P.CORK) if rng.random() < 0.5 else lighter(P.CORK))
    # the charter: a poster with a row of diverse people and a heart
    cv.part(m_rect(8, 6, 20, 15), P.WHITE)
    cv.rect(10, 8, 16, 1, INK)
    skins = [rgb("#f1c9a5"), rgb("#a86b45"), rgb("#6b4226"), rgb("#d9a27a"), rgb("#c68e63")]
    for k, s in enumerate(skins):
        cv.put(10 + k * 3 + 1, 11, s)
        cv.rect(10 + k * 3, 12, 3, 3, P.ACCENTS[k])
    cv.part(m_rect(15, 16, 6, 3), P.ACCENTS[0], outline=None)
    cv.rect(16, 19, 4, 1, P.ACCENTS[0])
    # journal page
    cv.part(m_rect(31, 7, 12, 14), rgb("#f7f1de"))
    cv.rect(33, 9, 8, 2, P.ACCENTS[3])
    for k in range(4):
        cv.rect(33, 12 + k * 2, 8 - (k % 2) * 2, 1, rgb("#8d8a86"))
    # post-its and a rainbow strip
    cv.part(m_rect(46, 7, 7, 7), rgb("#f6e27a"))
    cv.part(m_rect(50, 14, 7, 6), rgb("#9fd8f0"))
    for k, c in enumerate(P.ACCENTS[:6]):
        cv.rect(45 + k, 16, 1, 4, c)
    for (x, y) in ((17, 6), (36, 7), (49, 7), (53, 14)):
        cv.put(x, y, rgb("#e0604f"))
    return cv


def whiteboard():
    cv = Canvas(2 * T, T)
    cv.part(m_rect(3, 3, 58, 20), rgb("#f7f8f8"), outline=rgb("#8f98a3"))
    cv.fill(m_line(9, 16, 15, 9), rgb("#3f6fb5"))
    cv.fill(m_line(15, 9, 21, 13), rgb("#3f6fb5"))
    cv.fill(m_line(21, 13, 28, 7), rgb("#3f6fb5"))
    cv.part(m_ellipse(34, 7, 43, 15), rgb("#e0604f"), outline=None)
    cv.part(m_ellipse(36, 9, 41, 13), rgb("#f7f8f8"), outline=None)
    for k in range(3):
        cv.rect(46, 8 + k * 3, 10 - k * 2, 1, rgb("#5fae5a"))
    cv.part(m_rect(10, 23, 44, 2), rgb("#9aa3ad"))
    cv.rect(14, 22, 4, 1, rgb("#e0604f"))
    cv.rect(20, 22, 4, 1, rgb("#3f6fb5"))
    return cv


def screen_tv(content):
    cv = Canvas(2 * T, T)
    cv.part(m_rect(6, 3, 52, 22), P.BEZEL)
    scr = m_rect(8, 5, 48, 17)
    cv.fill(scr, rgb("#22364a") if content == "queue" else rgb("#f2f4f6"))
    if content == "queue":
        # "now serving" board: ticket numbers and desk arrows
        digits = {"A": ["###", "#.#", "###", "#.#", "#.#"], "1": [".#.", "##.", ".#.", ".#.", "###"],
                  "2": ["###", "..#", "###", "#..", "###"], "4": ["#.#", "#.#", "###", "..#", "..#"],
                  "7": ["###", "..#", ".#.", ".#.", ".#."]}
        for row, text in enumerate(("A12", "A17")):
            for k, ch in enumerate(text):
                bitmap(cv, 11 + k * 4, 7 + row * 8, digits[ch], {"#": rgb("#ffd15c") if row == 0 else P.WHITE})
            bitmap(cv, 26, 8 + row * 8, ["#..", "##.", "###", "##.", "#.."], {"#": rgb("#7fd0a8")})
            bitmap(cv, 31, 7 + row * 8, digits["2" if row == 0 else "4"], {"#": P.WHITE})
        cv.rect(40, 6, 14, 15, rgb("#2f4d69"))
        picto(cv, "wheelchair", 41, 7, rgb("#bcd6f0"))
    else:
        cv.rect(10, 7, 20, 2, rgb("#3f6fb5"))
        for k, h in enumerate((5, 9, 7, 12)):
            cv.rect(12 + k * 5, 20 - h, 3, h, P.ACCENTS[k])
        cv.part(m_ellipse(38, 8, 50, 20), rgb("#e8b43e"), outline=None)
        cv.fill({(x, y) for x in range(44, 51) for y in range(8, 15) if x - 44 >= 14 - y - 7}, rgb("#5fae5a"))
    cv.part(m_rect(28, 25, 8, 2), P.BEZEL)
    return cv


def bookshelf(seed=1):
    cv = Canvas(T, 2 * T)
    wood = rgb("#a7754d")
    cv.part(m_rect(2, 6, 28, 56), wood)
    cv.rect(4, 8, 24, 52, darker(wood))
    rng = random.Random(seed)
    for shelf in range(4):
        y = 9 + shelf * 13
        x = 5
        while x < 26:
            bw = 2 + rng.randrange(3)
            bh = 7 + rng.randrange(4)
            if x + bw > 27:
                break
            c = mix(P.ACCENTS[rng.randrange(len(P.ACCENTS))], rgb("#f0ead8"), 0.25)
            if rng.random() < 0.15:
                cv.part(m_poly([(x, y + 10), (x + 2, y + 10), (x + 6, y + 2), (x + 4, y + 2)], (4, 4)), c)
                x += 7
                continue
            cv.part(m_rect(x, y + 11 - bh, bw, bh), c, outline=darker(c))
            x += bw
        cv.part(m_rect(3, y + 10, 26, 3), wood)
    return cv


def filing_cabinet():
    cv = Canvas(T, T)
    c = rgb("#a4adb7")
    cv.part(m_rect(6, 0, 20, 31), c, light=lighter(c))
    for k in range(3):
        cv.rect(7, 9 + k * 8, 18, 1, darker(c))
        cv.part(m_rect(13, 4 + k * 8, 6, 2), darker(darker(c)))
    return cv


def printer():
    cv = Canvas(T, T)
    stand = rgb("#8a929c")
    cv.part(m_rect(4, 16, 24, 15), stand)
    cv.rect(6, 22, 20, 1, darker(stand))
    body = rgb("#e3e5e8")
    cv.part(m_rrect(3, 3, 26, 15, 2), body, light=P.WHITE)
    cv.part(m_rect(7, 1, 18, 4), rgb("#cfd3d8"))
    cv.part(m_rect(8, 12, 16, 3), rgb("#5a606b"))
    cv.part(m_rect(9, 9, 14, 5), P.WHITE)
    cv.rect(24, 6, 2, 2, rgb("#5fae5a"))
    return cv


def copier():
    cv = Canvas(T, 2 * T)
    body = rgb("#e3e5e8")
    cv.part(m_rect(2, 30, 28, 32), body, light=P.WHITE)
    for k in range(3):
        cv.rect(4, 40 + k * 7, 24, 1, darker(body))
        cv.part(m_rect(13, 42 + k * 7, 6, 2), rgb("#9aa3ad"))
    cv.part(m_rect(1, 18, 30, 14), lighter(body))
    cv.part(m_rect(4, 14, 24, 6), rgb("#cfd3d8"))
    cv.part(m_rect(20, 22, 8, 5), P.BEZEL)
    cv.rect(21, 23, 6, 3, P.SCREEN)
    cv.part(m_rect(5, 23, 12, 5), P.WHITE)
    return cv


def paper_boxes():
    cv = Canvas(T, T)
    c = rgb("#d8b989")
    for k, (x, y) in enumerate(((3, 14), (15, 15), (8, 4))):
        cv.part(m_rect(x, y, 14, 14), c, light=lighter(c))
        cv.rect(x + 4, y + 5, 6, 3, P.WHITE)
    return cv


def trash_bins():
    cv = Canvas(T, T)
    for k, col in enumerate((rgb("#4a8fd0"), rgb("#e8b43e"), rgb("#7e8792"))):
        x = 2 + k * 10
        cv.part(m_rect(x, 12, 9, 17), col, light=lighter(col))
        cv.part(m_rect(x - 1, 10, 11, 3), darker(col))
    return cv


def rug_whole():
    """3x3 rug drawn as a whole; the middle row/column repeat seamlessly (pattern period 8)."""
    cv = Canvas(3 * T, 3 * T)
    m = m_rect(3, 3, 3 * T - 6, 3 * T - 6)
    cv.part(m, P.RUG)
    inner = m_rect(7, 7, 3 * T - 14, 3 * T - 14)
    cv.part(inner, P.RUG_INNER, outline=darker(P.RUG_INNER))
    edge = border(inner)
    for (x, y) in inner:
        if ((x + y) % 8 == 0 or (x - y) % 8 == 0) and (x, y) not in edge:
            cv.put(x, y, mix(P.RUG_INNER, P.RUG, 0.35))
    for x in range(3, 3 * T - 3, 2):
        for y in (1, 2, 3 * T - 3, 3 * T - 2):
            cv.put(x, y, P.RUG_INNER)
    return cv


def prayer_mat(seed=0):
    cv = Canvas(T, T)
    c = [rgb("#3f7a6b"), rgb("#8e4d74"), rgb("#b5603c")][seed % 3]
    m = m_rect(8, 2, 16, 28)
    cv.part(m, c)
    inner = m_rect(10, 4, 12, 24)
    cv.part(inner, lighter(c), outline=darker(c))
    cv.part(m_poly([(11, 11), (16, 5), (21, 11)], (4, 4)), darker(c), outline=None)
    return cv


def floor_cushion(color):
    cv = Canvas(T, T)
    cv.part(m_ellipse(5, 10, 26, 27), darker(color))
    cv.part(m_ellipse(6, 8, 25, 23), color, light=lighter(color))
    cv.put(15, 15, darker(color)); cv.put(16, 15, darker(color))
    return cv


def shoe_rack():
    cv = Canvas(T, T)
    w = rgb("#b5825a")
    cv.part(m_rect(2, 10, 28, 20), w)
    cv.rect(4, 19, 24, 1, darker(w))
    for k, c in enumerate((rgb("#3f4a5a"), rgb("#a0522d"), rgb("#e0604f"))):
        cv.part(m_rrect(4 + k * 9, 13, 7, 5, 2), c)
        cv.part(m_rrect(4 + k * 9, 22, 7, 5, 2), darker(c) if k != 1 else rgb("#d9c7a3"))
    return cv


def floor_lamp():
    cv = Canvas(T, 2 * T)
    cv.part(m_ellipse(9, 56, 22, 61), rgb("#5a606b"))
    cv.part(m_rect(15, 22, 2, 36), rgb("#5a606b"))
    shade = m_poly([(9, 20), (23, 20), (20, 8), (12, 8)], (4, 4))
    cv.part(shade, rgb("#f6e3b4"), light=P.WHITE)
    for y in range(21, 30):
        for x in range(8 - (y - 21), 25 + (y - 21)):
            cv.put(x, y, with_alpha(rgb("#fff3c4"), 40))
    return cv


def toilet(grab_bar=False):
    cv = Canvas(T, T)
    p = rgb("#f4f6f7")
    cv.part(m_rrect(8, 0, 16, 9, 2), p, light=P.WHITE)
    cv.part(m_ellipse(8, 8, 23, 27), p, light=P.WHITE)
    cv.part(m_ellipse(11, 11, 20, 23), rgb("#d6e4ea"))
    if grab_bar:
        cv.part(m_rect(1, 6, 3, 22), P.STEEL)
        cv.part(m_rect(27, 6, 3, 22), P.STEEL)
    return cv


def washbasin():
    cv = Canvas(T, T)
    cv.part(m_rrect(5, 2, 22, 14, 4), rgb("#f4f6f7"), light=P.WHITE)
    cv.part(m_ellipse(9, 5, 22, 13), rgb("#d6e4ea"))
    cv.part(m_rect(15, 0, 2, 5), P.STEEL)
    cv.part(m_rect(14, 16, 4, 8), rgb("#e2e6e8"))
    return cv


def coat_rack():
    cv = Canvas(T, 2 * T)
    cv.part(m_ellipse(8, 56, 23, 61), rgb("#6b4a35"))
    cv.part(m_rect(15, 10, 2, 48), rgb("#6b4a35"))
    cv.part(m_rrect(7, 14, 9, 22, 3), rgb("#5f7fa8"))
    cv.part(m_rrect(16, 12, 9, 18, 3), rgb("#c0634f"))
    cv.part(m_ellipse(11, 4, 20, 11), rgb("#6b4a35"))
    return cv


def sofa():
    cv = Canvas(2 * T, T)
    c = rgb("#6f9aa8")
    cv.part(m_rrect(2, 1, 60, 14, 4), darker(c))
    cv.part(m_rrect(4, 10, 56, 14, 3), c, light=lighter(c))
    cv.rect(31, 11, 2, 12, darker(c))
    cv.part(m_rrect(0, 6, 7, 20, 3), darker(c))
    cv.part(m_rrect(57, 6, 7, 20, 3), darker(c))
    cv.part(m_rect(4, 24, 3, 5), rgb("#5a4a3c"))
    cv.part(m_rect(57, 24, 3, 5), rgb("#5a4a3c"))
    return cv


def low_table():
    cv = Canvas(T, T)
    w = rgb("#e2d6c0")
    cv.part(m_rect(3, 18, 3, 10), darker(w))
    cv.part(m_rect(26, 18, 3, 10), darker(w))
    cv.part(m_rect(2, 8, 28, 12), w, light=P.WHITE)
    cv.part(m_rect(6, 10, 9, 7), P.ACCENTS[3])
    cv.part(m_rect(16, 9, 9, 7), P.ACCENTS[5])
    cv.rect(18, 11, 5, 1, P.WHITE)
    return cv


def leaflet_stand():
    cv = Canvas(T, T)
    f = rgb("#8f98a3")
    cv.part(m_rect(6, 6, 20, 23), f)
    for k in range(3):
        for j in range(2):
            c = P.ACCENTS[(k * 2 + j) % len(P.ACCENTS)]
            cv.part(m_rect(8 + j * 9, 7 + k * 7, 7, 6), c)
            cv.rect(9 + j * 9, 9 + k * 7, 5, 1, P.WHITE)
    return cv


def clock():
    cv = Canvas(T, T)
    cv.part(m_ellipse(9, 3, 22, 16), P.WHITE, outline=INK)
    cv.fill(m_line(16, 10, 16, 6), INK)
    cv.fill(m_line(16, 10, 19, 10), INK)
    return cv


def picture(seed=0):
    cv = Canvas(T, T)
    cv.part(m_rect(6, 4, 20, 15), rgb("#7a5a40"))
    inner = m_rect(8, 6, 16, 11)
    cv.fill(inner, rgb("#bfe0f0"))
    if seed == 0:
        cv.fill(m_poly([(8, 16), (14, 9), (19, 16)], (4, 4)), rgb("#6a9e5a"))
        cv.fill(m_poly([(13, 16), (19, 11), (24, 16)], (4, 4)), rgb("#4f8a4a"))
        cv.part(m_ellipse(19, 7, 22, 10), rgb("#f6d35b"), outline=None)
    else:
        # colourful hands poster
        for k in range(5):
            cv.rect(9 + k * 3, 8 + (k % 2), 2, 7, P.ACCENTS[k])
    return cv


def partition():
    cv = Canvas(T, T)
    c = rgb("#8fa6b8")
    cv.part(m_rect(-2, 8, T + 4, 16), c, light=lighter(c))
    cv.part(m_rect(-2, 6, T + 4, 3), rgb("#9aa3ad"))
    cv.rect(0, 23, T, 2, darker(c))
    return cv


def spare():
    return Canvas(T, T)


# ---------------------------------------------------------------- the tileset

def build():
    ts = Tileset(16)
    add, group = ts.add, ts.add_group
    ceramic = floor_ceramic(1)
    # --- floors (floor layer, opaque, walkable)
    add("floor_tile", ceramic, "floor", False, surface="tiles")
    add("floor_tile2", floor_ceramic(2, base=rgb("#d3cbbd")), "floor", False, surface="tiles")
    add("carpet", floor_carpet(3, P.CARPET_BLUE), "floor", False, surface="carpet")
    add("carpet2", floor_carpet(4, mix(P.CARPET_BLUE, rgb("#7f93a8"), 0.5)), "floor", False, surface="carpet")
    add("carpet_sage", floor_carpet(5, P.CARPET_SAGE), "floor", False, surface="carpet")
    add("wood", floor_wood(1), "floor", False, surface="wood")
    add("wood2", floor_wood(2), "floor", False, surface="wood")
    add("toilet_floor", floor_ceramic(6, base=P.TOILET_TILE, size=8), "floor", False, surface="tiles")
    add("pavement", floor_pavement(7), "floor", False, surface="outside")
    add("grass", floor_grass(8), "floor", False, surface="grass")
    add("mat", floor_mat(), "floor", False, surface="mat")
    add("tactile_v", floor_tactile("v", ceramic), "tactile-guide", False, surface="tiles")
    add("tactile_h", floor_tactile("h", ceramic), "tactile-guide", False, surface="tiles")
    add("tactile_dots", floor_tactile("dots", ceramic), "tactile-warning", False, surface="tiles")
    add("steps_outdoor", steps_outdoor(), "steps", False)
    add("blank", spare(), "empty", False)
    # --- wall tops, autotiled by which neighbours are wall (N=1 E=2 S=4 W=8)
    for bits in range(16):
        add(f"cap_{bits}", wall_cap(bits, seed=bits), "wall", True)
    # --- wall faces and things set into them (walls layer)
    add("face", wall_face(), "wall", True)
    add("face_l", wall_face(left_end=True), "wall", True)
    add("face_r", wall_face(right_end=True), "wall", True)
    add("face_lr", wall_face(True, True), "wall", True)
    add("window", wall_window("single"), "window", True)
    add("window_l", wall_window("left"), "window", True)
    add("window_m", wall_window("mid"), "window", True)
    add("window_r", wall_window("right"), "window", True)
    add("facade", facade(), "wall", True)
    add("facade_l", facade(left_end=True), "wall", True)
    add("facade_r", facade(right_end=True), "wall", True)
    add("facade_window", facade(window=True), "window", True)
    add("door_closed", door_face(False), "door", False, state="closed")
    add("door_open", door_face(True), "door", False, state="open")
    add("door_side_closed", door_side(False), "door", False, state="closed")
    add("door_side_open", door_side(True), "door", False, state="open")
    group("entrance_closed", entrance_doors(False), "entrance", False, state="closed")
    group("entrance_open", entrance_doors(True), "entrance", False, state="open")
    group("lift", lift_doors(), "lift", True)
    add("lift_panel", lift_panel(), "lift-button", True)
    add("door_closed_blue", door_face(False, rgb("#6f93b8")), "door", False, state="closed")
    add("door_open_blue", door_face(True, rgb("#6f93b8")), "door", False, state="open")
    add("door_closed_green", door_face(False, rgb("#7fae8a")), "door", False, state="closed")
    add("door_open_green", door_face(True, rgb("#7fae8a")), "door", False, state="open")
    # --- signs and wall decorations (furniture layer, over wall faces)
    for kind in ("toilet_f", "toilet_m", "toilet_all", "toilet_accessible", "quiet", "info", "lift", "exit"):
        add(f"sign_{kind}", sign(kind), "sign", False, sign=kind.replace("_", "-"))
    add("sign_exit_hanging", sign("exit_hanging"), "sign", False, sign="exit")
    add("clock", clock(), "decoration", False)
    add("picture", picture(0), "decoration", False)
    add("poster", picture(1), "decoration", False)
    group("notice_board", notice_board(), "notice-board", True)
    group("whiteboard", whiteboard(), "whiteboard", True)
    group("tv_queue", screen_tv("queue"), "queue-display", True)
    group("tv_slides", screen_tv("slides"), "screen", True)
    # --- stairs and ramp (floor layer)
    group("stairs_up", stairs_up(), "stairs", False, direction="up")
    group("stairs_down", stairs_down(), "stairs", False, direction="down")
    group("ramp", ramp(), "ramp", False)
    # --- desks and chairs
    group("desk", desk("front", seed=1, accent=0), "desk", True, monitor="front")
    group("desk_b", desk("front", seed=2, accent=3), "desk", True, monitor="front")
    group("desk_service", desk("back", seed=3, accent=6), "desk", True, monitor="back")
    group("desk_plain", desk("plain", seed=4), "desk", True)
    for f in ("up", "down", "left", "right"):
        add(f"chair_{f}", office_chair(f), "chair", False, facing=f)
    for f in ("left", "right", "down", "up"):
        add(f"wood_chair_{f}", wood_chair(f), "chair", False, facing=f)
    # --- reception counter, queue, waiting area
    tall = [[False], [True]]
    for k in ("left", "mid", "pc", "low", "right"):
        group(f"counter_{k}", counter(k), "counter", True, accessible="true" if k == "low" else "false")
    for k in ("h_l", "h_m", "h_r", "v_t", "v_m", "v_b", "post"):
        add(f"barrier_{k}", barrier(k), "queue-barrier", True)
    group("ticket_machine", ticket_machine(), "ticket-machine", tall)
    for f in ("down", "up"):
        for e in ("l", "m", "r"):
            add(f"wait_{f}_{e}", waiting_chair(f, e), "waiting-chair", False, facing=f)
    group("sofa", sofa(), "sofa", False)
    add("low_table", low_table(), "table", True)
    add("leaflets", leaflet_stand(), "leaflets", True)
    # --- coffee corner
    add("kitchen_counter", kitchen("counter"), "kitchen", True)
    add("kitchen_sink", kitchen("sink"), "kitchen", True)
    add("kitchen_cups", kitchen("cups"), "kitchen", True)
    group("coffee_machine", kitchen("coffee"), "coffee-machine", tall)
    group("fridge", kitchen("fridge"), "fridge", tall)
    group("water_cooler", kitchen("cooler"), "water-cooler", tall)
    add("coffee_table", coffee_table(), "table", True)
    # --- meeting table (extendable: l, m..., r)
    for r in (0, 1):
        for c in ("l", "m", "r"):
            add(f"table_{c}{r}", meeting_table(c, r), "meeting-table", True)
        add(f"table_m{r}_items", meeting_table("m", r, items=True), "meeting-table", True)
    # --- plants, storage, office equipment
    group("plant_tall", plant_tall(), "plant", tall)
    add("plant", plant_bush(5), "plant", True)
    add("plant2", plant_bush(9), "plant", True)
    group("bookshelf", bookshelf(1), "bookshelf", tall)
    group("bookshelf2", bookshelf(2), "bookshelf", tall)
    group("copier", copier(), "printer", tall)
    add("printer", printer(), "printer", True)
    add("paper_boxes", paper_boxes(), "boxes", True)
    add("filing_cabinet", filing_cabinet(), "cabinet", True)
    add("bins", trash_bins(), "bins", True)
    group("coat_rack", coat_rack(), "coat-rack", tall)
    add("partition", partition(), "partition", True)
    # --- rug (nine-slice) and quiet room
    group("rug", rug_whole(), "rug", False)
    for k in range(3):
        add(f"prayer_mat{k}", prayer_mat(k), "mat", False)
    add("cushion", floor_cushion(rgb("#d98f6a")), "cushion", False)
    add("cushion2", floor_cushion(rgb("#7fa8c9")), "cushion", False)
    add("shoe_rack", shoe_rack(), "shoe-rack", True)
    group("floor_lamp", floor_lamp(), "lamp", tall)
    # --- toilets
    add("toilet", toilet(False), "toilet", True)
    add("toilet_accessible", toilet(True), "toilet", True, accessible="true")
    add("washbasin", washbasin(), "washbasin", True)
    ts.pack()
    return ts
