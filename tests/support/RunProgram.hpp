#pragma once
// Runs the `respect` program as a user would, for tests of the command line and window.

#include <filesystem>
#include <string>

namespace respect::test {

struct ProgramResult {
    int exitCode = -1;  ///< -1 when killed by a signal (a crash)
    std::string output; ///< stdout and stderr together
};

/// Runs `command` through /bin/sh with a time limit, capturing its output.
ProgramResult runCommand(const std::string& command, int timeoutSeconds = 60);

/// Runs the built `respect` with the given (already quoted) arguments, as a new player
/// (empty XDG data and config folders).
ProgramResult runRespect(const std::string& arguments, int timeoutSeconds = 60);
/// The same as the player whose files are under `home` (`home`/data and `home`/config), so
/// several runs can share saves and settings.
ProgramResult runRespectAs(const std::filesystem::path& home, const std::string& arguments,
                           int timeoutSeconds = 60);

/// A fresh empty folder under the system's temporary folder, removed on destruction.
class TemporaryFolder {
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    /// Writes `contents` to `name` inside the folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& contents) const;

private:
    std::filesystem::path path_;
};

} // namespace respect::test
