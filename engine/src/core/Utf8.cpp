#include <engine/core/Utf8.hpp>

#include <bitset>
#include <cstdint>
#include <cstring>

namespace respect::engine {

std::size_t codePointCount(std::string_view utf8) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080u;
    std::size_t continuations = 0;
    std::size_t i = 0;
    for (; i + 8 <= utf8.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, utf8.data() + i, sizeof word);
        // Bit 7 set and bit 6 clear; shifting left brings each byte's bit 6 to bit 7.
        continuations += std::bitset<64>(word & ~(word << 1) & kHighBits).count();
    }
    for (; i < utf8.size(); ++i) {
        continuations += isUtf8Continuation(utf8[i]) ? 1u : 0u;
    }
    return utf8.size() - continuations;
}

} // namespace respect::engine
