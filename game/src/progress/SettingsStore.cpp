#include "BrokenFile.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/io/XdgPaths.hpp>
#include <game/progress/SettingsStore.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace respect::game {

namespace fs = std::filesystem;

SettingsStore::SettingsStore(fs::path folder) : folder_(std::move(folder)) {}

SettingsLoad SettingsStore::load() const {
    SettingsLoad result;
    const fs::path path = file();
    std::error_code error;
    if (!fs::exists(fs::symlink_status(path, error))) {
        return result;
    }
    try {
        const std::string text = engine::io::readFileLimited(path, kMaxSettingsBytes);
        result.settings = Settings::fromJson(text, path.string(), result.warnings);
        result.status = SettingsStatus::Loaded;
        return result;
    } catch (const engine::Error& failure) {
        result.settings = Settings();
        result.warnings.clear();
        result.status = SettingsStatus::Corrupt;
        const fs::path broken = detail::freeBrokenName(path);
        if (std::rename(path.c_str(), broken.c_str()) == 0) {
            result.brokenFile = broken;
            result.message = path.string() + ": the settings could not be read (" +
                             failure.diagnostic().message +
                             "); the game uses the default settings and kept the file as " +
                             broken.string();
        } else {
            const int code = errno;
            result.message = path.string() + ": the settings could not be read (" +
                             failure.diagnostic().message +
                             "); the game uses the default settings; the file could not be "
                             "moved aside (" +
                             std::strerror(code) + ")";
        }
        engine::log::warning(result.message);
        return result;
    }
}

void SettingsStore::save(const Settings& settings) const {
    const fs::path path = file();
    engine::io::XdgPaths::createPrivateFolder(folder_);
    std::string text;
    try {
        text = settings.toJson();
    } catch (const engine::Error& failure) {
        throw engine::Error(path.string(), 0, failure.diagnostic().message);
    }
    engine::io::writeFileAtomically(path, text);
}

} // namespace respect::game
