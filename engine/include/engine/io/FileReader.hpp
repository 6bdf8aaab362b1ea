#pragma once
// The one way the engine reads a file: regular files only (a FIFO or device would
// block or never end), never more than a size cap, errors as file diagnostics.

#include <cstddef>
#include <filesystem>
#include <string>

namespace respect::engine::io {

/// Default cap for any content file (levels, maps, catalogs, scripts).
constexpr std::size_t kDefaultMaxFileBytes = 8u * 1024u * 1024u;

/// Reads the whole file. Throws engine::Error naming `displayName` (or the path) when the
/// file is missing, not a regular file, unreadable, or larger than `maxBytes`.
std::string readFileLimited(const std::filesystem::path& path,
                            std::size_t maxBytes = kDefaultMaxFileBytes,
                            const std::string& displayName = {});

} // namespace respect::engine::io
