#pragma once
// The check every XML file passes before tinyxml2 sees it: encoding, well-formedness,
// Limits and no DOCTYPE, in one linear pass, failing with the line where a problem is.

#include <engine/xml/Limits.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::xml {

/// What the parser needs to know about a file that passed the pre-scan.
struct PreScanResult {
    /// Sorted byte offsets, one per whitespace-only run between two pieces of markup inside
    /// an element that also holds text: tinyxml2 drops such runs, so Document protects them.
    std::vector<std::size_t> blankRunsToKeep;
};

/// Throws engine::Error(fileName, line, message) at the first problem.
PreScanResult preScan(std::string_view bytes, const std::string& fileName, const Limits& limits);

/// `text` cut to a few dozen bytes (on a UTF-8 boundary, "..." appended) for quoting in messages.
std::string excerpt(std::string_view text);

} // namespace respect::engine::xml
