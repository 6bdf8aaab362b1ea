"""Walking sprite sheets: 4 columns (stand, step, stand, step-other) x 4 rows
(facing down, left, right, up); each frame 32x48 on a transparent background."""
import math

from .pixel import (Canvas, darker, lighter, mix, rgb, with_alpha, m_rect, m_ellipse, m_rrect, m_poly,
                    m_line, shift, border)
from . import palette as P

FW, FH = 32, 48
EYE = rgb("#231d29")
SCLERA = rgb("#f4efe8")
LANYARD = rgb("#2f6db5")
BABY_SKIN = rgb("#e9b793")

HEAD = m_ellipse(8, 6, 23, 22)


def skin_shade(sp):
    return mix(sp["skin"], darker(sp["skin"]), 0.45)


# ---------------------------------------------------------------- hair and headwear

def bumpy(mask, seed=0, top_only=True):
    out = set(mask)
    for (x, y) in border(mask):
        if (x * 7 + y * 3 + seed) % 3 == 0 and (x, y - 1) not in mask and y < 12:
            out.add((x, y - 1))
        if not top_only and (x * 5 + y) % 3 == 0:
            out.add((x + (1 if x > 15 else -1), y))
    return out


def hair_masks(style, view):
    """Returns (behind, front) masks for the hair; view is 'front', 'side' (facing left) or 'back'."""
    cap = m_ellipse(7, 4, 24, 21)
    behind, front = set(), set()
    if style == "none":
        return behind, front
    if view == "front":
        if style in ("short", "short_neutral", "ponytail"):
            front = {p for p in cap if p[1] <= 10 or (p[0] <= 9 or p[0] >= 22) and p[1] <= 14}
            if style == "short_neutral":
                front |= {(x, 11) for x in range(10, 16)} | {(x, 12) for x in range(10, 13)}
            elif style == "ponytail":
                front |= {(x, 11) for x in range(17, 22)} | {(x, 12) for x in range(19, 22)}
                front |= m_rect(8, 12, 2, 5) | m_rect(22, 12, 2, 5)
            else:
                front |= {(x, 11) for x in range(10, 22) if x % 3}
        elif style == "short_curly":
            c2 = m_ellipse(6, 3, 25, 20)
            front = bumpy({p for p in c2 if p[1] <= 10 or (p[0] <= 9 or p[0] >= 22) and p[1] <= 13}, 1)
        elif style == "buzz":
            c2 = m_ellipse(8, 5, 23, 21)
            front = {p for p in c2 if p[1] <= 9 or (p[0] <= 9 or p[0] >= 22) and p[1] <= 12}
        elif style == "balding":
            c2 = m_ellipse(7, 6, 24, 21)
            front = {p for p in c2 if (p[0] <= 8 or p[0] >= 23) and 9 <= p[1] <= 15}
        elif style in ("long", "shoulder", "bob"):
            bottom = {"long": 31, "shoulder": 25, "bob": 20}[style]
            wide = 1 if style == "bob" else 0
            front = {p for p in cap if p[1] <= 10}
            front |= m_rrect(7 - wide, 8, 3 + wide, bottom - 7, 1) | m_rrect(22, 8, 3 + wide, bottom - 7, 1)
            if style == "shoulder":
                front |= {(x, 11) for x in range(16, 23)} | {(x, 12) for x in range(19, 23)}
            elif style == "long":
                front |= {(x, 11) for x in range(9, 15)} | {(x, 12) for x in range(9, 12)}
            else:
                front |= {(x, 11) for x in range(9, 23)}
            behind = m_rrect(7 - wide, 9, 18 + 2 * wide, bottom - 8, 4)
        elif style == "afro_short":
            c2 = m_ellipse(6, 3, 25, 19)
            front = bumpy({p for p in c2 if p[1] <= 10 or (p[0] <= 8 or p[0] >= 23) and p[1] <= 13}, 2)
    elif view == "side":
        if style in ("short", "short_neutral", "ponytail", "buzz", "short_curly", "afro_short"):
            c2 = {"buzz": m_ellipse(8, 5, 23, 21), "short_curly": m_ellipse(6, 3, 25, 20),
                  "afro_short": m_ellipse(6, 3, 25, 19)}.get(style, cap)
            front = {p for p in c2 if p[1] <= 10 or p[0] >= 15 and p[1] <= (14 if style == "buzz" else 17)}
            if style in ("short_neutral", "ponytail", "short"):
                front |= m_rect(8, 11, 4, 1)
            if style in ("short_curly", "afro_short"):
                front = bumpy(front, 3)
            if style == "ponytail":
                front |= m_rrect(22, 11, 4, 14, 2)
        elif style == "balding":
            c2 = m_ellipse(7, 6, 24, 21)
            front = {p for p in c2 - m_ellipse(4, 7, 20, 25) if 10 <= p[1] <= 17}
        elif style in ("long", "shoulder", "bob"):
            bottom = {"long": 31, "shoulder": 25, "bob": 20}[style]
            front = {p for p in cap if p[1] <= 10 or p[0] >= 15 and p[1] <= 18}
            front |= m_rrect(15, 9, 10, bottom - 8, 3)
            front |= m_rect(8, 11, 4, 1)
    else:  # back
        if style == "balding":
            c2 = m_ellipse(7, 6, 24, 21)
            front = {p for p in c2 if 11 + (1 if 11 <= p[0] <= 20 else 0) + (p[0] % 3 == 0) <= p[1] <= 18}
        elif style in ("long", "shoulder", "bob"):
            bottom = {"long": 31, "shoulder": 25, "bob": 20}[style]
            wide = 1 if style == "bob" else 0
            front = {p for p in cap if p[1] <= 19} | m_rrect(7 - wide, 9, 18 + 2 * wide, bottom - 8, 4)
        else:
            c2 = {"buzz": m_ellipse(8, 5, 23, 21), "short_curly": m_ellipse(6, 3, 25, 20),
                  "afro_short": m_ellipse(6, 3, 25, 19)}.get(style, cap)
            front = {p for p in c2 if p[1] <= (17 if style == "buzz" else 19)}
            if style in ("short_curly", "afro_short"):
                front = bumpy(front, 4)
            if style == "ponytail":
                front |= m_rrect(13, 17, 6, 11, 2)
    return behind, front


