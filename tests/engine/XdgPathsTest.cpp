#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/XdgPaths.hpp>

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <cstdlib>
#include <optional>
#include <string>

using namespace respect;
namespace fs = std::filesystem;
using engine::io::XdgPaths;

namespace {

/// Sets (or unsets, with nullopt) an environment variable and puts it back afterwards.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const std::optional<std::string>& value) : name_(name) {
        if (const char* old = std::getenv(name)) {
            old_ = old;
        }
        set(value);
    }
    ~ScopedEnvironment() { set(old_); }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    void set(const std::optional<std::string>& value) {
        if (value) {
            ::setenv(name_, value->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }

    const char* name_;
    std::optional<std::string> old_;
};

unsigned modeOf(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777u;
}

} // namespace

TEST_CASE("XDG base folders come from the environment or fall back under HOME", "[xdg][unit]") {
    const test::TemporaryFolder home;
    const ScopedEnvironment homeVariable("HOME", home.path().string());

    SECTION("absolute values are used") {
        const ScopedEnvironment data("XDG_DATA_HOME", "/srv/data");
        const ScopedEnvironment config("XDG_CONFIG_HOME", "/srv/config/");
        CHECK(XdgPaths::dataHome() == fs::path("/srv/data"));
        CHECK(XdgPaths::configHome() == fs::path("/srv/config/"));
    }
    SECTION("unset values fall back") {
        const ScopedEnvironment data("XDG_DATA_HOME", std::nullopt);
        const ScopedEnvironment config("XDG_CONFIG_HOME", std::nullopt);
        CHECK(XdgPaths::dataHome() == home.path() / ".local/share");
        CHECK(XdgPaths::configHome() == home.path() / ".config");
    }
    SECTION("empty and relative values are ignored, as the spec says") {
        const ScopedEnvironment data("XDG_DATA_HOME", "");
        const ScopedEnvironment config("XDG_CONFIG_HOME", "relative/config");
        CHECK(XdgPaths::dataHome() == home.path() / ".local/share");
        CHECK(XdgPaths::configHome() == home.path() / ".config");
    }
}

TEST_CASE("App folders are created on demand with mode 0700", "[xdg][unit]") {
    const test::TemporaryFolder root;
    const ScopedEnvironment home("HOME", (root / "home").string());
    const ScopedEnvironment data("XDG_DATA_HOME", (root / "data").string());
    const ScopedEnvironment config("XDG_CONFIG_HOME", std::nullopt);

    const fs::path saves = XdgPaths::appDataDir("respect");
    CHECK(saves == root / "data" / "respect");
    CHECK(fs::is_directory(saves));
    CHECK(modeOf(saves) == 0700u);
    CHECK(modeOf(root / "data") == 0700u);
    CHECK(XdgPaths::appDataDir("respect") == saves); // already there: fine

    const fs::path settings = XdgPaths::appConfigDir("respect");
    CHECK(settings == root / "home" / ".config" / "respect");
    CHECK(modeOf(settings) == 0700u);

    CHECK_THROWS_AS(XdgPaths::appDataDir(""), engine::Error);
    CHECK_THROWS_AS(XdgPaths::appDataDir(".."), engine::Error);
    CHECK_THROWS_AS(XdgPaths::appDataDir("a/b"), engine::Error);

    root.write("data/blocked", "a file where a folder should be");
    CHECK_THROWS_AS(XdgPaths::appDataDir("blocked"), engine::Error);
}

TEST_CASE("Without HOME the password database gives the home folder", "[xdg][unit]") {
    const ScopedEnvironment home("HOME", std::nullopt);
    const ScopedEnvironment data("XDG_DATA_HOME", std::nullopt);
    fs::path found;
    try {
        found = XdgPaths::dataHome();
    } catch (const engine::Error&) {
        SUCCEED("no passwd entry with a home folder here");
        return;
    }
    CHECK(found.is_absolute());
    CHECK(found.filename() == "share");
}
