"""The cast: who each character is, in drawing terms."""
from .pixel import rgb

# Common clothing colours
NAVY, GREY = rgb("#3f4c63"), rgb("#6c7480")

CAST = {
    "player": dict(
        skin="#c68e63", hair="short_neutral", hair_color="#3b2a22", top="#4f9a94", top_style="cardigan",
        inner="#f3efe6", bottom="#55606e", shoes="#3a3532", staff=True, age=30, bg="#cfe6e2"),
    "amina": dict(
        skin="#a86b45", hair="none", hair_color="#2a1e1a", headwear="hijab", headwear_color="#8e4d74", underscarf="#5e2f4f",
        top="#e0c58f", top_style="tunic", inner="#8e4d74", bottom="#3f3b52", shoes="#3a3532",
        staff=True, age=34, bg="#ecd9e4", lips="#8a4a3a"),
    "marc": dict(
        skin="#f0c8a6", hair="balding", hair_color="#cfccc6", top="#9bb8d6", top_style="vest",
        inner="#9bb8d6", vest="#8a6a4e", bottom="#b5a58a", shoes="#5a4030", staff=True, age=62,
        glasses="#4a4f5a", cane=True, bg="#e6e0cf"),  # blind: white cane (sample-first-day)
    "sofie": dict(
        skin="#f6d5bf", hair="long", hair_color="#c85a2c", top="#6fae7c", top_style="sweater",
        bottom="#4e6a92", shoes="#e8e4dc", staff=True, age=25, freckles=True, bg="#f3e0cc",
        lips="#d77a6e"),
    "david": dict(
        skin="#e5b48c", hair="short", hair_color="#4a3426", headwear="kippah", headwear_color="#2f4f8f",
        beard="trim", top="#f1f1ee", top_style="blazer", vest="#5e6772", bottom="#4a505a",
        shoes="#2f2a28", staff=True, age=44, bg="#d9e2ee"),
    "harpreet": dict(
        skin="#9c6442", hair="none", hair_color="#1d1a1c", headwear="turban", headwear_color="#2d4f9a",
        beard="full", top="#b9a6d6", top_style="shirt", bottom="#3b3f4a", shoes="#2f2a28", staff=True,
        age=45, bg="#e6e1f0"),
    "alex": dict(
        skin="#e9bb96", hair="shoulder", hair_color="#6b4a2e", top="#e2806a", top_style="blouse",
        bottom="#2f3340", shoes="#2f2a28", staff=True, age=33, earrings="#e8c15a", bg="#f5dcd3",
        lips="#c0605a", lashes=True),
    "nadia": dict(
        skin="#6a4128", hair="afro_short", hair_color="#1f1a1c", grey_streaks=True, top="#8e3b4a",
        top_style="blazer", inner="#f3efe6", vest="#8e3b4a", bottom="#2f3340", shoes="#2f2a28",
        staff=True, age=54, earrings="#e8c15a", glasses="#b5413f", bg="#efdccc", lips="#5a2a26"),
    "karim": dict(
        skin="#c4916a", hair="short_curly", hair_color="#231a17", top="#34547a", top_style="hoodie",
        bottom="#3f4450", shoes="#e8e4dc", staff=True, age=26, wheelchair="#3c4656", bg="#d6e4ef"),
    "mr-peeters": dict(
        skin="#f2c9ae", hair="balding", hair_color="#d9d6d0", headwear="flatcap", headwear_color="#7a6a55",
        top="#c7b48d", top_style="jacket", inner="#eae6dc", bottom="#6e5a45", shoes="#4a3424",
        age=74, bg="#e3e8d6"),
    "mrs-diallo": dict(
        skin="#5b3620", hair="none", hair_color="#1f1a1c", headwear="headwrap", headwear_color="#e8902f",
        pattern="#2f8a6a", top="#2f8a6a", top_pattern="#f0b04a", top_style="dress", bottom="#2f8a6a",
        shoes="#4a3424", age=43, earrings="#e8c15a", bg="#f4e4c4", lips="#4a2418"),
    "lucas": dict(
        skin="#dfae86", hair="short", hair_color="#7a5536", beard="stubble", top="#5f8a58",
        top_style="jacket", inner="#ece7dc", bottom="#3f4c63", shoes="#3a3532", age=35,
        wheelchair="#8a3d3d", bg="#dfead8"),
    "mrs-janssens": dict(
        skin="#f1cbb0", hair="bob", hair_color="#c9b48a", top="#a68cc0", top_style="coat",
        bottom="#4a4f5a", shoes="#3a3532", age=56, dark_glasses=True, cane=True, bg="#e8e2f0",
        lips="#c47a72"),
    "ms-lambert": dict(
        skin="#e9c2a2", hair="bob", hair_color="#6b4a34", top="#8c7f9e", top_style="coat",
        bottom="#4e5563", shoes="#3a3532", age=44, bag=True, bg="#e6e0ea", lips="#b8756c"),
    "tomasz": dict(
        skin="#e7be9e", hair="buzz", hair_color="#8a6a4a", beard="stubble", top="#6f7458", top_style="worn",
        inner="#9a9384", bottom="#5b5f66", shoes="#4a3f36", age=36, bag=True, bg="#e2e0d8"),
    "ines": dict(
        skin="#d7a07a", hair="ponytail", hair_color="#2e1f18", top="#f0c75e", top_style="sweater",
        bottom="#4e6a92", shoes="#e8e4dc", age=24, baby=True, carrier="#4fa39a", bg="#f6ead0",
        earrings="#e8c15a", lips="#b0584e"),
    # The cleaner in a-family-like-any-other: a contractor's tabard over a grey shirt, no staff badge.
    "piotr": dict(
        skin="#e8b896", hair="short", hair_color="#9a958c", top="#8a9098", top_style="vest",
        inner="#8a9098", vest="#2f8f9d", bottom="#3f4652", shoes="#2f2a28", age=52,
        bg="#d8ebee"),
    # The young mother in online-only, not to be confused with Ms Ferreira (ines).
    "ms-moreira": dict(
        skin="#8d5a3b", hair="long", hair_color="#1c1512", top="#c9556b", top_style="coat",
        bottom="#2f3340", shoes="#3a3532", age=29, baby=True, carrier="#e0b24a", bg="#f4dde2",
        earrings="#d9d9de", lips="#7a3a34"),
}


def spec(cid):
    s = dict(CAST[cid])
    for k, v in list(s.items()):
        if isinstance(v, str) and v.startswith("#"):
            s[k] = rgb(v)
    s["id"] = cid
    return s
