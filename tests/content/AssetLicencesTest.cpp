// Every asset we ship states where it comes from and under which licence: a file under
// assets/ that LICENSES.md does not name is a file nobody can vouch for.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("Every file under assets/ is named in assets/LICENSES.md", "[content][assets]") {
    const fs::path assets = fs::path(RESPECT_SOURCE_DIR) / "assets";
    std::ifstream in(assets / "LICENSES.md");
    REQUIRE(in);
    std::ostringstream licences;
    licences << in.rdbuf();
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(assets)) {
        if (!entry.is_regular_file() || entry.path().filename() == "LICENSES.md") {
            continue;
        }
        ++files;
        const auto name = "`" + fs::relative(entry.path(), assets).generic_string() + "`";
        INFO(name << " is not listed in assets/LICENSES.md");
        CHECK(licences.str().find(name) != std::string::npos);
    }
    CHECK(files > 40);
}
