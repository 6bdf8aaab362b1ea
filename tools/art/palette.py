"""The shared soft office palette."""
from .pixel import rgb

INK = rgb("#2b2633")          # darkest line colour (pictograms, eyes)
WHITE = rgb("#fbf8f2")

# floors
FLOOR_TILE = rgb("#ddd6cb")
CARPET_BLUE = rgb("#8fa2b4")
CARPET_SAGE = rgb("#a9b995")
WOOD = rgb("#c99e70")
TOILET_TILE = rgb("#dbe6ea")
PAVEMENT = rgb("#bcb8b0")
GRASS = rgb("#8fbb6c")
MAT = rgb("#5d6169")
TACTILE = rgb("#e8c23f")

# walls
CAP = rgb("#7e7689")
FACE = rgb("#efe6d6")
FACE_LOW = rgb("#dccdb6")
BASEBOARD = rgb("#9b8670")
BRICK = rgb("#c49479")
GLASS = rgb("#a9d5ea")
FRAME_LIGHT = rgb("#d3dbe3")
FRAME_DARK = rgb("#4d535d")
STEEL = rgb("#bcc4cc")

# furniture
DESK_TOP = rgb("#e0c79f")
DESK_BODY = rgb("#7f8690")
SCREEN = rgb("#7cc3e6")
BEZEL = rgb("#343944")
CHAIR = rgb("#4b6a94")
COUNTER_FRONT = rgb("#5d9ea3")
COUNTER_TOP = rgb("#e7d7b8")
WAIT_CHAIR = rgb("#e38a62")
BELT = rgb("#3f5c85")
TABLE_WOOD = rgb("#b7875b")
CABINET = rgb("#efebe3")
WORKTOP = rgb("#c9c2b5")
LEAF = rgb("#5fa45a")
POT = rgb("#c8754f")
CORK = rgb("#cf9f67")
RUG = rgb("#c8775a")
RUG_INNER = rgb("#e7b68a")
BLUE_SIGN = rgb("#2f6db5")
GREEN_SIGN = rgb("#2f9a5c")

ACCENTS = [rgb("#e0604f"), rgb("#e8b43e"), rgb("#5fae5a"), rgb("#4a8fd0"), rgb("#8d63b8"),
           rgb("#e57fa8"), rgb("#4fb3a8"), rgb("#f08a3c")]
