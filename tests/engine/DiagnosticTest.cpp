#include <engine/core/Diagnostic.hpp>
#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;

TEST_CASE("A diagnostic reads as file:line: severity: message", "[core][unit]") {
    CHECK(Diagnostic{Severity::Error, "levels/a.xml", 12, "unknown node 'x'"}.format() ==
          "levels/a.xml:12: error: unknown node 'x'");
    CHECK(Diagnostic{Severity::Warning, "a.xml", 0, "empty"}.format() == "a.xml: warning: empty");
    CHECK(Diagnostic{Severity::Error, "", 0, "no file"}.format() == "error: no file");
}

TEST_CASE("A diagnostic list counts errors and warnings separately", "[core][unit]") {
    DiagnosticList list;
    list.error("a", 1, "x");
    list.warning("a", 2, "y");
    list.warning("a", 3, "z");
    CHECK(list.errorCount() == 1);
    CHECK(list.warningCount() == 2);
    CHECK(list.formatAll() == "a:1: error: x\na:2: warning: y\na:3: warning: z\n");
}

TEST_CASE("An Error carries its diagnostic and formats it as what()", "[core][unit]") {
    const Error error("map.tmx", 7, "bad tile");
    CHECK(std::string(error.what()) == "map.tmx:7: error: bad tile");
    CHECK(error.diagnostic().line == 7);
}

TEST_CASE("Logs go to a scoped sink and respect the minimum level", "[core][unit]") {
    std::vector<std::string> seen;
    {
        log::ScopedSink capture([&](log::Level, const std::string& m) { seen.push_back(m); });
        log::info("hello");
        log::debug("hidden");
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen[0] == "hello");
}
