#pragma once
// Private: where a player's file that cannot be read is kept instead of being overwritten.

#include <filesystem>

namespace respect::game::detail {

/// `<file>.broken`, or `.broken.1`, `.broken.2`, ... so an earlier broken file is kept too.
std::filesystem::path freeBrokenName(const std::filesystem::path& file);

} // namespace respect::game::detail