def draw_hair(cv, sp, mask, view):
    if not mask:
        return
    if sp.get("headwear") == "flatcap":
        if view == "back":
            mask = {p for p in mask if p[1] <= 15 - (p[0] % 3 == 1)}
        elif view == "side":
            mask = {p for p in mask if p[1] <= 15 and p[0] >= 18}
    c = sp["hair_color"]
    cv.part(mask, c, light=lighter(c))
    style = sp["hair"]
    if style in ("short_curly", "afro_short"):
        for (x, y) in mask:
            if (x * 3 + y * 5) % 7 == 0 and (x, y) not in border(mask):
                grey = sp.get("grey_streaks") and (x * 5 + y) % 4 == 0 and y < 9
                cv.put(x, y, rgb("#8d8782") if grey else mix(c, lighter(c), 0.5))
    if style == "buzz":
        for (x, y) in mask:
            if (x * 3 + y) % 5 == 0 and (x, y) not in border(mask):
                cv.put(x, y, mix(c, darker(c), 0.5))
    if style == "ponytail" and view == "back":
        cv.rect(13, 18, 6, 1, P.ACCENTS[0])
    if style == "long":
        for (x, y) in mask:
            if (x % 4 == 1) and y > 12 and (x, y) not in border(mask):
                cv.put(x, y, mix(c, darker(c), 0.4))


