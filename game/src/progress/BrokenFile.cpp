#include "BrokenFile.hpp"

#include <string>

namespace respect::game::detail {

namespace fs = std::filesystem;

fs::path freeBrokenName(const fs::path& file) {
    fs::path candidate = fs::path(file).concat(".broken");
    std::error_code error;
    for (int n = 1; fs::exists(fs::symlink_status(candidate, error)) && n < 1000; ++n) {
        candidate = fs::path(file).concat(".broken." + std::to_string(n));
    }
    return candidate;
}

} // namespace respect::game::detail
