// The pre-scan every XML file passes before tinyxml2: each rejection with its exact
// message and line, through Document::parse as callers see it.
#include <engine/core/Error.hpp>
#include <engine/xml/Document.hpp>

#include <catch2/catch.hpp>

#include <random>
#include <string>

using respect::engine::Error;
using respect::engine::xml::Document;
using respect::engine::xml::Limits;

namespace {

// "t.xml:3: error: message" when the text is rejected, "accepted" otherwise.
std::string verdict(const std::string& text, const Limits& limits = {}) {
    try {
        Document::parse(text, "t.xml", limits);
    } catch (const Error& error) {
        return error.what();
    }
    return "accepted";
}

std::string nested(int depth) {
    std::string text;
    for (int i = 0; i < depth; ++i) {
        text += "<e>\n";
    }
    for (int i = 0; i < depth; ++i) {
        text += "</e>\n";
    }
    return text;
}

std::string withAttributes(int count) {
    std::string text = "<a";
    for (int i = 0; i < count; ++i) {
        text += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
    }
    return text + "/>";
}

} // namespace

TEST_CASE("An empty or blank file is rejected as empty", "[xml][unit]") {
    CHECK(verdict("") == "t.xml: error: file is empty");
    CHECK(verdict("  \n\t\r\n") == "t.xml: error: file is empty");
    CHECK(verdict("\xEF\xBB\xBF") == "t.xml: error: file is empty");
    CHECK(verdict("<!-- only a comment -->\n") == "t.xml:1: error: file has no root element");
}

TEST_CASE("UTF-16 and UTF-32 files are told to be saved as UTF-8", "[xml][unit]") {
    using namespace std::string_literals;
    const std::string utf16 = "t.xml:1: error: file is UTF-16; save it as UTF-8";
    const std::string utf32 = "t.xml:1: error: file is UTF-32; save it as UTF-8";
    CHECK(verdict("\xFF\xFE<\0a\0/\0>\0"s) == utf16); // little-endian byte order mark
    CHECK(verdict("\xFE\xFF\0<\0a\0/\0>"s) == utf16); // big-endian byte order mark
    CHECK(verdict("<\0a\0/\0>\0"s) == utf16);         // no mark, NUL in the first bytes
    CHECK(verdict("\0<\0a\0/\0>"s) == utf16);
    CHECK(verdict("\xFF\xFE\0\0<\0\0\0a\0\0\0"s) == utf32);
    CHECK(verdict("\0\0\xFE\xFF\0\0\0<"s) == utf32);
    CHECK(verdict("<\0\0\0a\0\0\0"s) == utf32);
}

TEST_CASE("NUL and other control bytes are binary data", "[xml][unit]") {
    using namespace std::string_literals;
    CHECK(verdict("<a>\n\n x\0y</a>"s) == "t.xml:3: error: binary data (byte 0x00) is not allowed");
    CHECK(verdict("<a>\x07</a>") == "t.xml:1: error: binary data (byte 0x07) is not allowed");
    CHECK(verdict("<a>\n\x1B[31m</a>") == "t.xml:2: error: binary data (byte 0x1B) is not allowed");
    CHECK(verdict("<a>\ttab\r\n</a>") == "accepted");
}

