#pragma once
// An sRGB colour with alpha, 8 bits per channel.

#include <cstdint>

namespace respect::engine {

struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 255;

    friend bool operator==(Color x, Color y) {
        return x.r == y.r && x.g == y.g && x.b == y.b && x.a == y.a;
    }
    friend bool operator!=(Color x, Color y) { return !(x == y); }
};

} // namespace respect::engine
