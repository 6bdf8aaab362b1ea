// `respect check --coverage`: which encounters cover each dimension of the code with a
// colleague and with a customer, and the gaps a trainer would want to know about.

#include "LevelTestSupport.hpp"
#include "RunProgram.hpp"

#include <game/level/Coverage.hpp>

#include <catch2/catch.hpp>

using namespace respect;

namespace {

// A colleague encounter that scores language, offers no mistake and has no facilitator
// note, and a customer encounter without a respectful ending whose choice has no
// feedback; no debrief questions.
const char* const kLevel = R"XML(<level id="gaps" version="1" lang="en">
  <meta><title>Gaps</title><dimension ref="language"/></meta>
  <cast>
    <character id="amina" name="Amina" role="colleague"/>
    <character id="bob" name="Mr Bob" role="customer"/>
  </cast>
  <encounter id="hello" with="amina" trigger="talk">
    <node id="start">
      <say who="amina">Hello.</say>
      <choice goto="done"><text>Answer in her language.</text>
        <score dimension="language" delta="1"/>
        <feedback rule="serve-in-own-language">Good.</feedback></choice>
    </node>
    <node id="done"><end outcome="respectful"/></node>
  </encounter>
  <encounter id="counter" with="bob" trigger="talk">
    <note>Discuss the nod.</note>
    <node id="start">
      <say who="bob">Good morning.</say>
      <choice goto="done"><text>Nod.</text><score dimension="disability" delta="-1"/></choice>
    </node>
    <node id="done"><end outcome="awkward"/></node>
  </encounter>
</level>)XML";

} // namespace

TEST_CASE("Coverage fills the matrix by the counterpart's role and the dimensions scored",
          "[coverage][unit]") {
    engine::DiagnosticList loading;
    const auto level = test::levelFromText(kLevel, loading);
    REQUIRE(level);
    engine::DiagnosticList diagnostics;
    const auto coverage = game::computeCoverage({&*level}, test::smallCode(), diagnostics);
    REQUIRE(coverage.rows.size() == 2);
    CHECK(coverage.rows[0].cells[0].encounters == std::vector<std::string>{"gaps/hello"});
    CHECK(coverage.rows[0].cells[1].encounters.empty());
    CHECK(coverage.rows[1].cells[1].encounters == std::vector<std::string>{"gaps/counter"});
    CHECK(coverage.emptyCells == 2);
    const std::string warnings = diagnostics.formatAll();
    INFO(warnings);
    CHECK(warnings.find("test.xml:1: warning: the scenario has no debrief questions") !=
          std::string::npos);
    CHECK(warnings.find("warning: encounter 'counter' has no respectful ending") !=
          std::string::npos);
    CHECK(warnings.find("warning: choice \"Nod.\" has no feedback naming a rule") !=
          std::string::npos);
    CHECK(warnings.find("no encounter with a customer scores the dimension 'language'") !=
          std::string::npos);
    CHECK(warnings.find("test.xml:7: warning: encounter 'hello' has no note for the "
                        "facilitator") != std::string::npos);
    CHECK(warnings.find("encounter 'counter' has no note") == std::string::npos);
    CHECK(warnings.find("test.xml:7: warning: encounter 'hello' offers no plausible mistake: "
                        "every ending is respectful and no choice scores below zero") !=
          std::string::npos);
    CHECK(warnings.find("encounter 'counter' offers no plausible mistake") == std::string::npos);
    const std::string matrix = game::formatCoverage(coverage);
    CHECK(matrix.find("Language    colleague 1  gaps/hello") != std::string::npos);
    CHECK(matrix.find("2 of 4 cells covered") != std::string::npos);
}

TEST_CASE("check --coverage prints the shipped campaign's matrix", "[coverage][cli]") {
    const auto result = test::runRespect("check --coverage");
    INFO(result.output);
    CHECK(result.output.find("Diversity Code coverage (dimension × colleague / customer):") !=
          std::string::npos);
    CHECK(result.output.find("sample-first-day/dutch-customer") != std::string::npos);
    CHECK(result.output.find("16 of 16 cells covered") != std::string::npos);
    CHECK(result.output.find(": 0 errors, 0 warnings") != std::string::npos);
}
