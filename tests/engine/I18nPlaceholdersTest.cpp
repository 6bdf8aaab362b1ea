// {name} placeholders: extraction, checking translations, formatting.
#include <engine/i18n/Placeholders.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::i18n;

TEST_CASE("Placeholders are {name}s, listed once in order", "[i18n][unit]") {
    CHECK(placeholders("Hello {name}, you have {count} new {count} {item.label}") ==
          std::vector<std::string>{"name", "count", "item.label"});
    CHECK(placeholders("{0} and {player_name-2}") ==
          std::vector<std::string>{"0", "player_name-2"});
    CHECK(placeholders("no { placeholder } here {} {a b} {unclosed").empty());
    CHECK(placeholders("{{n}}") == std::vector<std::string>{"n"});
    CHECK(placeholders("").empty());
}

TEST_CASE("checkPlaceholders reports missing and extra names", "[i18n][unit]") {
    const PlaceholderCheck good = checkPlaceholders("{n} of {total} done", "{total}: {n} fait");
    CHECK(good.ok());
    CHECK(good.message().empty());

    const PlaceholderCheck bad =
        checkPlaceholders("Hello {name}, {count} left", "Bonjour {nom}, il reste {count} {x}");
    CHECK_FALSE(bad.ok());
    CHECK(bad.missing == std::vector<std::string>{"name"});
    CHECK(bad.extra == std::vector<std::string>{"nom", "x"});
    CHECK(bad.message() == "missing {name}; unexpected {nom}, {x}");

    CHECK(checkPlaceholders("{a}", "").message() == "missing {a}");
    CHECK(checkPlaceholders("", "{a}").message() == "unexpected {a}");
    // Repeating a placeholder is fine.
    CHECK(checkPlaceholders("{n}", "{n} ({n})").ok());
}

TEST_CASE("format substitutes known placeholders and leaves the rest", "[i18n][unit]") {
    const PlaceholderValues values{{"name", "Amélie"}, {"n", "3"}, {"loop", "{name}"}};
    CHECK(format("Bonjour {name}, {n} pommes", values) == "Bonjour Amélie, 3 pommes");
    CHECK(format("{unknown} stays, {n} goes", values) == "{unknown} stays, 3 goes");
    CHECK(format("{loop}", values) == "{name}");
    CHECK(format("{ n } {n", values) == "{ n } {n");
    CHECK(format("{{n}}", values) == "{3}");
    CHECK(format("", values).empty());
    CHECK(format("{n}{n}", values) == "33");
}
