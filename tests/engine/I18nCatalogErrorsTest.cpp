// Catalog::parse on malformed catalogs: each fails with its exact `file:line: error: message`.
#include <engine/core/Error.hpp>
#include <engine/i18n/Catalog.hpp>

#include <catch2/catch.hpp>

#include <string>

using respect::engine::Error;
using namespace respect::engine::i18n;

namespace {

std::string failureOf(const std::string& text) {
    try {
        Catalog::parse(text, "bad.xlf");
    } catch (const Error& error) {
        return error.what();
    }
    return "no error";
}

// A catalog whose <body> holds `units`, which start on line 5.
std::string withBody(const std::string& units) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
           "  <file original=\"x\" source-language=\"en\" target-language=\"fr\">\n"
           "    <body>\n" +
           units +
           "    </body>\n"
           "  </file>\n"
           "</xliff>\n";
}

} // namespace

TEST_CASE("Units need an id, and ids are unique", "[i18n][unit]") {
    CHECK(failureOf(withBody("      <trans-unit>\n"
                             "        <source>Hi</source>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:5: error: <trans-unit> needs an 'id' attribute");
    CHECK(failureOf(withBody("      <trans-unit id=\"\"><source>Hi</source></trans-unit>\n")) ==
          "bad.xlf:5: error: <trans-unit> has an empty 'id'");
    CHECK(failureOf(withBody("      <trans-unit id=\"hello\"><source>Hi</source></trans-unit>\n"
                             "      <group>\n"
                             "        <trans-unit id=\"hello\"><source>Hey</source></trans-unit>\n"
                             "      </group>\n")) ==
          "bad.xlf:7: error: duplicate unit id 'hello' (first used on line 5)");
    // A plural group's id and its forms' ids are taken too.
    CHECK(failureOf(withBody("      <group id=\"n\" restype=\"x-gettext-plurals\">\n"
                             "        <trans-unit id=\"n[0]\"><source>one</source></trans-unit>\n"
                             "        <trans-unit id=\"n[1]\"><source>many</source></trans-unit>\n"
                             "      </group>\n"
                             "      <trans-unit id=\"n\"><source>again</source></trans-unit>\n")) ==
          "bad.xlf:9: error: duplicate unit id 'n' (first used on line 5)");
    CHECK(
        failureOf(withBody("      <trans-unit id=\"n[1]\"><source>one</source></trans-unit>\n")) ==
        "bad.xlf:5: error: unit id 'n[1]' ends like a plural form; plural forms belong in a "
        "<group restype=\"x-gettext-plurals\">");
}

TEST_CASE("Units need one <source> of plain text and a known state", "[i18n][unit]") {
    CHECK(failureOf(withBody("      <trans-unit id=\"a\">\n"
                             "        <target>Salut</target>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:5: error: unit 'a' has no <source>");
    CHECK(failureOf(withBody("      <trans-unit id=\"a\">\n"
                             "        <source>Hi</source>\n"
                             "        <source>Hello</source>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:7: error: unit 'a' has more than one <source>");
    CHECK(failureOf(withBody("      <trans-unit id=\"a\">\n"
                             "        <source>Hi</source>\n"
                             "        <target state=\"done\">Salut</target>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:7: error: unit 'a': unknown state 'done'; expected new, needs-translation, "
          "needs-review-translation, translated or final");
    CHECK(failureOf(withBody("      <trans-unit id=\"a\" approved=\"true\">\n"
                             "        <source>Hi</source>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:5: error: unit 'a': approved is 'true'; expected 'yes' or 'no'");
    CHECK(failureOf(withBody("      <trans-unit id=\"a\">\n"
                             "        <source>Hi <g id=\"1\">there</g></source>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:6: error: unit 'a': <source> holds markup <g>; only plain text is supported");
    CHECK(failureOf(withBody("      <trans-unit id=\"a\" xml:space=\"keep\">\n"
                             "        <source>Hi</source>\n"
                             "      </trans-unit>\n")) ==
          "bad.xlf:5: error: xml:space is 'keep'; expected 'default' or 'preserve'");
}

TEST_CASE("Units live inside <file><body>", "[i18n][unit]") {
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "  <file original=\"x\" source-language=\"en\" target-language=\"fr\">\n"
                    "    <body/>\n"
                    "    <trans-unit id=\"a\"><source>Hi</source></trans-unit>\n"
                    "  </file>\n"
                    "</xliff>\n") ==
          "bad.xlf:4: error: <trans-unit> is directly in <file>; units belong inside "
          "<file><body>");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "  <trans-unit id=\"a\"><source>Hi</source></trans-unit>\n"
                    "</xliff>\n") ==
          "bad.xlf:2: error: <trans-unit> is directly in <xliff>; units belong inside "
          "<file><body>");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "  <file original=\"x\" source-language=\"en\" target-language=\"fr\">\n"
                    "    <header/>\n"
                    "  </file>\n"
                    "</xliff>\n") == "bad.xlf:2: error: <file> has no <body>");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "  <file original=\"x\" source-language=\"en\" target-language=\"fr\">\n"
                    "    <body/>\n"
                    "    <glossary/>\n"
                    "  </file>\n"
                    "</xliff>\n") ==
          "bad.xlf:4: error: <file> may hold only <header> and <body>, not <glossary>");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "</xliff>\n") == "bad.xlf:1: error: <xliff> has no <file>");
}

TEST_CASE("The root is <xliff> 1.2 with one language pair", "[i18n][unit]") {
    CHECK(failureOf("<?xml version=\"1.0\"?>\n"
                    "<resources>\n"
                    "</resources>\n") ==
          "bad.xlf:2: error: root element is <resources>, expected <xliff>");
    CHECK(failureOf("<xliff>\n"
                    "</xliff>\n") == "bad.xlf:1: error: <xliff> needs a 'version' attribute");
    CHECK(failureOf("<xliff version=\"2.0\">\n"
                    "</xliff>\n") ==
          "bad.xlf:1: error: XLIFF version '2.0' is not supported; expected 1.2");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "  <file original=\"x\" target-language=\"fr\">\n"
                    "    <body/>\n"
                    "  </file>\n"
                    "</xliff>\n") ==
          "bad.xlf:2: error: <file> needs a 'source-language' attribute");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "\n"
                    "  <file original=\"x\" source-language=\"en\">\n"
                    "    <body/>\n"
                    "  </file>\n"
                    "</xliff>\n") ==
          "bad.xlf:3: error: <file> needs a 'target-language' attribute");
    CHECK(failureOf("<xliff version=\"1.2\">\n"
                    "  <file original=\"a\" source-language=\"en\" target-language=\"fr\">\n"
                    "    <body/>\n"
                    "  </file>\n"
                    "  <file original=\"b\" source-language=\"en\" target-language=\"de\">\n"
                    "    <body/>\n"
                    "  </file>\n"
                    "</xliff>\n") ==
          "bad.xlf:5: error: <file> is en → de, but an earlier <file> is en → fr; a catalog "
          "holds one language pair");
}

