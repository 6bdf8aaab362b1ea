"""Head-and-shoulders portraits, drawn at 64x64 and doubled to 128x128."""
from PIL import Image

from .pixel import (Canvas, darker, lighter, mix, rgb, with_alpha, m_rect, m_ellipse, m_rrect, m_poly,
                    m_line, border)
from . import palette as P

S = 64
EYE_DARK = rgb("#2a2230")
LANYARD = rgb("#2f6db5")
BABY_SKIN = rgb("#e9b793")


def head_mask():
    return m_ellipse(18, 8, 45, 40) | m_ellipse(21, 20, 42, 45)


def mirror_x(mask):
    return {(S - 1 - x, y) for (x, y) in mask}


def sym(mask):
    return mask | mirror_x(mask)


# ---------------------------------------------------------------- hair

def hair_masks(style):
    """(behind, front) masks."""
    behind, front = set(), set()
    cap = m_ellipse(15, 3, 48, 38)
    if style in ("short", "short_neutral", "ponytail"):
        front = {p for p in cap if p[1] <= 16 or (p[0] <= 19 or p[0] >= 44) and p[1] <= 27}
        if style == "short_neutral":
            front |= m_poly([(18, 14), (37, 14), (29, 20), (21, 23), (18, 24)], (4, 4))
        elif style == "ponytail":
            front |= m_poly([(30, 14), (46, 14), (46, 26), (42, 20), (34, 19)], (4, 4))
            behind = m_ellipse(42, 14, 55, 48)
        else:
            front |= {(x, y) for x in range(19, 45) for y in (17, 18) if (x // 3) % 2 == 0 and y == 17 or x < 23}
    elif style == "short_curly":
        c2 = m_ellipse(14, 1, 49, 36)
        front = {p for p in c2 if p[1] <= 17 or (p[0] <= 19 or p[0] >= 44) and p[1] <= 26}
    elif style == "buzz":
        c2 = m_ellipse(17, 6, 46, 40)
        front = {p for p in c2 if p[1] <= 15 or (p[0] <= 19 or p[0] >= 44) and p[1] <= 25}
    elif style == "balding":
        ring = m_ellipse(15, 8, 48, 42) - m_ellipse(20, 6, 43, 46)
        front = {p for p in ring if 15 + abs(p[0] - 31.5) // 12 <= p[1] <= 31}
    elif style in ("long", "shoulder", "bob"):
        bottom = {"long": 62, "shoulder": 52, "bob": 43}[style]
        wide = 2 if style == "bob" else 0
        hull = m_ellipse(14 - wide, 3, 49 + wide, 3 + 2 * (bottom - 3)) & m_rect(0, 0, S, bottom + 1)
        if style != "bob":
            hull = {p for p in hull if p[1] < bottom - 3} | (m_rrect(14, bottom - 10, 36, 11, 4) & hull
                                                           | {p for p in hull if p[1] >= bottom - 3
                                                              and (p[0] <= 20 or p[0] >= 43)})
        front = {p for p in cap if p[1] <= 15}
        front |= {p for p in hull if (p[0] <= 20 or p[0] >= 43) and p[1] >= 10}
        if style == "shoulder":
            front |= m_poly([(30, 13), (47, 13), (47, 30), (40, 20), (33, 18)], (4, 4))
        elif style == "long":
            front |= m_poly([(17, 13), (34, 13), (26, 19), (19, 23)], (4, 4))
        else:
            front |= m_rect(19, 15, 26, 4)
        behind = hull
    elif style == "afro_short":
        c2 = m_ellipse(13, 0, 50, 36)
        front = {p for p in c2 if p[1] <= 17 or (p[0] <= 19 or p[0] >= 44) and p[1] <= 27}
    return behind, front


def textured(cv, mask, c, style, sp):
    cv.part(mask, c, light=lighter(c))
    inner = mask - border(mask)
    if style in ("short_curly", "afro_short"):
        for (x, y) in inner:
            k = (x * 5 + y * 3) % 7
            if k == 0:
                cv.put(x, y, mix(c, lighter(c), 0.7))
            elif k == 3:
                cv.put(x, y, darker(c))
            if sp.get("grey_streaks") and (x * 7 + y * 11) % 13 == 0 and y < 14:
                cv.put(x, y, rgb("#9a948f"))
        # bumpy silhouette
        for (x, y) in border(mask):
            if (x + y) % 3 == 0 and (x, y - 1) not in mask and y < 20:
                cv.put(x, y - 1, darker(c))
    elif style == "buzz":
        for (x, y) in inner:
            if (x * 3 + y) % 4 == 0:
                cv.put(x, y, mix(c, darker(c), 0.5))
    else:
        for (x, y) in inner:
            if (x * 2 + y) % 9 == 0 and y > 6:
                cv.put(x, y, mix(c, darker(c), 0.45))
            elif (x * 2 + y) % 9 == 4 and y < 20:
                cv.put(x, y, mix(c, lighter(c), 0.45))


# ---------------------------------------------------------------- face

def face(cv, sp):
    s = sp["skin"]
    shade = mix(s, darker(s), 0.5)
    age = sp.get("age", 30)
    brow = sp["hair_color"] if sp.get("hair") != "none" else sp.get("brow", darker(darker(s)))
    if sp.get("hair") == "balding" or age > 60:
        brow = mix(sp["hair_color"], rgb("#7a726a"), 0.4)
    if sp.get("hair") == "none":
        brow = rgb("#2a1e1a")
    # eyes
    iris = sp.get("iris", rgb("#4a3226"))
    for (x0, ix) in ((23, 25), (35, 36)):
        sclera = m_ellipse(x0, 27, x0 + 5, 30)
        cv.fill(sclera, rgb("#f6f2ec"))
        cv.fill(m_rect(ix, 27, 3, 4) & sclera, iris)
        cv.fill(m_rect(ix + 1, 28, 1, 2) & sclera, EYE_DARK)
        cv.put(ix, 27, rgb("#ffffff"))
        cv.fill({(x, 26) for x in range(x0, x0 + 6)}, EYE_DARK)        # upper lid
        if sp.get("lashes"):
            cv.put(x0 - 1 if x0 < 30 else x0 + 6, 25, EYE_DARK)
        cv.fill({(x, 31) for x in range(x0 + 1, x0 + 5)}, shade)      # lower lid
    # eyebrows, slightly raised = friendly
    cv.fill(m_rect(22, 23, 7, 2) - {(22, 23)}, brow)
    cv.fill(m_rect(35, 23, 7, 2) - {(41, 23)}, brow)
    # nose
    for y in range(29, 35):
        cv.put(33, y, shade)
    cv.fill({(29, 35), (30, 36), (33, 36), (34, 35)}, shade)
    cv.fill({(31, 34), (32, 34)}, lighter(s))
    # mouth: a warm smile
    lips = sp.get("lips", mix(s, rgb("#b8564e"), 0.45))
    cv.fill({(x, 39) for x in range(28, 36)}, darker(lips))
    cv.fill({(27, 38), (36, 38)}, darker(lips))
    cv.fill({(x, 40) for x in range(29, 35)}, lips)
    # cheeks
    for (x, y) in m_ellipse(20, 33, 25, 36) | m_ellipse(38, 33, 43, 36):
        cv.put(x, y, with_alpha(rgb("#e0605a"), 45))
    if sp.get("freckles"):
        for (x, y) in ((21, 32), (23, 34), (25, 33), (30, 32), (34, 32), (38, 33), (40, 34), (42, 32), (22, 35)):
            cv.put(x, y, mix(s, rgb("#b86a3c"), 0.55))
    # age lines
    line = mix(s, darker(s), 0.55)
    if age >= 40:
        cv.fill({(26, 36), (26, 37), (37, 36), (37, 37)}, mix(s, darker(s), 0.35))
    if age >= 50:
        cv.fill({(21, 28), (20, 29), (42, 28), (43, 29)}, line)                 # crow's feet
        cv.fill({(24, 32), (25, 32), (38, 32), (39, 32)}, mix(s, darker(s), 0.3))
    if age >= 60:
        cv.fill({(x, 17) for x in range(26, 38)} | {(x, 19) for x in range(28, 36)}, mix(s, darker(s), 0.3))
        cv.fill({(21, 30), (42, 30), (25, 38), (38, 38)}, line)
        cv.fill({(27, 43), (36, 43)}, mix(s, darker(s), 0.3))


def glasses(cv, sp):
    if sp.get("dark_glasses"):
        dark = rgb("#1f2229")
        for x0 in (21, 34):
            cv.part(m_rrect(x0, 25, 9, 7, 2), dark, outline=rgb("#0f1014"))
            cv.fill({(x0 + 2, 26), (x0 + 3, 26), (x0 + 2, 27)}, rgb("#6b7480"))
        cv.rect(30, 27, 4, 1, dark)
        cv.rect(17, 27, 4, 1, dark)
        cv.rect(43, 27, 4, 1, dark)
        return
    g = sp.get("glasses")
    if not g:
        return
    for x0 in (21, 34):
        m = m_rrect(x0, 24, 9, 8, 2)
        for (x, y) in m - border(m):
            cv.put(x, y, with_alpha(rgb("#dff1fb"), 60))
        cv.outline_only(m, g)
        cv.put(x0 + 2, 25, with_alpha(rgb("#ffffff"), 200))
    cv.rect(30, 26, 4, 1, g)
    cv.rect(17, 26, 4, 1, g)
    cv.rect(43, 26, 4, 1, g)


def beard(cv, sp, head):
    b = sp.get("beard")
    if not b:
        return
    c = sp["hair_color"]
    s = sp["skin"]
    if b == "stubble":
        for (x, y) in head:
            if (y >= 36 or (x <= 23 or x >= 40) and y >= 31) and (x * 3 + y * 2) % 4 == 0 \
                    and not (27 <= x <= 36 and 38 <= y <= 40):
                cv.put(x, y, mix(s, c, 0.45))
        return
    jaw = {p for p in head if p[1] >= 35 or (p[0] <= 23 or p[0] >= 40) and p[1] >= 28}
    if b == "full":
        jaw |= m_ellipse(19, 26, 44, 55) & {(x, y) for x in range(S) for y in range(34, S)}
        jaw |= {p for p in head if (p[0] <= 22 or p[0] >= 41) and p[1] >= 24}
    mouth = m_ellipse(28, 38, 35, 40)
    jaw -= mouth
    cv.part(jaw, c, light=lighter(c))
    for (x, y) in jaw - border(jaw):
        if (x * 2 + y) % 5 == 0:
            cv.put(x, y, mix(c, lighter(c), 0.5))
    cv.part(m_rrect(26, 35, 12, 4, 2), c)                                         # moustache
    lips = sp.get("lips", mix(s, rgb("#b8564e"), 0.45))
    cv.fill({(x, 39) for x in range(29, 35)}, darker(lips))
    cv.fill({(x, 40) for x in range(29, 35)}, lips)


# ---------------------------------------------------------------- headwear

def headwear(cv, sp, head):
    hw = sp.get("headwear")
    if not hw:
        return
    c = sp["headwear_color"]
    if hw == "kippah":
        k = {p for p in m_ellipse(24, 2, 39, 13) if p[1] <= 7}
        cv.part(k, c, light=lighter(c))
        for (x, y) in border(k):
            if (x + y) % 2 == 0 and y >= 6:
                cv.put(x, y, P.WHITE)
        for x in range(27, 37, 3):
            cv.put(x, 5, lighter(lighter(c)))
    elif hw == "turban":
        t = {p for p in m_ellipse(13, -6, 50, 30) if p[1] <= 17 + (1 if 24 <= p[0] <= 39 else 0)
             + (1 if 28 <= p[0] <= 35 else 0)}
        cv.part(t, c, light=lighter(c))
        fold = darker(c)
        inner = t - border(t)
        for (a, b) in (((31, 18), (15, 6)), ((32, 18), (48, 6)), ((31, 13), (19, 1)), ((32, 13), (44, 1)),
                       ((31, 8), (24, 0)), ((32, 8), (39, 0))):
            cv.fill(m_line(a[0], a[1], b[0], b[1]) & inner, fold)
        cv.fill(m_line(31, 18, 31, 0) & inner, lighter(c))
    elif hw == "flatcap":
        body = {p for p in m_ellipse(13, 0, 50, 30) if p[1] <= 16}
        cv.part(body, c, light=lighter(c))
        for (x, y) in body - border(body):
            if (x * 3 + y * 2) % 5 == 0:
                cv.put(x, y, mix(c, lighter(c), 0.55))
            elif (x + y * 3) % 7 == 0:
                cv.put(x, y, mix(c, darker(c), 0.5))
        brim = {p for p in m_ellipse(15, 11, 48, 23) if p[1] >= 15}
        cv.part(brim, darker(c))
        cv.fill({(x, 16) for x in range(19, 45)}, mix(darker(c), lighter(c), 0.3))
    elif hw == "headwrap":
        t = {p for p in m_ellipse(12, -8, 51, 32) if p[1] <= 18} | m_ellipse(22, -6, 48, 12)
        cv.part(t, c, light=lighter(c))
        pat = sp.get("pattern", darker(c))
        inner = t - border(t)
        for (x, y) in inner:
            if (x + 2 * y) % 7 == 0:
                cv.put(x, y, pat)
            elif (2 * x - y) % 11 == 0:
                cv.put(x, y, rgb("#f6e0a0"))
        cv.fill({p for p in inner if 15 <= p[1] <= 16}, darker(c))
        knot = m_ellipse(40, 0, 49, 8)
        cv.part(knot, lighter(c))
        cv.fill({(44, 3), (45, 4), (43, 5)}, pat)
    elif hw == "hijab":
        outer = m_ellipse(11, 2, 52, 52) | m_poly([(12, 34), (51, 34), (60, 64), (3, 64)], (4, 4))
        opening = m_ellipse(20, 14, 43, 46) & head
        t = outer - opening
        cv.part(t, c, light=lighter(c))
        inner = t - border(t)
        for (x, y) in inner:
            if y > 44 and (x - y // 2) % 7 == 0:
                cv.put(x, y, mix(c, darker(c), 0.55))
        # underscarf band at the forehead
        band = {p for p in border(opening) if p[1] <= 20} | {(x, y + 1) for (x, y) in border(opening) if y <= 19}
        cv.fill(band, sp.get("underscarf", darker(c)))
        pin = (50, 44)
        cv.part(m_rect(pin[0], pin[1], 2, 2), rgb("#e8c15a"), outline=None)


# ---------------------------------------------------------------- clothes

def clothes(cv, sp):
    top = sp["top"]
    style = sp.get("top_style")
    inner = sp.get("inner", P.WHITE)
    s = sp["skin"]
    body = {p for p in m_ellipse(1, 47, 62, 98) if p[1] < S}
    base = sp["vest"] if style == "blazer" else top
    cv.part(body, base, light=lighter(base))
    if style == "cardigan":
        cv.fill(m_poly([(25, 47), (38, 47), (36, 64), (27, 64)], (4, 4)), inner)
        cv.fill(m_line(26, 48, 28, 63) | m_line(37, 48, 35, 63), darker(top))
        for y in (52, 57, 62):
            cv.put(27, y, darker(darker(top)))
    elif style == "shirt":
        cv.fill(m_line(31, 50, 31, 63) | m_line(32, 50, 32, 63), darker(top))
        for y in (53, 58, 63):
            cv.put(31, y, P.WHITE)
        for poly in ([(24, 45), (31, 49), (27, 54)], [(39, 45), (32, 49), (36, 54)]):
            cv.part(m_poly(poly, (4, 4)), lighter(top))
    elif style in ("blazer", "vest"):
        v = sp["vest"]
        if style == "vest":
            cv.part(m_poly([(10, 52), (22, 47), (31.5, 62), (41, 47), (53, 52), (56, 64), (7, 64)], (4, 4)), v,
                    light=lighter(v))
            for poly in ([(24, 45), (31, 49), (27, 54)], [(39, 45), (32, 49), (36, 54)]):
                cv.part(m_poly(poly, (4, 4)), P.WHITE)
        else:
            cv.fill(m_poly([(24, 46), (39, 46), (31.5, 63)], (4, 4)), inner)
            for poly in ([(23, 46), (27, 46), (31, 62), (26, 56)], [(40, 46), (36, 46), (32, 62), (37, 56)]):
                cv.part(m_poly(poly, (4, 4)), darker(v))
            if sp["id"] == "david":
                cv.fill(m_poly([(29, 50), (34, 50), (33, 63), (30, 63)], (4, 4)), rgb("#7f98b8"))   # tie
    elif style == "hoodie":
        ring = m_ellipse(16, 40, 47, 58) - m_ellipse(22, 42, 41, 54)
        cv.part({p for p in ring if p[1] >= 44}, darker(top))
        cv.fill(m_line(27, 53, 27, 63) | m_line(36, 53, 36, 63), P.WHITE)
    elif style == "sweater":
        ring = m_ellipse(23, 40, 40, 52) - m_ellipse(25, 40, 38, 50)
        cv.fill({p for p in ring if p[1] >= 46}, darker(top))
        for x in range(8, 56, 4):
            cv.put(x, 60, mix(top, darker(top), 0.5))
    elif style == "blouse":
        cv.fill(m_poly([(26, 45), (37, 45), (31.5, 54)], (4, 4)), s)
        for poly in ([(23, 45), (27, 45), (31, 55), (25, 50)], [(40, 45), (36, 45), (32, 55), (38, 50)]):
            cv.part(m_poly(poly, (4, 4)), lighter(top))
        cv.fill({(31, 57), (32, 57)}, rgb("#f4e6c8"))
    elif style in ("jacket", "worn", "coat"):
        cv.fill(m_poly([(26, 46), (37, 46), (33, 64), (30, 64)], (4, 4)), inner)
        for poly in ([(21, 46), (27, 45), (30, 60), (24, 52)], [(42, 46), (36, 45), (33, 60), (39, 52)]):
            cv.part(m_poly(poly, (4, 4)), darker(top) if style != "coat" else lighter(top))
        if style == "jacket":
            cv.fill(m_line(33, 50, 33, 63), rgb("#9aa3ad"))
        if style == "coat":
            for y in (54, 60):
                cv.part(m_rect(22, y, 2, 2), darker(top), outline=None)
                cv.part(m_rect(40, y, 2, 2), darker(top), outline=None)
        if style == "worn":
            patch = m_rect(45, 55, 7, 6)
            cv.part(patch, rgb("#8c6b4e"))
            for (x, y) in border(patch):
                if (x + y) % 2 == 0:
                    cv.put(x, y, rgb("#d9c7a3"))
            for (x, y) in ((22, 47), (23, 49), (41, 47), (40, 50)):
                cv.put(x, y, lighter(top))
            cv.fill({(12, 58), (13, 59), (14, 58)}, darker(top))
    elif style == "tunic":
        pass
    elif style == "dress":
        cv.fill({p for p in m_ellipse(24, 40, 39, 52) if p[1] >= 45}, s)
        pat = sp.get("top_pattern", darker(top))
        for (x, y) in body - border(body):
            if (x + 2 * y) % 7 == 0 and cv.get(x, y)[:3] == top[:3]:
                cv.put(x, y, pat)
    if sp.get("staff"):
        cv.fill(m_line(25, 46, 29, 63) | m_line(38, 46, 34, 63), LANYARD)
        cv.part(m_rect(27, 58, 10, 8), P.WHITE)
        cv.rect(28, 59, 8, 2, LANYARD)
    if sp.get("baby"):
        cr = sp["carrier"]
        cv.fill(m_line(18, 48, 24, 63, 3) | m_line(45, 48, 39, 63, 3), cr)
        cv.part(m_ellipse(34, 51, 52, 70), BABY_SKIN)
        cv.part({p for p in m_ellipse(33, 49, 53, 68) if p[1] <= 56}, rgb("#f3d36b"))
        cv.fill({(39, 60), (40, 60), (46, 60), (47, 60)}, EYE_DARK)
        cv.fill({(42, 63), (43, 63)}, mix(BABY_SKIN, rgb("#c0605a"), 0.5))


def wheelchair_back(cv, sp):
    c = sp["wheelchair"]
    for x in (5, 54):
        cv.part(m_rect(x, 40, 5, 24), darker(c))
        cv.part(m_rrect(x - 1, 36, 7, 6, 2), rgb("#2b2e35"))


# ---------------------------------------------------------------- portrait

def portrait(sp):
    cv = Canvas(S, S, sp["bg"])
    bg = sp["bg"]
    for (x, y) in m_ellipse(4, 2, 59, 70):
        cv.put(x, y, mix(bg, P.WHITE, 0.35))
    for y in range(S):
        for x in range(S):
            if (x + y) % 4 == 0 and (x, y) not in m_ellipse(4, 2, 59, 70):
                cv.put(x, y, mix(bg, darker(bg), 0.25))
    if sp.get("wheelchair"):
        wheelchair_back(cv, sp)
    s = sp["skin"]
    style = sp.get("hair", "none")
    behind, front = hair_masks(style)
    if behind:
        textured(cv, behind, darker(sp["hair_color"]) if style != "long" else sp["hair_color"], style, sp)
    # neck and shoulders
    cv.part(m_rect(26, 36, 12, 14), mix(s, darker(s), 0.35))
    clothes(cv, sp)
    head = head_mask()
    ears = m_ellipse(15, 24, 20, 34) | m_ellipse(43, 24, 48, 34)
    cv.part(ears, s)
    cv.fill(m_rect(17, 27, 2, 4) | m_rect(45, 27, 2, 4), mix(s, darker(s), 0.4))
    cv.part(head, s, light=lighter(s))
    # shade under the hairline and jaw
    face(cv, sp)
    beard(cv, sp, head)
    if front:
        textured(cv, front, sp["hair_color"], style, sp)
        if style == "balding":
            for (x, y) in border(front):
                inward = (x + (1 if x < 32 else -1), y)
                if inward not in front and inward in head:
                    cv.put(x, y, mix(sp["hair_color"], s, 0.35))
    if sp.get("earrings") and sp.get("headwear") != "hijab":
        for x in (16, 46):
            cv.part(m_ellipse(x, 35, x + 2, 38), sp["earrings"])
    glasses(cv, sp)
    headwear(cv, sp, head)
    img = cv.img.convert("RGB").convert("RGBA")
    return img.resize((S * 2, S * 2), Image.NEAREST)
