// Element: navigation, text, and typed attribute reads that report `file:line` diagnostics.
#include <engine/core/Diagnostic.hpp>
#include <engine/xml/Document.hpp>

#include <catch2/catch.hpp>

#include <string>

using respect::engine::DiagnosticList;
using respect::engine::xml::Document;

namespace {

Document parse(const std::string& text) {
    return Document::parse(text, "level.xml");
}

} // namespace

TEST_CASE("Children are found by name, in document order", "[xml][unit]") {
    const Document document = parse("<scene>\n"
                                    "  <say who=\"a\"/>\n"
                                    "  <!-- a comment is not a child -->\n"
                                    "  <choice/>\n"
                                    "  <say who=\"b\"/>\n"
                                    "</scene>");
    const auto root = document.root();
    CHECK(root.children().size() == 3);
    const auto says = root.children("say");
    REQUIRE(says.size() == 2);
    CHECK(says[0].attribute("who") == "a");
    CHECK(says[1].attribute("who") == "b");
    CHECK(says[1].line() == 5);
    REQUIRE(root.child("choice").has_value());
    CHECK(root.child("choice")->line() == 4);
    CHECK_FALSE(root.child("missing").has_value());
    CHECK(root.children("missing").empty());
}

TEST_CASE("text() joins all text inside, entities decoded, CDATA included", "[xml][unit]") {
    const Document document = parse("<line>\n"
                                    "    Fish &amp; chips &lt;3 &#233;&#x20AC;\n"
                                    "    <![CDATA[<raw> & ]]>more <em>inner</em>.\n"
                                    "</line>");
    const auto line = document.root();
    CHECK(line.text() == "\n    Fish & chips <3 \xC3\xA9\xE2\x82\xAC\n    <raw> & more inner.\n");
    CHECK(line.normalizedText() == "Fish & chips <3 \xC3\xA9\xE2\x82\xAC <raw> & more inner.");
    CHECK(line.child("em")->text() == "inner");
}

TEST_CASE("Whitespace between inline elements survives in mixed text", "[xml][unit]") {
    const Document document = parse("<p>Hello <b>big</b> <i>wide</i>\t<u>open</u>\n"
                                    "<s>world</s></p>");
    CHECK(document.root().normalizedText() == "Hello big wide open world");
    CHECK(document.root().text() == "Hello big wide\topen \nworld");
    // Blank runs between elements of a container without text do not become text.
    const Document list = parse("<list>\n  <item>a</item>\n  <item>b</item>\n</list>");
    CHECK(list.root().text() == "ab");
    CHECK(list.root().children()[1].line() == 3);
}

TEST_CASE("normalizedText() collapses whitespace runs and trims", "[xml][unit]") {
    const Document document = parse("<say>\n\t  Welcome   to\r\n   the   team!  \n</say>");
    CHECK(document.root().normalizedText() == "Welcome to the team!");
    CHECK(parse("<say>   </say>").root().normalizedText().empty());
    CHECK(parse("<say/>").root().text().empty());
}

TEST_CASE("Attributes are read with quotes, '>' and entities in their values", "[xml][unit]") {
    const Document document = parse("<a title='say \"hi\" > 3' other=\"it's &amp; &#65;\"/>");
    const auto a = document.root();
    CHECK(a.hasAttribute("title"));
    CHECK_FALSE(a.hasAttribute("missing"));
    CHECK(a.attribute("title") == "say \"hi\" > 3");
    CHECK(a.attribute("other") == "it's & A");
    CHECK_FALSE(a.attribute("missing").has_value());
    CHECK(a.attributeNames() == std::vector<std::string_view>{"title", "other"});
}

TEST_CASE("A missing required attribute is reported at the element", "[xml][unit]") {
    const Document document = parse("<scene>\n<say>Hi</say>\n<say who=\"ana\"/></scene>");
    DiagnosticList diagnostics;
    const auto says = document.root().children();
    CHECK_FALSE(says[0].requiredAttribute("who", diagnostics).has_value());
    CHECK(says[1].requiredAttribute("who", diagnostics) == "ana");
    CHECK(diagnostics.formatAll() == "level.xml:2: error: <say> needs a 'who' attribute\n");
}

TEST_CASE("Integer attributes are strict and range-checked", "[xml][unit]") {
    const Document document = parse("<score\n"
                                    "  ok=\"7\" plus=\"+3\" bad=\"12abc\"\n"
                                    "  frac=\"1.5\" empty=\"\" big=\"99999999999\"\n"
                                    "  neg=\"-5\" spaced=\" 4\"/>");
    const auto score = document.root();
    DiagnosticList diagnostics;
    CHECK(score.intAttribute("ok", diagnostics, 0, 10) == 7);
    CHECK(score.intAttribute("plus", diagnostics, 0, 10) == 3);
    CHECK_FALSE(score.intAttribute("absent", diagnostics, 0, 10).has_value());
    CHECK(diagnostics.empty());

    CHECK_FALSE(score.intAttribute("bad", diagnostics, 0, 10).has_value());
    CHECK_FALSE(score.intAttribute("frac", diagnostics, 0, 10).has_value());
    CHECK_FALSE(score.intAttribute("empty", diagnostics, 0, 10).has_value());
    CHECK_FALSE(score.intAttribute("big", diagnostics, -1000000, 1000000).has_value());
    CHECK_FALSE(score.intAttribute("neg", diagnostics, 0, 10).has_value());
    CHECK_FALSE(score.intAttribute("spaced", diagnostics, 0, 10).has_value());
    CHECK(diagnostics.formatAll() ==
          "level.xml:2: error: attribute 'bad' of <score> must be an integer, not '12abc'\n"
          "level.xml:3: error: attribute 'frac' of <score> must be an integer, not '1.5'\n"
          "level.xml:3: error: attribute 'empty' of <score> must be an integer, not ''\n"
          "level.xml:3: error: attribute 'big' of <score> must be between -1000000 and 1000000, "
          "not '99999999999'\n"
          "level.xml:4: error: attribute 'neg' of <score> must be between 0 and 10, not '-5'\n"
          "level.xml:4: error: attribute 'spaced' of <score> must be an integer, not ' 4'\n");
}