def headwear(cv, sp, view):
    hw = sp.get("headwear")
    if not hw:
        return
    c = sp["headwear_color"]
    if hw == "kippah":
        m = {"front": m_ellipse(11, 4, 20, 9), "side": m_ellipse(14, 3, 22, 9),
             "back": m_ellipse(10, 5, 21, 12)}[view]
        top = {p for p in m if p[1] <= {"front": 6, "side": 6, "back": 9}[view]}
        cv.part(top, c, light=lighter(c))
        for (x, y) in border(top):
            if (x + y) % 2 == 0 and (x, y + 1) not in top:
                cv.put(x, y, P.WHITE)
    elif hw == "turban":
        m = m_ellipse(6, 0, 25, 18)
        if view == "front":
            t = {p for p in m if p[1] <= 11 + (1 if 12 <= p[0] <= 19 else 0)}
        elif view == "side":
            t = {p for p in m if p[1] <= 11 or p[0] >= 16 and p[1] <= 15}
        else:
            t = {p for p in m if p[1] <= 15}
        cv.part(t, c, light=lighter(c))
        fold = darker(c)
        if view == "front":
            cv.fill(m_line(15, 11, 9, 3) & t - border(t), fold)
            cv.fill(m_line(16, 11, 22, 3) & t - border(t), fold)
            cv.fill(m_line(15, 8, 11, 2) & t - border(t), fold)
            cv.fill(m_line(16, 8, 20, 2) & t - border(t), fold)
        elif view == "side":
            cv.fill(m_line(8, 9, 20, 2) & t - border(t), fold)
            cv.fill(m_line(9, 5, 17, 1) & t - border(t), fold)
        else:
            for k in range(3):
                cv.fill(m_line(8, 12 - k * 4, 23, 6 - k * 4) & t - border(t), fold)
    elif hw == "flatcap":
        body = m_ellipse(7, 3, 24, 15)
        if view == "front":
            t = {p for p in body if p[1] <= 9}
            cv.part(t, c, light=lighter(c))
            cv.part(m_rrect(7, 8, 18, 3, 1), darker(c))
        elif view == "side":
            t = {p for p in body if p[1] <= 10}
            cv.part(t, c, light=lighter(c))
            cv.part(m_rect(4, 9, 8, 2), darker(c))
        else:
            t = {p for p in body if p[1] <= 11}
            cv.part(t, c, light=lighter(c))
        for (x, y) in t:
            if (x * 2 + y) % 5 == 0 and (x, y) not in border(t):
                cv.put(x, y, mix(c, lighter(c), 0.6))
    elif hw == "headwrap":
        m = m_ellipse(6, -1, 25, 18)
        if view == "front":
            t = {p for p in m if p[1] <= 10} | m_ellipse(10, -1, 21, 6)
        elif view == "side":
            t = {p for p in m if p[1] <= 10 or p[0] >= 15 and p[1] <= 16} | m_ellipse(13, -1, 24, 6)
        else:
            t = {p for p in m if p[1] <= 16} | m_ellipse(10, -1, 21, 6)
        cv.part(t, c, light=lighter(c))
        pat = sp.get("pattern", darker(c))
        inner = t - border(t)
        for (x, y) in inner:
            if (x + 2 * y) % 6 == 0:
                cv.put(x, y, pat)
        band = {p for p in t if p[1] in (9, 10)} - border(t) if view == "front" else set()
        cv.fill(band, darker(c))
    elif hw == "hijab":
        if view == "front":
            outer = m_ellipse(6, 4, 25, 24) | m_poly([(8, 18), (23, 18), (26, 31), (5, 31)])
            face = m_ellipse(9, 9, 22, 23)
            t = outer - face
        elif view == "side":
            outer = m_ellipse(6, 4, 25, 24) | m_poly([(11, 18), (25, 16), (26, 31), (10, 31)])
            face = {p for p in m_ellipse(6, 9, 17, 23) if p[0] <= 13}
            t = outer - face
        else:
            t = m_ellipse(6, 4, 25, 24) | m_poly([(8, 16), (23, 16), (26, 31), (5, 31)])
        cv.part(t, c, light=lighter(c))
        inner = t - border(t)
        for (x, y) in inner:
            if y > 22 and (x + y) % 5 == 0:
                cv.put(x, y, mix(c, darker(c), 0.6))
        if view == "front":
            cv.fill({p for p in border(face) if p[1] <= 12} - face, sp.get("inner", darker(c)))


# ---------------------------------------------------------------- face

def face_front(cv, sp):
    s = sp["skin"]
    if sp.get("dark_glasses"):
        cv.part(m_rect(10, 13, 5, 3), rgb("#1f2229"), outline=rgb("#1f2229"))
        cv.part(m_rect(17, 13, 5, 3), rgb("#1f2229"), outline=rgb("#1f2229"))
        cv.rect(15, 14, 2, 1, rgb("#1f2229"))
        cv.put(11, 13, rgb("#6b7480"))
        cv.put(18, 13, rgb("#6b7480"))
    else:
        for x in (12, 19):
            cv.put(x, 14, EYE)
            cv.put(x, 15, EYE)
            cv.put(x + (-1 if x < 15 else 1), 15, SCLERA)
            if sp.get("lashes"):
                cv.put(x + (-1 if x < 15 else 1), 13, EYE)
        if sp.get("glasses"):
            g = sp["glasses"]
            for x0 in (10, 17):
                cv.outline_only(m_rect(x0, 13, 5, 4), g)
            cv.rect(15, 14, 2, 1, g)
    cv.put(10, 17, mix(s, rgb("#e0605a"), 0.3))
    cv.put(21, 17, mix(s, rgb("#e0605a"), 0.3))
    cv.rect(15, 18, 2, 1, sp.get("lips", darker(s)))
    if sp.get("freckles"):
        for (x, y) in ((11, 16), (13, 17), (18, 17), (20, 16)):
            cv.put(x, y, mix(s, rgb("#b86a3c"), 0.5))
    if sp.get("age", 30) >= 55:
        cv.put(11, 16, mix(s, darker(s), 0.5))
        cv.put(20, 16, mix(s, darker(s), 0.5))


