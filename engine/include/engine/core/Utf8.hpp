#pragma once
// The little the game needs to know about UTF-8 text it has already checked: where a
// character starts, and how many characters there are.

#include <cstddef>
#include <string_view>

namespace respect::engine {

/// A 10xxxxxx byte: the second, third or fourth byte of a character, never its start.
constexpr bool isUtf8Continuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0u) == 0x80u;
}

/// Characters (code points) of UTF-8 text: the bytes that start one. Counted eight bytes at
/// a time, since a level's check counts tens of thousands of texts.
std::size_t codePointCount(std::string_view utf8);

} // namespace respect::engine