TEST_CASE("Plural groups hold the forms id[0], id[1]… in order", "[i18n][unit]") {
    CHECK(failureOf(withBody("      <group id=\"n\" restype=\"x-gettext-plurals\">\n"
                             "      </group>\n")) ==
          "bad.xlf:5: error: plural group has no <trans-unit>");
    CHECK(failureOf(withBody("      <group id=\"n\" restype=\"x-gettext-plurals\">\n"
                             "        <trans-unit id=\"n[0]\"><source>one</source></trans-unit>\n"
                             "        <trans-unit id=\"n[2]\"><source>many</source></trans-unit>\n"
                             "      </group>\n")) ==
          "bad.xlf:7: error: unit 'n[2]' in plural group 'n' should have the id 'n[1]'");
    CHECK(failureOf(withBody("      <group restype=\"x-gettext-plurals\">\n"
                             "        <trans-unit id=\"n\"><source>one</source></trans-unit>\n"
                             "      </group>\n")) ==
          "bad.xlf:6: error: the first unit of a plural group without an id must have an id "
          "ending in [0], not 'n'");
    CHECK(failureOf(withBody("      <group id=\"n\" restype=\"x-gettext-plurals\">\n"
                             "        <trans-unit id=\"n[0]\"><source>one</source></trans-unit>\n"
                             "        <group/>\n"
                             "      </group>\n")) ==
          "bad.xlf:7: error: a plural group cannot hold another <group>");
    // Without a group id, the base id comes from the first form.
    const Catalog catalog = Catalog::parse(
        withBody("      <group restype=\"x-gettext-plurals\">\n"
                 "        <trans-unit id=\"n[0]\"><source>one</source></trans-unit>\n"
                 "        <trans-unit id=\"n[1]\"><source>many</source></trans-unit>\n"
                 "      </group>\n"),
        "ok.xlf");
    REQUIRE(catalog.find("n") != nullptr);
    CHECK(catalog.find("n")->forms.size() == 2);
}

TEST_CASE("Broken XML is reported by the safe reader", "[i18n][unit]") {
    CHECK(failureOf("<!DOCTYPE xliff [<!ENTITY e \"boom\">]>\n"
                    "<xliff version=\"1.2\"/>\n")
              .rfind("bad.xlf:1: error: ", 0) == 0);
    CHECK(failureOf(withBody("      <trans-unit id=\"a\"><source>&eacute;</source></trans-unit>\n"))
              .rfind("bad.xlf:5: error: ", 0) == 0);
    CHECK(failureOf(withBody("      <trans-unit id=\"a\"><source>Hi</target></trans-unit>\n"))
              .rfind("bad.xlf:5: error: ", 0) == 0);
}