def face_side(cv, sp):
    s = sp["skin"]
    cv.put(7, 16, s)
    cv.put(7, 15, s)
    cv.put(6, 16, darker(s))
    if sp.get("dark_glasses"):
        cv.part(m_rect(8, 13, 5, 3), rgb("#1f2229"), outline=rgb("#1f2229"))
        cv.rect(13, 13, 4, 1, rgb("#1f2229"))
    else:
        cv.put(10, 14, EYE)
        cv.put(10, 15, EYE)
        cv.put(11, 15, SCLERA)
        if sp.get("lashes"):
            cv.put(9, 13, EYE)
        if sp.get("glasses"):
            g = sp["glasses"]
            cv.outline_only(m_rect(8, 13, 5, 4), g)
            cv.rect(13, 14, 4, 1, g)
    cv.put(9, 18, sp.get("lips", darker(s)))
    cv.put(11, 17, mix(s, rgb("#e0605a"), 0.3))


def beard(cv, sp, view):
    b = sp.get("beard")
    if not b or view == "back":
        return
    c = sp["hair_color"]
    if view == "front":
        jaw = {p for p in HEAD if p[1] >= 17 or (p[0] <= 9 or p[0] >= 22) and p[1] >= 13}
        if b == "full":
            jaw |= {p for p in m_ellipse(9, 13, 22, 26) if p[1] >= 17}
    else:
        jaw = {p for p in HEAD if p[1] >= 17 and p[0] <= 17 or 14 <= p[0] <= 15 and p[1] >= 13}
        if b == "full":
            jaw |= {p for p in m_ellipse(6, 12, 17, 26) if p[1] >= 17}
    if b == "stubble":
        for (x, y) in jaw:
            if (x * 3 + y * 2) % 4 == 0 and y >= 17 and (x, y) not in border(HEAD):
                cv.put(x, y, mix(sp["skin"], c, 0.4))
        return
    cv.part(jaw, c, light=lighter(c))
    if view == "front":
        cv.rect(15, 18, 2, 1, sp.get("lips", darker(sp["skin"])))
        cv.rect(13, 17, 6, 1, mix(c, lighter(c), 0.4))
    else:
        cv.put(8, 18, sp.get("lips", darker(sp["skin"])))


# ---------------------------------------------------------------- clothes

def torso_details_front(cv, sp, back):
    style = sp.get("top_style")
    top, inner = sp["top"], sp.get("inner", P.WHITE)
    if back:
        if style == "blazer":
            cv.part(m_rrect(10, 23, 12, 13, 3), sp["vest"], light=lighter(sp["vest"]))
        if style == "vest":
            cv.part(m_rrect(10, 23, 12, 13, 3), sp["vest"], light=lighter(sp["vest"]))
            cv.fill({(14, 23), (15, 23), (16, 23), (17, 23)}, top)
        if style == "hoodie":
            cv.part(m_rrect(10, 21, 12, 6, 2), darker(top))
        if sp.get("baby"):
            cv.fill(m_line(11, 24, 20, 33) | m_line(20, 24, 11, 33), sp["carrier"])
        return
    if style == "cardigan":
        cv.rect(15, 24, 2, 11, inner)
        cv.put(14, 27, darker(top)); cv.put(14, 30, darker(top))
    elif style == "shirt":
        cv.fill({(13, 23), (14, 24), (18, 23), (17, 24)}, lighter(top))
        for y in (26, 29, 32):
            cv.put(15, y, darker(top))
    elif style in ("blazer", "vest"):
        v = sp["vest"]
        cv.part(m_rrect(10, 23, 12, 13, 3), v, light=lighter(v))
        cv.fill(m_poly([(13, 23), (18, 23), (16, 29), (15, 29)], (4, 4)), inner if style == "blazer" else top)
        if style == "blazer":
            cv.fill({(13, 24), (13, 25), (18, 24), (18, 25)}, darker(v))
    elif style == "hoodie":
        cv.part(m_rrect(11, 21, 10, 4, 2), darker(top))
        cv.fill({(14, 25), (14, 26), (14, 27), (17, 25), (17, 26), (17, 27)}, P.WHITE)
        cv.rect(12, 31, 8, 3, darker(top))
    elif style == "sweater":
        cv.fill({(14, 23), (15, 24), (16, 24), (17, 23)}, darker(top))
        cv.rect(11, 34, 10, 1, darker(top))
    elif style == "blouse":
        cv.fill({(14, 23), (15, 23), (16, 23), (17, 23), (15, 24), (16, 24)}, sp["skin"])
    elif style == "jacket":
        cv.rect(15, 24, 2, 11, inner)
        cv.rect(15, 24, 1, 11, darker(top))
        cv.fill({(13, 23), (18, 23)}, darker(top))
    elif style == "worn":
        cv.rect(15, 24, 2, 11, inner)
        cv.part(m_rect(17, 29, 4, 4), rgb("#8c6b4e"))               # patch
        cv.put(11, 35, (0, 0, 0, 0)); cv.put(19, 35, (0, 0, 0, 0))  # frayed hem
    elif style == "coat":
        for y in (27, 31):
            cv.put(13, y, darker(top)); cv.put(18, y, darker(top))
        cv.rect(11, 32, 10, 1, darker(top))
    elif style == "dress":
        pat = sp.get("top_pattern", darker(top))
        for (x, y) in m_rect(9, 24, 14, 19):
            if (x + 2 * y) % 6 == 0 and cv.get(x, y)[3] and cv.get(x, y)[:3] == top[:3]:
                cv.put(x, y, pat)
    if sp.get("staff"):
        cv.fill({(13, 24), (13, 25), (14, 26), (18, 24), (18, 25), (17, 26)}, LANYARD)
        cv.part(m_rect(14, 27, 4, 4), P.WHITE)
        cv.rect(15, 28, 2, 1, LANYARD)
    if sp.get("baby"):
        cr = sp["carrier"]
        cv.fill(m_line(11, 23, 12, 28) | m_line(20, 23, 19, 28), cr)
        cv.part(m_rrect(11, 28, 10, 9, 3), cr, light=lighter(cr))
        cv.part(m_ellipse(12, 23, 19, 30), BABY_SKIN)
        cv.part({p for p in m_ellipse(12, 22, 19, 29) if p[1] <= 25}, rgb("#f3d36b"))
        cv.rect(14, 27, 1, 1, EYE); cv.rect(17, 27, 1, 1, EYE)