TEST_CASE("A bad byte is found at its line wherever it falls in a long plain run",
          "[xml][unit]") {
    // Plain ASCII is passed eight bytes at a time: try every alignment and both ends.
    for (std::size_t before = 0; before < 20; ++before) {
        INFO(before << " plain bytes before the bad one");
        const std::string run(before, 'x');
        CHECK(verdict("<a>\n" + run + '\x01' + run + "</a>") ==
              "t.xml:2: error: binary data (byte 0x01) is not allowed");
        CHECK(verdict("<a>\n\n" + run + "\xE9" + run + "</a>") ==
              "t.xml:3: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
        CHECK(verdict("<a>" + run + "\x7F caf\xC3\xA9\t" + run + "</a>") == "accepted");
    }
    CHECK(verdict("<a x=\"it's\" y='say \"hi\"'>\"Quoted\" and 'quoted' text</a>") == "accepted");
    CHECK(verdict("<a>0123456789abcdef</a>\x1F") ==
          "t.xml:1: error: binary data (byte 0x1F) is not allowed");
}

TEST_CASE("Random binary garbage is rejected, never parsed", "[xml][unit]") {
    CHECK(verdict("\x89PNG\r\n\x1A\n") ==
          "t.xml:1: error: invalid UTF-8 (byte 0x89); save the file as UTF-8");
    std::mt19937 random(12345);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 50; ++round) {
        std::string garbage(4096, ' ');
        for (char& c : garbage) {
            c = static_cast<char>(byte(random));
        }
        const std::string result = verdict(garbage);
        INFO("round " << round << ": " << result);
        const bool explained = result.find("binary data (byte 0x") != std::string::npos ||
                               result.find("invalid UTF-8") != std::string::npos ||
                               result.find("file is UTF-") != std::string::npos;
        CHECK(explained);
    }
}

TEST_CASE("Invalid UTF-8 is rejected at its line", "[xml][unit]") {
    CHECK(verdict("<a>\ncaf\xE9</a>") ==
          "t.xml:2: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8"); // Latin-1 é
    CHECK(verdict("<a>\xC0\xAF</a>") ==
          "t.xml:1: error: invalid UTF-8 (byte 0xC0); save the file as UTF-8"); // overlong '/'
    CHECK(verdict("<a>\n\n\xED\xA0\x80</a>") ==
          "t.xml:3: error: invalid UTF-8 (byte 0xED); save the file as UTF-8"); // surrogate
    CHECK(verdict("<a>\xF4\x90\x80\x80</a>") ==
          "t.xml:1: error: invalid UTF-8 (byte 0xF4); save the file as UTF-8"); // > U+10FFFF
    CHECK(verdict("<a/>\xE2\x82") ==
          "t.xml:1: error: invalid UTF-8 (byte 0xE2); save the file as UTF-8"); // cut short
    CHECK(verdict("<a>\xEF\xBF\xBF</a>") == "t.xml:1: error: character U+FFFF is not allowed");
    CHECK(verdict("\xEF\xBB\xBF<a>caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80</a>") == "accepted");
}

TEST_CASE("DOCTYPE and ENTITY declarations are refused", "[xml][unit]") {
    const std::string laughs = "<?xml version=\"1.0\"?>\n"
                               "<!DOCTYPE lolz [\n"
                               "  <!ENTITY lol \"lol\">\n"
                               "  <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">\n"
                               "]>\n"
                               "<lolz>&lol2;</lolz>\n";
    CHECK(verdict(laughs) == "t.xml:2: error: DOCTYPE/ENTITY declarations are not allowed");
    CHECK(verdict("<a>\n<!ENTITY x \"y\">\n</a>") ==
          "t.xml:2: error: DOCTYPE/ENTITY declarations are not allowed");
    CHECK(verdict("<a><!-- <!DOCTYPE in a comment is fine --></a>") == "accepted");
}

TEST_CASE("Character references must name a valid XML character", "[xml][unit]") {
    CHECK(verdict("<a>\nbefore&#0;after</a>") ==
          "t.xml:2: error: character reference '&#0;' is not a valid character");
    CHECK(verdict("<a>&#x0;</a>") ==
          "t.xml:1: error: character reference '&#x0;' is not a valid character");
    CHECK(verdict("<a v=\"&#xD800;\"/>") ==
          "t.xml:1: error: character reference '&#xD800;' is not a valid character");
    CHECK(verdict("<a>&#x110000;</a>") ==
          "t.xml:1: error: character reference '&#x110000;' is not a valid character");
    CHECK(verdict("<a>&#1;</a>") ==
          "t.xml:1: error: character reference '&#1;' is not a valid character");
    CHECK(verdict("<a>&#4294967361;</a>") == // 2^32 + 'A' must not wrap around to 'A'
          "t.xml:1: error: character reference '&#4294967361;' is not a valid character");
    CHECK(verdict("<a>&#;</a>") ==
          "t.xml:1: error: malformed character reference '&#'; write &amp; for a literal '&'");
    CHECK(verdict("<a>&#x41</a>") ==
          "t.xml:1: error: malformed character reference '&#x41'; write &amp; for a literal '&'");
    CHECK(verdict("<a>&#65;&#x1F600;&#xe9;</a>") == "accepted");
}

