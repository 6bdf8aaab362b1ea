// Counting characters of UTF-8 text, as the level limits and text measuring do.
#include <engine/core/Utf8.hpp>

#include <catch2/catch.hpp>

#include <string>

using respect::engine::codePointCount;
using respect::engine::isUtf8Continuation;

TEST_CASE("Characters are counted, not bytes, at every length and alignment", "[text][unit]") {
    CHECK(codePointCount("") == 0);
    CHECK(codePointCount("abc") == 3);
    const std::string pieces[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
    std::string text;
    std::size_t characters = 0;
    for (int i = 0; i < 40; ++i) { // 1- to 4-byte characters, across every 8-byte boundary
        text += pieces[i % 4];
        ++characters;
        INFO(text.size() << " bytes");
        CHECK(codePointCount(text) == characters);
    }
    CHECK(isUtf8Continuation('\xA9'));
    CHECK_FALSE(isUtf8Continuation('\xC3'));
    CHECK_FALSE(isUtf8Continuation('a'));
}