# ---------------------------------------------------------------- body

def legs_front(sp, step, side):
    """Return (legs mask, shoe masks)."""
    lift_l = step and side > 0
    lift_r = step and side < 0
    legs = m_rect(11, 33, 10, 3)
    shoes = []
    for x, lifted in ((11, lift_l), (17, lift_r)):
        h = 7 if lifted else 8
        legs |= m_rect(x, 35, 4, h)
        shoes.append(m_rrect(x - 1 if x < 15 else x, 35 + h, 5, 3, 1))
    return legs, shoes


def body_front(cv, sp, step, side, back=False):
    s, top, bot = sp["skin"], sp["top"], sp["bottom"]
    style = sp.get("top_style")
    legs, shoes = legs_front(sp, step, side)
    if style == "dress":
        cv.part(legs, darker(s))
    else:
        cv.part(legs, bot, light=lighter(bot))
    for sh in shoes:
        cv.part(sh, sp["shoes"])
    # arms swing a pixel with the step
    swing = (1 if side > 0 else -1) if step else 0
    sleeve = sp["top"]
    if style == "blazer":
        sleeve = sp["vest"]
    for x0, d in ((7, swing), (21, -swing)):
        arm = m_rrect(x0, 24 + max(0, d), 4, 10, 2)
        cv.part(arm, sleeve)
        cv.part(m_rrect(x0, 33 + d, 4, 3, 1), s)
    long_top = style in ("tunic", "coat")
    torso = m_rrect(10, 23, 12, 17 if long_top else 13, 3)
    if style == "dress":
        torso = m_rrect(10, 23, 12, 10, 3) | m_poly([(10, 31), (21, 31), (23, 42), (8, 42)], (4, 4))
    cv.part(torso, top, light=lighter(top))
    if style == "dress":
        for sh in shoes:
            cv.part(sh, sp["shoes"])
    cv.part(m_rect(14, 21, 4, 3), skin_shade(sp))
    torso_details_front(cv, sp, back)


def head_front(cv, sp, back=False):
    s = sp["skin"]
    view = "back" if back else "front"
    behind, front = hair_masks(sp["hair"], view)
    cv.part(m_rect(7, 13, 2, 4), s)
    cv.part(m_rect(23, 13, 2, 4), s)
    cv.part(HEAD, s, light=lighter(s) if not back else None)
    if not back:
        face_front(cv, sp)
        beard(cv, sp, "front")
    draw_hair(cv, sp, front, view)
    if sp.get("earrings") and sp.get("headwear") != "hijab":
        cv.put(7, 17, sp["earrings"]); cv.put(24, 17, sp["earrings"])
    headwear(cv, sp, view)


def draw_front(cv, sp, step, side, back=False):
    behind, _ = hair_masks(sp["hair"], "back" if back else "front")
    if behind and not back:
        cv.part(behind, darker(sp["hair_color"]))
    if back and sp.get("bag"):
        bag(cv, 21, step, side)
    if back and sp.get("cane"):
        cane(cv, 9, 35, 5 + (side if step else 0), 45)
    body_front(cv, sp, step, side, back)
    head_front(cv, sp, back)
    if not back and sp.get("bag"):
        bag(cv, 4, step, side)
    if not back and sp.get("cane"):
        cane(cv, 23, 35, 27 + (side if step else 0), 45)


