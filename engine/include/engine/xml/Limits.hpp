#pragma once
// What the XML reader accepts before it gives up on a file: every limit bounds the time
// and memory one hostile or broken file can cost.

#include <cstddef>

namespace respect::engine::xml {

struct Limits {
    std::size_t maxBytes = 8u * 1024u * 1024u; ///< whole file
    std::size_t maxDepth = 64;                 ///< elements nested inside each other
    std::size_t maxElements = 200000;          ///< elements in the whole file
    std::size_t maxAttributesPerElement = 64;  ///< attributes on one element
    std::size_t maxStringBytes = 64u * 1024u;  ///< one name, attribute value or text run
};

} // namespace respect::engine::xml
