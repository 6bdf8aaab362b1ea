#pragma once
// Image dimensions read from the file header before anything decodes the pixels: a
// 1 MB PNG can claim 16000×16000 and make a decoder allocate gigabytes.

#include <cstdint>
#include <string>
#include <string_view>

namespace respect::engine {

struct ImageLimits {
    std::uint32_t maxWidth = 4096;
    std::uint32_t maxHeight = 4096;
};

/// Throws engine::Error naming `name` unless `bytes` is a PNG whose header declares a size
/// within `limits`. Returns the declared width and height.
std::pair<std::uint32_t, std::uint32_t>
checkPngHeader(std::string_view bytes, const std::string& name, const ImageLimits& limits = {});

} // namespace respect::engine
