#pragma once
// Where per-user files go, following the XDG Base Directory specification: data (saves)
// under $XDG_DATA_HOME or ~/.local/share, configuration under $XDG_CONFIG_HOME or
// ~/.config. A variable that is unset, empty or relative is ignored, as the spec says.
// The app folders are created on demand with mode 0700; nothing is cached, so tests can
// change the environment between calls.

#include <filesystem>
#include <string_view>

namespace respect::engine::io {

class XdgPaths {
public:
    /// $XDG_DATA_HOME when absolute, else $HOME/.local/share. Throws engine::Error when no
    /// home folder can be found (HOME unset or relative and no passwd entry).
    static std::filesystem::path dataHome();
    /// $XDG_CONFIG_HOME when absolute, else $HOME/.config. Throws like dataHome().
    static std::filesystem::path configHome();

    /// dataHome()/appName, created (with any missing parent) with mode 0700 when missing.
    /// Throws engine::Error when `appName` is not a plain folder name ("", ".", "..", or
    /// containing '/') or the folder cannot be created or is not a directory.
    static std::filesystem::path appDataDir(std::string_view appName);
    /// configHome()/appName, created like appDataDir().
    static std::filesystem::path appConfigDir(std::string_view appName);

    /// Creates `folder` and any missing parent with mode 0700 (existing folders keep their
    /// mode). Throws engine::Error naming the folder when it cannot be created or is not a
    /// directory.
    static void createPrivateFolder(const std::filesystem::path& folder);
};

} // namespace respect::engine::io
