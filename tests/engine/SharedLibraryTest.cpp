// Optional libraries are opened while the game runs; a missing one is a message, not a crash.
#include <engine/core/SharedLibrary.hpp>

#include <catch2/catch.hpp>

#include <string>

using respect::engine::SharedLibrary;

TEST_CASE("A library opened at run time gives its functions or says what is missing",
          "[io][unit]") {
    SharedLibrary zlib("libz.so.1"); // zlib is installed wherever the game builds
    const char* (*version)() = nullptr;
    zlib.find(version, "zlibVersion");
    REQUIRE(zlib.problem().empty());
    REQUIRE(version != nullptr);
    CHECK(std::string(version()).substr(0, 2) == "1.");

    int (*nothing)() = nullptr;
    zlib.find(nothing, "no_such_function_in_zlib");
    CHECK(nothing == nullptr);
    CHECK(zlib.problem() == "libz.so.1 has no no_such_function_in_zlib");

    SharedLibrary missing("libnot-installed-anywhere.so.7");
    missing.find(version, "zlibVersion");
    CHECK(version == nullptr);
    CHECK(missing.problem().rfind("libnot-installed-anywhere.so.7 cannot be loaded (", 0) == 0);
}
