#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/io/FileReader.hpp>

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <fstream>

using namespace respect::engine;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;

TEST_CASE("The content root only hands out regular files inside it", "[io][unit]") {
    TemporaryFolder outside;
    const auto secret = outside.write("secret.txt", "nope");
    TemporaryFolder folder;
    folder.write("levels/a.xml", "<level/>");
    fs::create_symlink(secret, folder / "levels/link.xml");
    fs::create_directories(folder / "levels/dir");
    REQUIRE(::mkfifo((folder / "levels/fifo").c_str(), 0600) == 0);

    const io::ContentRoot root(folder.path());
    CHECK(root.read("levels/a.xml") == "<level/>");
    CHECK(root.contains("levels/a.xml"));
    CHECK_THROWS_WITH(root.resolve("../x"), "../x: error: '..' is not allowed in content paths");
    CHECK_THROWS_WITH(root.resolve("levels/../../x"),
                      "levels/../../x: error: '..' is not allowed in content paths");
    CHECK_THROWS_WITH(root.resolve("/etc/passwd"),
                      Catch::StartsWith("/etc/passwd: error: absolute"));
    CHECK_THROWS_WITH(root.resolve("levels/link.xml"),
                      "levels/link.xml: error: path leaves the content folder");
    CHECK_THROWS_WITH(root.resolve("levels/missing.xml"),
                      "levels/missing.xml: error: file not found");
    CHECK_THROWS_WITH(root.resolve("levels/dir"), "levels/dir: error: not a regular file");
    // A FIFO would block a plain open() forever.
    CHECK_THROWS_WITH(root.resolve("levels/fifo"), "levels/fifo: error: not a regular file");
    CHECK_THROWS_WITH(io::readFileLimited(folder / "levels/fifo", 100, "fifo"),
                      "fifo: error: not a regular file");
    CHECK_THROWS_WITH(root.resolve(""), "error: empty path");
}

TEST_CASE("Reads stop at the size cap", "[io][unit]") {
    TemporaryFolder folder;
    const auto big = folder.write("big.xml", std::string(2000, 'x'));
    CHECK(io::readFileLimited(big, 2000).size() == 2000);
    CHECK_THROWS_WITH(io::readFileLimited(big, 1999, "big.xml"),
                      "big.xml: error: file is too large (2000 bytes, the limit is 1999)");
}

TEST_CASE("Atomic writes replace the file and keep the previous one as .bak", "[io][unit]") {
    TemporaryFolder folder;
    const auto save = folder / "save.json";
    io::writeFileAtomically(save, "first");
    CHECK(io::readFileLimited(save) == "first");
    CHECK_FALSE(fs::exists(folder / "save.json.bak"));
    io::writeFileAtomically(save, "second");
    CHECK(io::readFileLimited(save) == "second");
    CHECK(io::readFileLimited(folder / "save.json.bak") == "first");
    CHECK_FALSE(fs::exists(folder / "save.json.tmp"));
}

TEST_CASE("A failed atomic write leaves the previous file untouched", "[io][unit]") {
    TemporaryFolder folder;
    const auto save = folder / "save.json";
    io::writeFileAtomically(save, "kept");
    // /dev/full accepts the open and fails every write with ENOSPC: a full disk.
    std::error_code error;
    fs::create_symlink("/dev/full", folder / "save.json.tmp", error);
    REQUIRE_FALSE(error);
    CHECK_THROWS_WITH(io::writeFileAtomically(save, "lost"),
                      Catch::Contains("cannot write: No space left on device"));
    CHECK(io::readFileLimited(save) == "kept");
}
