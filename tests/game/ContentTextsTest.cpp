// The notes `respect extract` writes for translators: they say what a text is and where,
// quoting the choice a feedback follows.

#include "LevelTestSupport.hpp"

#include <game/i18n/ContentTexts.hpp>

#include <catch2/catch.hpp>

using namespace respect;

namespace {

std::string noteOf(const std::vector<engine::i18n::SourceText>& units, const std::string& id) {
    for (const auto& unit : units) {
        if (unit.id == id) {
            REQUIRE_FALSE(unit.notes.empty());
            return unit.notes.front().text;
        }
    }
    FAIL("no unit " << id);
    return {};
}

} // namespace

TEST_CASE("A feedback's note quotes its choice once, even when the choice is quoted speech",
          "[i18n][extract]") {
    engine::DiagnosticList diagnostics;
    const auto level = test::levelFromText(R"XML(<level id="quotes" version="1" lang="en">
  <meta><title>Quotes</title></meta>
  <cast><character id="amina" name="Amina" role="colleague"/></cast>
  <encounter id="hello" with="amina" trigger="talk">
    <node id="start">
      <say who="amina">Hello.</say>
      <choice goto="done"><text>"Good morning!"</text>
        <feedback rule="serve-in-own-language">Said.</feedback></choice>
      <choice goto="done"><text>Wave.</text>
        <feedback rule="serve-in-own-language">Done.</feedback></choice>
    </node>
    <node id="done"><end outcome="respectful"/></node>
  </encounter>
</level>)XML",
                                           diagnostics);
    REQUIRE(level);
    const auto units = game::levelSourceTexts(*level, test::smallCode());
    CHECK(noteOf(units, "hello/start#choice-1:feedback") ==
          "Encounter 'hello': feedback after the choice \"Good morning!\", explaining the rule "
          "\"Serve people in a language they understand\" (serve-in-own-language)");
    CHECK(noteOf(units, "hello/start#choice-2:feedback").find("after the choice \"Wave.\",") !=
          std::string::npos);
}
