#pragma once
// Decoding of a tile layer's <data> text: CSV, base64 and base64 + zlib. Each decoder
// returns exactly width * height raw gids (flip flags still set) or throws engine::Error.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::tiled::detail {

/// Where the data comes from, for messages.
struct LayerDataSource {
    std::string file;
    int line = 0; ///< of the <data> element
    std::string layerName;
    int width = 0;
    int height = 0;

    std::size_t tileCount() const;
    /// "layer 'floor' has 99 tiles, expected 100 (10×10)"
    std::string countMessage(std::size_t found) const;
};

std::vector<std::uint32_t> decodeCsv(std::string_view text, const LayerDataSource& source);
/// The line of the index-th CSV value, counting the <data> element's line as the first.
int csvLineOf(std::string_view text, std::size_t index, int dataLine);

/// Whitespace is skipped; anything else that is not canonical base64 throws, naming `what`.
std::string decodeBase64(std::string_view text, const std::string& file, int line,
                         const std::string& what);

/// Little-endian gids from base64 text, inflated with zlib first when `zlib` is true. The
/// inflated size must be exactly 4 * width * height: nothing larger is ever allocated.
std::vector<std::uint32_t> decodeBase64Tiles(std::string_view text, bool zlib,
                                             const LayerDataSource& source);

} // namespace respect::engine::tiled::detail