def bag(cv, x, step, side):
    dy = 1 if step and side > 0 else 0
    handle = {(x + 2, 34 + dy), (x + 5, 34 + dy), (x + 2, 35 + dy), (x + 5, 35 + dy), (x + 3, 33 + dy), (x + 4, 33 + dy)}
    cv.fill(handle, rgb("#d9dde1"))
    b = m_poly([(x + 1, 36 + dy), (x + 6, 36 + dy), (x + 8, 44 + dy), (x - 1, 44 + dy)], (4, 4))
    cv.part(b, with_alpha(rgb("#eef1f3"), 235), outline=rgb("#a3abb4"))
    cv.rect(x + 1, 40 + dy, 6, 2, rgb("#4a8fd0"))
    cv.put(x + 2, 38 + dy, rgb("#ffffff"))


def cane(cv, x0, y0, x1, y1):
    line = m_line(x0, y0, x1, y1)
    edge = shift(line, 1, 0) - line
    cv.fill(edge, rgb("#7d8590"))
    for (x, y) in line:
        cv.put(x, y, rgb("#e0403a") if y >= y1 - 3 else rgb("#fafafa"))
    cv.put(x0, y0 - 1, rgb("#2b2633"))


def draw_side(cv, sp, step, side):
    """Facing left."""
    s, top, bot = sp["skin"], sp["top"], sp["bottom"]
    style = sp.get("top_style")
    behind, front = hair_masks(sp["hair"], "side")
    # far arm (behind the body)
    swing = side if step else 0
    if step:
        cv.part(m_line(16, 25, 16 + 3 * swing, 33, 3), darker(top))
    # legs
    if step:
        near = m_poly([(13, 33), (17, 33), (13 - 2 * swing, 42), (9 - 2 * swing, 42)], (4, 4)) \
            if swing > 0 else m_poly([(14, 33), (18, 33), (21, 42), (17, 42)], (4, 4))
        far = m_poly([(14, 33), (18, 33), (21, 42), (17, 42)], (4, 4)) if swing > 0 else \
            m_poly([(13, 33), (17, 33), (11, 42), (7, 42)], (4, 4))
        legc = darker(s) if style == "dress" else bot
        cv.part(far, darker(legc))
        fx = 16 if swing > 0 else 6
        cv.part(m_rrect(fx, 42, 7, 3, 1), darker(sp["shoes"]))
        cv.part(near, legc)
        nx = 7 if swing > 0 else 16
        cv.part(m_rrect(nx, 42, 7, 3, 1), sp["shoes"])
    else:
        cv.part(m_rect(13, 33, 6, 10), darker(s) if style == "dress" else bot)
        cv.part(m_rrect(10, 42, 8, 3, 1), sp["shoes"])
    long_top = style in ("tunic", "coat")
    torso = m_rrect(11, 23, 10, 17 if long_top else 13, 3)
    if style == "dress":
        torso = m_rrect(11, 23, 10, 10, 3) | m_poly([(11, 31), (20, 31), (22, 42), (9, 42)], (4, 4))
    cv.part(torso, top, light=lighter(top))
    if style in ("blazer", "vest"):
        cv.part(m_rrect(12, 23, 9, 13, 3), sp["vest"])
    if style == "hoodie":
        cv.part(m_rrect(15, 20, 7, 6, 2), darker(top))
    if style == "worn":
        cv.part(m_rect(12, 30, 3, 3), rgb("#8c6b4e"))
    if style == "dress":
        for (x, y) in torso - border(torso):
            if (x + 2 * y) % 6 == 0:
                cv.put(x, y, sp.get("top_pattern", darker(top)))
    if sp.get("staff"):
        cv.fill({(12, 24), (12, 25), (12, 26)}, LANYARD)
        cv.part(m_rect(10, 27, 3, 4), P.WHITE)
    if sp.get("baby"):
        cr = sp["carrier"]
        cv.part(m_ellipse(6, 26, 13, 36), cr, light=lighter(cr))
        cv.part(m_ellipse(6, 22, 12, 28), BABY_SKIN)
        cv.part({p for p in m_ellipse(6, 21, 12, 27) if p[1] <= 24}, rgb("#f3d36b"))
        cv.fill(m_line(12, 24, 17, 23), cr)
    cv.part(m_rect(13, 21, 4, 3), skin_shade(sp))
    # near arm
    if sp.get("cane"):
        arm = m_poly([(13, 24), (17, 24), (13, 32), (10, 32)], (4, 4))
        cv.part(arm, top)
        cv.part(m_rrect(9, 31, 4, 3, 1), s)
        cane(cv, 10, 33, 3 - (swing if step else 0), 45)
    else:
        hx = 14 - 3 * swing
        arm = m_poly([(14, 24), (18, 24), (hx + 4, 32), (hx, 32)], (4, 4))
        cv.part(arm, sp["vest"] if style == "blazer" else top)
        cv.part(m_rrect(hx, 31, 4, 3, 1), s)
        if sp.get("bag"):
            bag(cv, hx - 2, False, 0)
    # head
    cv.part(HEAD, s, light=lighter(s))
    face_side(cv, sp)
    beard(cv, sp, "side")
    draw_hair(cv, sp, front, "side")
    if sp.get("hair") not in ("long", "shoulder", "bob") and sp.get("headwear") not in ("hijab", "turban", "headwrap"):
        cv.part(m_rect(16, 13, 2, 4), skin_shade(sp))
    if sp.get("earrings") and sp.get("headwear") != "hijab":
        cv.put(16, 17, sp["earrings"])
    headwear(cv, sp, "side")


