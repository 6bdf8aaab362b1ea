#pragma once
// Image dimensions read from the file header before anything decodes the pixels: a
// 1 MB PNG can claim 16000×16000 and make a decoder allocate gigabytes.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace respect::engine {

/// The largest image file anything reads (the game, the checker): more is refused unread.
constexpr std::size_t kMaxImageFileBytes = 16u * 1024u * 1024u;

struct ImageLimits {
    std::uint32_t maxWidth = 4096;
    std::uint32_t maxHeight = 4096;
};

/// The width and height a PNG's header declares (the first 24 bytes are enough), or
/// nothing when `bytes` does not start like a PNG.
std::optional<std::pair<std::uint32_t, std::uint32_t>> pngSize(std::string_view bytes);

/// Throws engine::Error naming `name` unless `bytes` is a PNG whose header declares a size
/// within `limits`. Returns the declared width and height.
std::pair<std::uint32_t, std::uint32_t>
checkPngHeader(std::string_view bytes, const std::string& name, const ImageLimits& limits = {});

} // namespace respect::engine
