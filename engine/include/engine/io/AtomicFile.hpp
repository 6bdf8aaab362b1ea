#pragma once
// Writes that never leave a half-written file: write a temporary file beside the
// target, flush and fsync it, keep the previous version as `<name>.bak`, rename over
// the target, then fsync the folder so the rename itself survives a power cut.

#include <filesystem>
#include <string_view>

namespace respect::engine::io {

/// Throws engine::Error naming the file when any step fails; the previous file is then
/// left untouched (and the temporary file removed).
void writeFileAtomically(const std::filesystem::path& target, std::string_view contents);

} // namespace respect::engine::io