# ---------------------------------------------------------------- wheelchair

TIRE = rgb("#30333a")
RIM = rgb("#aeb6bf")


def chair_front(cv, sp, frame, back=False):
    c = sp["wheelchair"]
    s, top, bot = sp["skin"], sp["top"], sp["bottom"]
    tread = frame % 2
    # casters and footrest
    for x in (9, 21):
        cv.part(m_rect(x, 43, 2, 3), TIRE)
    # big wheels (seen edge-on)
    for x in (4, 25):
        w = m_rrect(x, 27, 3, 19, 1)
        cv.part(w, TIRE)
        for y in range(28 + tread, 45, 3):
            cv.put(x + 1, y, rgb("#555a63"))
    if back:
        cv.part(m_rect(7, 30, 2, 12), RIM)
        cv.part(m_rect(23, 30, 2, 12), RIM)
        # person: head and shoulders above the backrest
        cv.part(m_rrect(9, 22, 14, 8, 3), top)
        head_front_sit(cv, sp, back=True)
        # arms going down to the rims
        d = 1 if frame in (1, 3) else 0
        cv.part(m_rrect(6, 24 + d, 4, 9, 2), top)
        cv.part(m_rrect(22, 24 + d, 4, 9, 2), top)
        cv.part(m_rect(6, 32 + d, 3, 3), s)
        cv.part(m_rect(23, 32 + d, 3, 3), s)
        cv.part(m_rrect(9, 26, 14, 13, 2), c, light=lighter(c))                # backrest
        cv.rect(11, 29, 10, 1, darker(c))
        for x in (8, 22):
            cv.part(m_rect(x, 23, 2, 5), rgb("#2b2e35"))                       # push handles
        cv.part(m_rect(9, 38, 14, 3), darker(c))
        return
    cv.part(m_rect(8, 42, 16, 2), RIM)                                            # footrest
    cv.part(m_rect(7, 30, 2, 12), RIM)                                            # hand rims
    cv.part(m_rect(23, 30, 2, 12), RIM)
    for x in (8, 22):
        cv.part(m_rect(x, 22, 2, 4), rgb("#2b2e35"))                               # handles behind
    cv.part(m_rect(9, 24, 14, 10), darker(c))                                      # backrest behind
    # person seated
    cv.part(m_rect(11, 33, 10, 5), bot, light=lighter(bot))                        # thighs (towards us)
    cv.part(m_rect(11, 37, 4, 5), bot)
    cv.part(m_rect(17, 37, 4, 5), bot)
    cv.part(m_rrect(10, 40, 5, 3, 1), sp["shoes"])
    cv.part(m_rrect(17, 40, 5, 3, 1), sp["shoes"])
    cv.part(m_rect(9, 32, 14, 2), c)                                               # seat edge
    torso = m_rrect(10, 24, 12, 10, 3)
    cv.part(torso, top, light=lighter(top))
    cv.part(m_rect(14, 22, 4, 3), skin_shade(sp))
    torso_details_front(cv, sp, False)
    d = (1 if frame == 1 else -1) if frame in (1, 3) else 0
    for x0 in (6, 22):
        cv.part(m_rrect(x0, 25, 4, 8 + d, 2), top)
        cv.part(m_rrect(x0, 32 + d, 4, 3, 1), s)
    head_front_sit(cv, sp)


def head_front_sit(cv, sp, back=False):
    """The head two pixels lower than standing (seated)."""
    sub = Canvas(FW, FH)
    head_front(sub, sp, back)
    cv.paste(sub.img.crop((0, 0, FW, 24)), 0, 2)