TEST_CASE("Only the five XML entities are known and '&' must be escaped", "[xml][unit]") {
    CHECK(verdict("<a>R&D</a>") == "t.xml:1: error: '&' must be written as &amp;");
    CHECK(verdict("<a t=\"Q&A\"/>") == "t.xml:1: error: '&' must be written as &amp;");
    CHECK(verdict("<a>\n&nbsp;</a>") ==
          "t.xml:2: error: unknown entity '&nbsp;'; only &lt; &gt; &amp; &apos; &quot; and "
          "character references such as &#233; are allowed");
    CHECK(verdict("<a x=\"&quot;&apos;\">&lt;&gt;&amp;</a>") == "accepted");
}

TEST_CASE("Nesting deeper than the limit is rejected", "[xml][unit]") {
    CHECK(verdict(nested(1000)) ==
          "t.xml:65: error: elements are nested too deeply (more than 64 levels)");
    CHECK(verdict(nested(64)) == "accepted");
    Limits shallow;
    shallow.maxDepth = 3;
    CHECK(verdict("<a><b><c><d/></c></b></a>", shallow) ==
          "t.xml:1: error: elements are nested too deeply (more than 3 levels)");
}

TEST_CASE("More elements than the limit are rejected", "[xml][unit]") {
    Limits few;
    few.maxElements = 3;
    CHECK(verdict("<a>\n<b/>\n<c/>\n<d/>\n</a>", few) ==
          "t.xml:4: error: too many elements (more than 3)");
    CHECK(verdict("<a>\n<b/>\n<c/>\n</a>", few) == "accepted");
    std::string flat = "<a>";
    for (int i = 0; i < 200000; ++i) {
        flat += "<b/>";
    }
    CHECK(verdict(flat + "</a>") == "t.xml:1: error: too many elements (more than 200000)");
}

// Speed is measured in bench/, not here: the point is that the pre-scan refuses the
// element before tinyxml2 (quadratic in attributes) ever sees it.
TEST_CASE("10,000 attributes on one element are rejected before parsing", "[xml][unit]") {
    CHECK(verdict(withAttributes(10000)) ==
          "t.xml:1: error: too many attributes on <a> (more than 64)");
    CHECK(verdict(withAttributes(64)) == "accepted");
}

TEST_CASE("Attributes must be unique, spaced, quoted and free of '<'", "[xml][unit]") {
    CHECK(verdict("<a\n x=\"1\"\n x=\"2\"/>") ==
          "t.xml:3: error: attribute 'x' appears twice on <a>");
    CHECK(verdict("<a b=\"1\" c=\"2\" d=\"3\" e=\"4\" c=\"5\"/>") ==
          "t.xml:1: error: attribute 'c' appears twice on <a>");
    CHECK(verdict("<a b=\"1\"><c b=\"2\"/></a>") == "accepted"); // per tag, not per file
    CHECK(verdict("<a x=\"1\"y=\"2\"/>") ==
          "t.xml:1: error: missing space before attribute 'y' in the tag <a>");
    CHECK(verdict("<a x=1/>") ==
          "t.xml:1: error: the value of attribute 'x' on <a> must be in quotes");
    CHECK(verdict("<a x/>") ==
          "t.xml:1: error: attribute 'x' on <a> needs a value, as in x=\"...\"");
    CHECK(verdict("<a x=\"1 < 2\"/>") ==
          "t.xml:1: error: '<' in the value of attribute 'x' on <a>: write &lt; (or is a "
          "closing quote missing?)");
    CHECK(verdict("<a x=\"1>\n<b/></a>") ==
          "t.xml:2: error: '<' in the value of attribute 'x' on <a>: write &lt; (or is a "
          "closing quote missing?)");
}

