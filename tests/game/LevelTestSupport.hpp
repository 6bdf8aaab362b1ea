#pragma once
// A small Diversity Code and helpers to load levels from strings in tests.

#include <engine/xml/Document.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>
#include <game/level/LevelChecker.hpp>
#include <game/level/LevelLoader.hpp>

#include <catch2/catch.hpp>

namespace respect::test {

inline game::DiversityCode smallCode() {
    const auto document = engine::xml::Document::parse(R"(<diversity-code version="1">
  <title>Code</title>
  <dimension id="language" name="Language"/>
  <dimension id="disability" name="Disability"/>
  <rule id="serve-in-own-language" dimensions="language">
    <title>Serve people in a language they understand</title><text>Because.</text>
  </rule>
</diversity-code>)",
                                                       "code.xml");
    engine::DiagnosticList diagnostics;
    auto code = game::DiversityCode::fromXml(document, diagnostics);
    REQUIRE(diagnostics.empty());
    return code;
}

/// Loads and checks; the diagnostics are returned through `diagnostics`.
inline std::optional<game::Level> levelFromText(const std::string& text,
                                                engine::DiagnosticList& diagnostics) {
    const auto document = engine::xml::Document::parse(text, "test.xml");
    auto level = game::loadLevel(document, diagnostics);
    if (level) {
        game::checkLevel(*level, smallCode(), nullptr, diagnostics);
    }
    return level;
}

/// Loads a level that must have no error or warning.
inline game::Level cleanLevel(const std::string& text) {
    engine::DiagnosticList diagnostics;
    auto level = levelFromText(text, diagnostics);
    INFO(diagnostics.formatAll());
    REQUIRE(diagnostics.empty());
    REQUIRE(level);
    return std::move(*level);
}

} // namespace respect::test
