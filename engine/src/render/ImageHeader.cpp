#include <engine/core/Error.hpp>
#include <engine/render/ImageHeader.hpp>

namespace respect::engine {
namespace {

std::uint32_t bigEndian32(std::string_view bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        value = (value << 8u) | static_cast<unsigned char>(bytes[at + i]);
    }
    return value;
}

} // namespace

std::optional<std::pair<std::uint32_t, std::uint32_t>> pngSize(std::string_view bytes) {
    // Signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
    constexpr std::string_view signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() < 24 || bytes.substr(0, 8) != signature || bytes.substr(12, 4) != "IHDR") {
        return std::nullopt;
    }
    return std::make_pair(bigEndian32(bytes, 16), bigEndian32(bytes, 20));
}

std::pair<std::uint32_t, std::uint32_t>
checkPngHeader(std::string_view bytes, const std::string& name, const ImageLimits& limits) {
    const auto size = pngSize(bytes);
    if (!size) {
        throw Error(name, 0, "not a PNG image (images must be PNG files)");
    }
    const auto [width, height] = *size;
    if (width == 0 || height == 0 || width > limits.maxWidth || height > limits.maxHeight) {
        throw Error(name, 0,
                    "image is " + std::to_string(width) + "×" + std::to_string(height) +
                        " pixels; the limit is " + std::to_string(limits.maxWidth) + "×" +
                        std::to_string(limits.maxHeight));
    }
    return {width, height};
}

} // namespace respect::engine
