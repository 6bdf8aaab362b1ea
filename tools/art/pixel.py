"""Small pixel-art toolkit: colours, shade ramps, pixel masks and painting.

Masks are Python sets of (x, y) pixel coordinates. A mask may reach outside the
image; those pixels are simply not drawn, but they still count when deciding
where the outline goes, so a shape that continues into the next tile gets no
outline at the tile edge.
"""
import colorsys
import math

from PIL import Image, ImageDraw

CLEAR = (0, 0, 0, 0)


def rgb(hexstr, alpha=255):
    h = hexstr.lstrip("#")
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), alpha)


def _hls(c):
    return colorsys.rgb_to_hls(c[0] / 255, c[1] / 255, c[2] / 255)


def _from_hls(h, l, s, a):
    r, g, b = colorsys.hls_to_rgb(h % 1.0, max(0, min(1, l)), max(0, min(1, s)))
    return (round(r * 255), round(g * 255), round(b * 255), a)


def darker(c, steps=1):
    """One shade darker: lower lightness, hue nudged towards blue/violet."""
    h, l, s = _hls(c)
    for _ in range(steps):
        target = 0.70
        h = h + (target - h) * 0.06 if abs(target - h) < 0.5 else h
        l = l * 0.74
        s = min(1.0, s * 1.0)
    return _from_hls(h, l, s, c[3] if len(c) > 3 else 255)


def lighter(c, steps=1):
    """One shade lighter: higher lightness, hue nudged towards warm yellow."""
    h, l, s = _hls(c)
    for _ in range(steps):
        target = 0.14
        h = h + (target - h) * 0.05 if abs(target - h) < 0.5 else h
        l = l + (1 - l) * 0.28
        s = s * 0.96
    return _from_hls(h, l, s, c[3] if len(c) > 3 else 255)


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(4))


def with_alpha(c, a):
    return (c[0], c[1], c[2], a)


# ---------------------------------------------------------------- masks

def m_rect(x, y, w, h):
    return {(i, j) for i in range(x, x + w) for j in range(y, y + h)}


def m_ellipse(x0, y0, x1, y1, bias=0.0):
    """Filled ellipse inside the inclusive box (x0, y0)-(x1, y1)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = (x1 - x0) / 2 + 0.5, (y1 - y0) / 2 + 0.5
    out = set()
    for i in range(x0, x1 + 1):
        for j in range(y0, y1 + 1):
            if ((i - cx) / rx) ** 2 + ((j - cy) / ry) ** 2 <= 1.0 + bias:
                out.add((i, j))
    return out


def m_rrect(x, y, w, h, r):
    """Rounded rectangle with corner radius r (pixels)."""
    out = set()
    for i in range(x, x + w):
        for j in range(y, y + h):
            dx = max(x + r - i - 0.5, 0, i + 0.5 - (x + w - r))
            dy = max(y + r - j - 0.5, 0, j + 0.5 - (y + h - r))
            if dx * dx + dy * dy <= r * r + 0.01:
                out.add((i, j))
    return out


def m_poly(points, offset=(64, 64)):
    """Filled polygon (list of (x, y)); coordinates may be negative."""
    ox, oy = offset
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    w = int(max(xs) - min(xs)) + ox * 2 + 2
    h = int(max(ys) - min(ys)) + oy * 2 + 2
    bx, by = int(min(xs)) - ox, int(min(ys)) - oy
    im = Image.new("L", (w, h), 0)
    ImageDraw.Draw(im).polygon([(p[0] - bx, p[1] - by) for p in points], fill=255)
    px = im.load()
    return {(i + bx, j + by) for i in range(w) for j in range(h) if px[i, j]}


def m_line(x0, y0, x1, y1, width=1):
    out = set()
    n = max(abs(x1 - x0), abs(y1 - y0), 1)
    for k in range(n + 1):
        x = round(x0 + (x1 - x0) * k / n)
        y = round(y0 + (y1 - y0) * k / n)
        for a in range(width):
            for b in range(width):
                out.add((x + a - width // 2, y + b - width // 2))
    return out


def m_circle_outline(cx, cy, r):
    out = set()
    for a in range(0, 360, 2):
        out.add((round(cx + r * math.cos(math.radians(a))), round(cy + r * math.sin(math.radians(a)))))
    return out


def shift(mask, dx, dy):
    return {(x + dx, y + dy) for (x, y) in mask}


def mirror(mask, width):
    return {(width - 1 - x, y) for (x, y) in mask}


def border(mask):
    """Pixels of the mask with a 4-neighbour outside the mask."""
    return {(x, y) for (x, y) in mask
            if (x + 1, y) not in mask or (x - 1, y) not in mask
            or (x, y + 1) not in mask or (x, y - 1) not in mask}


def grow(mask, n=1):
    out = set(mask)
    for _ in range(n):
        out |= {(x + dx, y + dy) for (x, y) in out for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))}
    return out


# ---------------------------------------------------------------- painting

class Canvas:
    def __init__(self, w, h, bg=CLEAR):
        self.w, self.h = w, h
        self.img = Image.new("RGBA", (w, h), bg)
        self.px = self.img.load()

    def inside(self, x, y):
        return 0 <= x < self.w and 0 <= y < self.h

    def put(self, x, y, c):
        if not self.inside(x, y) or c is None:
            return
        if len(c) == 4 and c[3] < 255:
            base = self.px[x, y]
            a = c[3] / 255
            if base[3] == 0:
                self.px[x, y] = c
                return
            self.px[x, y] = (round(base[0] + (c[0] - base[0]) * a), round(base[1] + (c[1] - base[1]) * a),
                             round(base[2] + (c[2] - base[2]) * a), max(base[3], c[3]))
        else:
            self.px[x, y] = c if len(c) == 4 else (*c, 255)

    def get(self, x, y):
        return self.px[x, y] if self.inside(x, y) else CLEAR

    def fill(self, mask, c):
        for (x, y) in mask:
            self.put(x, y, c)

    def rect(self, x, y, w, h, c):
        self.fill(m_rect(x, y, w, h), c)

    def part(self, mask, fill, outline="auto", light=None, shadow=None, lightdir=(-1, -1), clip=None):
        """Paint a shape: outline (one shade darker) on its edge, fill inside,
        optional highlight on the lit side and shade on the other side."""
        if clip is not None:
            mask = mask & clip
        if outline == "auto":
            outline = darker(fill)
        edge = border(mask) if outline is not None else set()
        lx, ly = lightdir
        for (x, y) in mask:
            if (x, y) in edge:
                c = outline
            else:
                c = fill
                away = (x - lx, y - ly)
                toward = (x + lx, y + ly)
                if shadow is not None and (away not in mask or away in edge):
                    c = shadow
                elif light is not None and (toward not in mask or toward in edge):
                    c = light
            self.put(x, y, c)

    def outline_only(self, mask, c):
        self.fill(border(mask), c)

    def paste(self, other, x, y):
        self.img.alpha_composite(other.img if isinstance(other, Canvas) else other, (x, y))
        self.px = self.img.load()

    def crop(self, x, y, w, h):
        return self.img.crop((x, y, x + w, y + h))