TEST_CASE("Names, attribute values and text longer than the limit are rejected", "[xml][unit]") {
    const std::string big(64 * 1024 + 1, 'x');
    CHECK(verdict("<a>\n<b v=\"" + big + "\"/></a>") ==
          "t.xml:2: error: the value of attribute 'v' on <b> is too long (more than 65536 bytes)");
    CHECK(verdict("<a>\n\n" + big + "</a>") ==
          "t.xml:3: error: text is too long (more than 65536 bytes)");
    CHECK(verdict("<a>\n<![CDATA[" + big + "]]></a>") ==
          "t.xml:2: error: text is too long (more than 65536 bytes)");
    CHECK(verdict("<a" + big + "/>") ==
          "t.xml:1: error: a name is too long (more than 65536 bytes)");
    CHECK(verdict("<a v=\"" + std::string(64 * 1024, 'x') + "\"/>") == "accepted");
}

TEST_CASE("A mismatched closing tag is reported at the closing tag's line", "[xml][unit]") {
    CHECK(verdict("<root>\n\n<a>\n<b>\n</a>\n</root>") ==
          "t.xml:5: error: closing tag </a> does not match <b> opened on line 4");
    CHECK(verdict("<root>\n\n<a>\n</b>\n</root>") ==
          "t.xml:4: error: closing tag </b> does not match <a> opened on line 3");
    CHECK(verdict("<a/>\n</a>") == "t.xml:2: error: closing tag </a> has no matching opening tag");
}

TEST_CASE("An element never closed is reported with the line it opened", "[xml][unit]") {
    CHECK(verdict("<root>\n<b/>\n<a>\n<c/>\n") ==
          "t.xml:4: error: <a> opened on line 3 is never closed");
    CHECK(verdict("<root>\n<a x=\"1\"\n") ==
          "t.xml:2: error: unexpected end of file in the tag <a> opened on line 2");
    CHECK(verdict("<root>\n<a x=\"1/>\n</root>") ==
          "t.xml:3: error: '<' in the value of attribute 'x' on <a>: write &lt; (or is a closing "
          "quote missing?)");
    CHECK(verdict("<root x=\"1") ==
          "t.xml:1: error: unexpected end of file in the value of attribute 'x' on <root> "
          "opened on line 1");
    CHECK(verdict("<root>\n<!-- note\n\n") ==
          "t.xml:3: error: unexpected end of file in the comment opened on line 2");
    CHECK(verdict("<root><![CDATA[\nx") ==
          "t.xml:2: error: unexpected end of file in the CDATA section opened on line 1");
    CHECK(verdict("<?xml version=\"1.0\"") ==
          "t.xml:1: error: unexpected end of file in the processing instruction opened on "
          "line 1");
    CHECK(verdict("<root></root") ==
          "t.xml:1: error: unexpected end of file in the closing tag </root> on line 1");
}

TEST_CASE("A file has exactly one root element and no text outside it", "[xml][unit]") {
    CHECK(verdict("<a/>\n<b/>\n") ==
          "t.xml:2: error: more than one root element: <b> after <a>; a file has exactly one "
          "root element");
    CHECK(verdict("<a></a>\n\ntrailing words") == "t.xml:3: error: text outside the root element");
    CHECK(verdict("hello <a/>") == "t.xml:1: error: text outside the root element");
    CHECK(verdict("<a/>&amp;") == "t.xml:1: error: text outside the root element");
    CHECK(verdict("<a/>\n<![CDATA[x]]>") == "t.xml:2: error: text outside the root element");
    CHECK(verdict("\n  <a/>  \n\n") == "accepted");
}

