#pragma once
// settings.json in the configuration folder, written through writeFileAtomically. A file
// that cannot be read as settings is never overwritten silently: load() moves it aside to
// `settings.json.broken` (or `.broken.1`, `.broken.2`, ... when that exists), returns the
// defaults and a message for the player.

#include <game/progress/Settings.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace respect::game {

enum class SettingsStatus {
    Defaults, ///< no settings file yet
    Loaded,   ///< read (possibly with warnings)
    Corrupt,  ///< unreadable; defaults used, the file moved aside
};

struct SettingsLoad {
    Settings settings;
    SettingsStatus status = SettingsStatus::Defaults;
    std::string message; ///< Corrupt: what happened, naming both files
    std::filesystem::path
        brokenFile; ///< Corrupt: where the file was kept (empty if it could not be moved)
    std::vector<std::string> warnings; ///< values replaced or clamped
};

class SettingsStore {
public:
    static constexpr std::size_t kMaxSettingsBytes = 256u * 1024u;

    /// The folder (usually XdgPaths::appConfigDir("respect")) is created by save() if needed.
    explicit SettingsStore(std::filesystem::path folder);

    std::filesystem::path file() const { return folder_ / "settings.json"; }

    /// Never throws for the file's contents.
    SettingsLoad load() const;
    /// Throws engine::Error naming the file when writing fails; the old file is then intact.
    void save(const Settings& settings) const;

private:
    std::filesystem::path folder_;
};

} // namespace respect::game
