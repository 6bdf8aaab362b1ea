#include "TileData.hpp"

#include <engine/core/Error.hpp>

#include <zlib.h>

#include <array>
#include <limits>

namespace respect::engine::tiled::detail {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

std::string layerName(const LayerDataSource& source) {
    return "layer '" + source.layerName + "'";
}

std::vector<std::uint32_t> littleEndianGids(const std::string& bytes) {
    std::vector<std::uint32_t> gids(bytes.size() / 4);
    for (std::size_t i = 0; i < gids.size(); ++i) {
        std::uint32_t gid = 0;
        for (std::size_t b = 0; b < 4; ++b) {
            gid |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i * 4 + b]))
                   << (8u * b);
        }
        gids[i] = gid;
    }
    return gids;
}

std::string inflateExactly(const std::string& compressed, const LayerDataSource& source) {
    const std::size_t expected = source.tileCount() * 4;
    const std::string what = layerName(source) + ": zlib data";
    const std::string sizes = "expected exactly " + std::to_string(expected) + " bytes (" +
                              std::to_string(source.width) + "×" + std::to_string(source.height) +
                              " tiles)";
    // One spare byte tells "exactly right" from "too long" without inflating any further.
    std::string out(expected + 1, '\0');
    uLongf outLength = static_cast<uLongf>(out.size());
    uLong inLength = static_cast<uLong>(compressed.size());
    const int status = uncompress2(reinterpret_cast<Bytef*>(out.data()), &outLength,
                                   reinterpret_cast<const Bytef*>(compressed.data()), &inLength);
    if (status == Z_BUF_ERROR || (status == Z_OK && outLength > expected)) {
        throw Error(source.file, source.line,
                    what + " inflates to more than " + std::to_string(expected) + " bytes, " +
                        sizes);
    }
    if (status == Z_MEM_ERROR) {
        throw Error(source.file, source.line, what + ": out of memory while inflating");
    }
    if (status != Z_OK) {
        throw Error(source.file, source.line,
                    what + " is corrupt or truncated (is it really zlib? gzip and zstd are not "
                           "supported)");
    }
    if (outLength != expected) {
        throw Error(source.file, source.line,
                    what + " inflates to " + std::to_string(outLength) + " bytes, " + sizes);
    }
    if (inLength != compressed.size()) {
        throw Error(source.file, source.line,
                    what + " is followed by " + std::to_string(compressed.size() - inLength) +
                        " stray bytes");
    }
    out.resize(expected);
    return out;
}

} // namespace

std::size_t LayerDataSource::tileCount() const {
    return static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
}

std::string LayerDataSource::countMessage(std::size_t found) const {
    return "layer '" + layerName + "' has " + std::to_string(found) + " tiles, expected " +
           std::to_string(tileCount()) + " (" + std::to_string(width) + "×" +
           std::to_string(height) + ")";
}

std::vector<std::uint32_t> decodeCsv(std::string_view text, const LayerDataSource& source) {
    const std::size_t expected = source.tileCount();
    std::vector<std::uint32_t> gids;
    gids.reserve(expected);
    std::size_t found = 0;
    int line = source.line;
    std::size_t i = 0;
    const auto skipBlanks = [&]() {
        while (i < text.size() && isBlank(text[i])) {
            line += text[i] == '\n' ? 1 : 0;
            ++i;
        }
    };
    skipBlanks();
    if (i == text.size()) {
        throw Error(source.file, source.line, source.countMessage(0));
    }
    while (true) {
        skipBlanks();
        const std::size_t begin = i;
        while (i < text.size() && text[i] != ',' && !isBlank(text[i])) {
            ++i;
        }
        const std::string_view token = text.substr(begin, i - begin);
        std::uint64_t value = 0;
        bool valid = !token.empty();
        for (const char c : token) {
            if (c < '0' || c > '9') {
                valid = false;
                break;
            }
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
            if (value > std::numeric_limits<std::uint32_t>::max()) {
                valid = false;
                break;
            }
        }
        if (!valid) {
            throw Error(source.file, line,
                        layerName(source) + (token.empty()
                                                 ? std::string(": empty value in CSV tile data")
                                                 : ": '" + std::string(token.substr(0, 40)) +
                                                       "' in CSV tile data is not a tile number"));
        }
        if (found < expected) {
            gids.push_back(static_cast<std::uint32_t>(value));
        }
        ++found;
        skipBlanks();
        if (i == text.size()) {
            break;
        }
        if (text[i] != ',') {
            throw Error(source.file, line,
                        layerName(source) + ": CSV tile data needs a ',' between numbers");
        }
        ++i;
    }
    if (found != expected) {
        throw Error(source.file, source.line, source.countMessage(found));
    }
    return gids;
}