TEST_CASE("Stray '<' and malformed markup are explained", "[xml][unit]") {
    CHECK(verdict("<a>1 < 2</a>") ==
          "t.xml:1: error: '<' must start a tag; write &lt; for a literal '<'");
    CHECK(verdict("<a><!- x -></a>") ==
          "t.xml:1: error: malformed markup after '<!'; a comment is written <!-- like this -->");
    CHECK(verdict("<a></ a>") ==
          "t.xml:1: error: malformed closing tag; expected a name after '</'");
    CHECK(verdict("<a></a x>") == "t.xml:1: error: malformed closing tag </a>; expected '>'");
    CHECK(verdict("<a / >") == "t.xml:1: error: expected '>' after '/' in the tag <a>");
    CHECK(verdict("<a =\"1\"/>") == "t.xml:1: error: unexpected character '=' in the tag <a>");
}

TEST_CASE("Declarations and processing instructions must come first", "[xml][unit]") {
    CHECK(verdict("\n<?xml version=\"1.0\"?><a/>") ==
          "t.xml:2: error: the <?xml ...?> declaration must be at the very start of the file");
    CHECK(verdict("<!-- c -->\n<?app hint?><a/>") ==
          "t.xml:2: error: processing instructions (<?...?>) are only allowed at the start of "
          "the file, before any comment or element");
    CHECK(verdict("<a><?app x?></a>") ==
          "t.xml:1: error: processing instructions (<?...?>) are only allowed at the start of "
          "the file, before any comment or element");
    CHECK(verdict("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") ==
          "t.xml:1: error: the file declares encoding 'ISO-8859-1'; save it as UTF-8 and "
          "declare encoding=\"UTF-8\"");
    CHECK(verdict("<?xml version='1.0' encoding='utf-8'?>\n<?app hint?>\n<a/>") == "accepted");
}

TEST_CASE("Comments, CDATA, quotes, '>' in values and self-closing tags are accepted",
          "[xml][unit]") {
    const std::string text = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<!-- a comment with <tags> & ampersands -->\n"
                             "<level id='a\"b' title=\"it's > 3\" >\n"
                             "  <note><![CDATA[ <not-a-tag> & ]]></note>\n"
                             "  <empty/><empty />\n"
                             "  <spaced\n    x = \"1\"\n  ></spaced >\n"
                             "</level>\n"
                             "<!-- trailing comment -->\n";
    CHECK(verdict(text) == "accepted");
}

TEST_CASE("Files larger than the byte limit are rejected before scanning", "[xml][unit]") {
    const std::string big = "<a>" + std::string(10 * 1024 * 1024, ' ') + "</a>";
    CHECK(verdict(big) == "t.xml: error: file is too large (10485767 bytes, the limit is 8388608)");
    Limits tiny;
    tiny.maxBytes = 4;
    CHECK(verdict("<ab/>", tiny) == "t.xml: error: file is too large (5 bytes, the limit is 4)");
}

TEST_CASE("Mutated documents are accepted or rejected, never crash", "[xml][unit]") {
    const std::string valid = "<?xml version=\"1.0\"?>\n<scene id=\"a\">\n"
                              "  <say who=\"ana\">Hi &amp; <b>bye</b> &#233;</say>\n"
                              "  <![CDATA[x]]><!-- c --><e a='1' b=\"2\"/>\n</scene>\n";
    const std::string alphabet = "<>/!?-&#;=\"' \n[]ax\xC3\xA9";
    std::mt19937 random(2024);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = valid;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % text.size();
            const char c = alphabet[random() % alphabet.size()];
            switch (random() % 3) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, 1, c);
                break;
            default:
                text.erase(at, 1);
                break;
            }
        }
        try {
            const Document document = Document::parse(text, "t.xml");
            CHECK(!document.root().name().empty());
            ++accepted;
        } catch (const Error& error) {
            CHECK(error.diagnostic().file == "t.xml");
        }
    }
    CHECK(accepted > 0);
}