TEST_CASE("An integer that overflows 64 bits is an out-of-range error", "[xml][unit]") {
    const Document document = parse("<a n=\"99999999999999999999\"/>");
    DiagnosticList diagnostics;
    CHECK_FALSE(document.root().intAttribute("n", diagnostics, 0, 100).has_value());
    CHECK(diagnostics.formatAll() == "level.xml:1: error: attribute 'n' of <a> must be between 0 "
                                     "and 100, not '99999999999999999999'\n");
}

TEST_CASE("Number attributes are strict, finite and range-checked", "[xml][unit]") {
    const Document document = parse(
        "<npc speed=\"2.5\" exp=\"1e2\" junk=\"3px\" huge=\"1e999\" far=\"12.5\" nan=\"nan\"/>");
    const auto npc = document.root();
    DiagnosticList diagnostics;
    CHECK(npc.numberAttribute("speed", diagnostics, 0.0, 10.0) == 2.5);
    CHECK(npc.numberAttribute("exp", diagnostics, 0.0, 1000.0) == 100.0);
    CHECK_FALSE(npc.numberAttribute("absent", diagnostics, 0.0, 1.0).has_value());
    CHECK(diagnostics.empty());
    CHECK_FALSE(npc.numberAttribute("junk", diagnostics, 0.0, 10.0).has_value());
    CHECK_FALSE(npc.numberAttribute("huge", diagnostics, 0.0, 10.0).has_value());
    CHECK_FALSE(npc.numberAttribute("far", diagnostics, 0.0, 10.0).has_value());
    CHECK_FALSE(npc.numberAttribute("nan", diagnostics, 0.0, 10.0).has_value());
    CHECK(diagnostics.formatAll() ==
          "level.xml:1: error: attribute 'junk' of <npc> must be a number, not '3px'\n"
          "level.xml:1: error: attribute 'huge' of <npc> must be a number, not '1e999'\n"
          "level.xml:1: error: attribute 'far' of <npc> must be between 0 and 10, not '12.5'\n"
          "level.xml:1: error: attribute 'nan' of <npc> must be a number, not 'nan'\n");
}

TEST_CASE("Boolean attributes accept exactly true and false", "[xml][unit]") {
    const Document document = parse("<door open=\"true\" locked=\"false\" a=\"yes\" b=\"True\" "
                                    "c=\"1\"/>");
    const auto door = document.root();
    DiagnosticList diagnostics;
    CHECK(door.boolAttribute("open", diagnostics) == true);
    CHECK(door.boolAttribute("locked", diagnostics) == false);
    CHECK_FALSE(door.boolAttribute("absent", diagnostics).has_value());
    CHECK(diagnostics.empty());
    CHECK_FALSE(door.boolAttribute("a", diagnostics).has_value());
    CHECK_FALSE(door.boolAttribute("b", diagnostics).has_value());
    CHECK_FALSE(door.boolAttribute("c", diagnostics).has_value());
    CHECK(diagnostics.formatAll() ==
          "level.xml:1: error: attribute 'a' of <door> must be 'true' or 'false', not 'yes'\n"
          "level.xml:1: error: attribute 'b' of <door> must be 'true' or 'false', not 'True'\n"
          "level.xml:1: error: attribute 'c' of <door> must be 'true' or 'false', not '1'\n");
}

TEST_CASE("Unknown attributes and children are reported with what is expected", "[xml][unit]") {
    const Document document = parse("<character id=\"ana\"\n"
                                    "           colour=\"red\" name=\"Ana\">\n"
                                    "  <line/>\n"
                                    "  <hat/>\n"
                                    "</character>");
    const auto character = document.root();
    DiagnosticList diagnostics;
    character.checkAttributes({"id", "name", "role"}, diagnostics);
    character.checkChildren({"line", "say"}, diagnostics);
    character.child("line")->checkAttributes({}, diagnostics);
    CHECK(diagnostics.formatAll() ==
          "level.xml:2: error: unknown attribute 'colour' on <character>; expected one of: id, "
          "name, role\n"
          "level.xml:4: error: unknown element <hat> in <character>; expected one of: line, say\n");

    DiagnosticList none;
    character.checkChildren({}, none);
    character.checkAttributes({}, none);
    CHECK(none.formatAll() ==
          "level.xml:3: error: unknown element <line> in <character>; it takes no child elements\n"
          "level.xml:4: error: unknown element <hat> in <character>; it takes no child elements\n"
          "level.xml:1: error: unknown attribute 'id' on <character>; it takes no attributes\n"
          "level.xml:2: error: unknown attribute 'colour' on <character>; it takes no attributes\n"
          "level.xml:2: error: unknown attribute 'name' on <character>; it takes no attributes\n");
}
