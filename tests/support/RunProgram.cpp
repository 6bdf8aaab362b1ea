#include "RunProgram.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#ifndef RESPECT_EXECUTABLE
#define RESPECT_EXECUTABLE "respect"
#endif

namespace respect::test {

namespace {

// Wraps text in single quotes for /bin/sh, escaping the quotes inside.
std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

} // namespace

ProgramResult runCommand(const std::string& command, int timeoutSeconds) {
    ProgramResult result;
    const std::string full = "timeout -s KILL " + std::to_string(timeoutSeconds) + " sh -c " +
                             shellQuoted(command) + " 2>&1";
    FILE* pipe = ::popen(full.c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    std::array<char, 4096> buffer{};
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        result.output.append(buffer.data(), got);
    }
    const int status = ::pclose(pipe);
    // timeout and sh report a signal death as 128 + signal.
    if (WIFEXITED(status) && WEXITSTATUS(status) < 128) {
        result.exitCode = WEXITSTATUS(status);
    }
    return result;
}

ProgramResult runRespect(const std::string& arguments, int timeoutSeconds) {
    // A fresh player every time, so no test sees another's saves or settings.
    const TemporaryFolder home;
    return runRespectAs(home.path(), arguments, timeoutSeconds);
}

ProgramResult runRespectAs(const std::filesystem::path& home, const std::string& arguments,
                           int timeoutSeconds) {
    return runCommand("XDG_DATA_HOME=" + shellQuoted((home / "data").string()) +
                          " XDG_CONFIG_HOME=" + shellQuoted((home / "config").string()) + " '" +
                          RESPECT_EXECUTABLE + "' " + arguments,
                      timeoutSeconds);
}

TemporaryFolder::TemporaryFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "respect-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    path_ = pattern;
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TemporaryFolder::write(const std::string& name,
                                             const std::string& contents) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << contents;
    return file;
}

} // namespace respect::test