int csvLineOf(std::string_view text, std::size_t index, int dataLine) {
    int line = dataLine;
    std::size_t commas = 0;
    bool inValue = false;
    for (const char c : text) {
        if (c == ',') {
            ++commas;
            inValue = false;
        } else if (c == '\n') {
            ++line;
        } else if (!isBlank(c) && !inValue) {
            inValue = true;
            if (commas == index) {
                return line;
            }
        }
    }
    return dataLine;
}

std::string decodeBase64(std::string_view text, const std::string& file, int line,
                         const std::string& what) {
    std::string clean;
    clean.reserve(text.size());
    for (const char c : text) {
        if (!isBlank(c)) {
            clean += c;
        }
    }
    const std::string invalid = what + " is not valid base64: ";
    if (clean.size() % 4 != 0) {
        throw Error(file, line,
                    invalid + std::to_string(clean.size()) + " characters is not a multiple of 4");
    }
    std::size_t padding = 0;
    if (!clean.empty() && clean.back() == '=') {
        padding = clean[clean.size() - 2] == '=' ? 2 : 1;
    }
    std::string out;
    out.reserve(clean.size() / 4 * 3);
    std::array<int, 4> quad{};
    for (std::size_t i = 0; i < clean.size(); i += 4) {
        const bool last = i + 4 == clean.size();
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = clean[i + k];
            const bool isPadding = last && k >= 4 - padding;
            quad[k] = isPadding ? 0 : base64Value(c);
            if (quad[k] < 0) {
                throw Error(file, line,
                            invalid + (c == '='
                                           ? std::string("misplaced '=' padding")
                                           : "unexpected character '" + std::string(1, c) + "'"));
            }
        }
        const auto bits = (static_cast<std::uint32_t>(quad[0]) << 18) |
                          (static_cast<std::uint32_t>(quad[1]) << 12) |
                          (static_cast<std::uint32_t>(quad[2]) << 6) |
                          static_cast<std::uint32_t>(quad[3]);
        const std::size_t bytes = last ? 3 - padding : 3;
        for (std::size_t b = 0; b < bytes; ++b) {
            out += static_cast<char>((bits >> (16 - 8 * b)) & 0xFFu);
        }
    }
    return out;
}

std::vector<std::uint32_t> decodeBase64Tiles(std::string_view text, bool zlib,
                                             const LayerDataSource& source) {
    const std::string bytes =
        decodeBase64(text, source.file, source.line, layerName(source) + ": tile data");
    if (zlib) {
        return littleEndianGids(inflateExactly(bytes, source));
    }
    if (bytes.size() % 4 != 0) {
        throw Error(source.file, source.line,
                    layerName(source) + ": tile data is " + std::to_string(bytes.size()) +
                        " bytes, not a whole number of 4-byte tiles");
    }
    if (bytes.size() / 4 != source.tileCount()) {
        throw Error(source.file, source.line, source.countMessage(bytes.size() / 4));
    }
    return littleEndianGids(bytes);
}

} // namespace respect::engine::tiled::detail
