#include <engine/core/Error.hpp>
#include <engine/render/ImageHeader.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;

namespace {

std::string pngHeader(std::uint32_t width, std::uint32_t height) {
    std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (const std::uint32_t value : {width, height}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes += static_cast<char>((value >> shift) & 0xFFu);
        }
    }
    return bytes + std::string("\x08\x06\0\0\0", 5);
}

} // namespace

TEST_CASE("PNG sizes are read from the header and bounded before decoding", "[render][unit]") {
    CHECK(checkPngHeader(pngHeader(512, 96), "tiles.png") ==
          std::pair<std::uint32_t, std::uint32_t>{512, 96});
    // A small file that claims 16000×16000 pixels (about 1 GB decoded) is refused.
    CHECK_THROWS_WITH(checkPngHeader(pngHeader(16000, 16000), "bomb.png"),
                      "bomb.png: error: image is 16000×16000 pixels; the limit is 4096×4096");
    CHECK_THROWS_WITH(checkPngHeader("GIF89a....................", "a.gif"),
                      "a.gif: error: not a PNG image (images must be PNG files)");
    CHECK_THROWS_WITH(checkPngHeader(pngHeader(0, 10), "empty.png"),
                      "empty.png: error: image is 0×10 pixels; the limit is 4096×4096");
}

TEST_CASE("pngSize reads the declared size, and says nothing for what is not a PNG",
          "[render][unit]") {
    const auto size = pngSize(pngHeader(640, 32));
    REQUIRE(size);
    CHECK(size->first == 640u);
    CHECK(size->second == 32u);
    CHECK_FALSE(pngSize("GIF89a not a png at all, long enough"));
    CHECK_FALSE(pngSize(pngHeader(640, 32).substr(0, 23))); // cut before the height ends
}