def chair_side(cv, sp, frame):
    """Facing left."""
    c = sp["wheelchair"]
    s, top, bot = sp["skin"], sp["top"], sp["bottom"]
    cx, cy, r = 18, 37, 8
    # backrest and push handle
    cv.part(m_rect(21, 22, 3, 14), darker(c))
    cv.part(m_rect(21, 21, 6, 2), rgb("#2b2e35"))
    # seat, frame tube, caster
    cv.part(m_rect(9, 34, 14, 3), c)
    cv.fill(m_line(10, 37, 8, 43), RIM)
    cv.part(m_ellipse(6, 42, 10, 46), TIRE)
    cv.part(m_rect(4, 41, 7, 2), RIM)                                             # footrest
    # person
    cv.part(m_rect(8, 30, 13, 5), bot, light=lighter(bot))                        # thigh
    cv.part(m_rect(7, 33, 5, 8), bot)                                             # shin
    cv.part(m_rrect(3, 38, 8, 3, 1), sp["shoes"])
    torso = m_rrect(12, 22, 10, 12, 3)
    cv.part(torso, top, light=lighter(top))
    if sp.get("top_style") == "hoodie":
        cv.part(m_rrect(15, 19, 7, 6, 2), darker(top))
    if sp.get("staff"):
        cv.fill({(13, 23), (13, 24), (13, 25)}, LANYARD)
        cv.part(m_rect(11, 26, 3, 4), P.WHITE)
    cv.part(m_rect(13, 20, 4, 3), skin_shade(sp))
    # wheel: tyre ring and spokes (body shows through)
    ring = m_ellipse(cx - r, cy - r, cx + r, cy + r) - m_ellipse(cx - r + 2, cy - r + 2, cx + r - 2, cy + r - 2)
    ang0 = frame * math.pi / 8
    for k in range(4):
        a = ang0 + k * math.pi / 4
        dx, dy = round(math.cos(a) * (r - 2)), round(math.sin(a) * (r - 2))
        cv.fill(m_line(cx - dx, cy - dy, cx + dx, cy + dy), RIM)
    cv.part(ring, TIRE, outline=rgb("#1c1e22"))
    cv.fill(m_circle_rim(cx, cy, r - 2), RIM)
    cv.part(m_rect(cx - 1, cy - 1, 3, 3), rgb("#6b7380"))
    # arm to the rim, pushing
    hx, hy = [(12, 31), (14, 29), (12, 31), (10, 33)][frame]
    cv.part(m_poly([(14, 23), (18, 23), (hx + 4, hy), (hx, hy)], (4, 4)), top)
    cv.part(m_rrect(hx, hy - 1, 4, 3, 1), s)
    # head
    sub = Canvas(FW, FH)
    sub.part(HEAD, s, light=lighter(s))
    face_side(sub, sp)
    beard(sub, sp, "side")
    _, front = hair_masks(sp["hair"], "side")
    draw_hair(sub, sp, front, "side")
    if sp.get("hair") not in ("long", "shoulder", "bob"):
        sub.part(m_rect(16, 13, 2, 4), skin_shade(sp))
    headwear(sub, sp, "side")
    cv.paste(sub.img.crop((0, 0, FW, 23)), 1, 0)


def m_circle_rim(cx, cy, r):
    out = set()
    for a in range(0, 360, 3):
        out.add((round(cx + r * math.cos(math.radians(a))), round(cy + r * math.sin(math.radians(a)))))
    return out


# ---------------------------------------------------------------- sheet

def frame(sp, direction, f):
    cv = Canvas(FW, FH)
    # soft ground shadow
    for (x, y) in m_ellipse(7, 42, 24, 47):
        cv.put(x, y, (30, 25, 40, 55))
    step = f in (1, 3)
    side = 1 if f == 1 else -1
    if sp.get("wheelchair"):
        if direction == "down":
            chair_front(cv, sp, f)
        elif direction == "up":
            chair_front(cv, sp, f, back=True)
        else:
            chair_side(cv, sp, f)
    else:
        if direction == "down":
            draw_front(cv, sp, step, side)
        elif direction == "up":
            draw_front(cv, sp, step, -side, back=True)
        else:
            draw_side(cv, sp, step, side)
    if direction == "right":
        cv.img = cv.img.transpose(0)
        cv.px = cv.img.load()
    return cv


def sheet(sp):
    from PIL import Image
    out = Image.new("RGBA", (FW * 4, FH * 4), (0, 0, 0, 0))
    for r, d in enumerate(("down", "left", "right", "up")):
        for c in range(4):
            out.alpha_composite(frame(sp, d, c).img, (c * FW, r * FH))
    return out
