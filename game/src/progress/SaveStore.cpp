#include "SaveJson.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/io/XdgPaths.hpp>
#include <game/progress/SaveStore.hpp>
#include <game/text/JsonProblem.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>

namespace respect::game {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/// Versions above this are reported as this (they only need to be "newer").
constexpr std::uint64_t kMaxKnownVersion = 1000000;

fs::path withSuffix(const fs::path& file, const char* suffix) {
    return fs::path(file).concat(suffix);
}

SaveReadResult corrupt(const fs::path& file, const std::string& why) {
    SaveReadResult result;
    result.status = SaveStatus::Corrupt;
    result.file = file;
    result.message = file.string() + ": damaged save: " + why;
    return result;
}

} // namespace

const char* saveStatusName(SaveStatus status) {
    switch (status) {
    case SaveStatus::Ok:
        return "ok";
    case SaveStatus::Missing:
        return "missing";
    case SaveStatus::Corrupt:
        return "corrupt";
    case SaveStatus::NewerVersion:
        return "newer-version";
    }
    return "corrupt";
}

SaveStore::SaveStore(fs::path folder) : folder_(std::move(folder)) {}

const std::vector<std::string>& SaveStore::slotNames() {
    static const std::vector<std::string> names{kAutosave, "slot-1", "slot-2", "slot-3"};
    return names;
}

bool SaveStore::isSlotName(std::string_view slot) {
    const auto& names = slotNames();
    return std::find(names.begin(), names.end(), slot) != names.end();
}

fs::path SaveStore::fileFor(std::string_view slot) const {
    if (!isSlotName(slot)) {
        throw engine::Error(folder_.string(), 0,
                            "unknown save slot '" + std::string(slot) +
                                "' (expected autosave, slot-1, slot-2 or slot-3)");
    }
    return folder_ / (std::string(slot) + ".json");
}

void SaveStore::write(std::string_view slot, const SaveGame& save) const {
    const fs::path file = fileFor(slot);
    SaveGame stamped = save;
    stamped.slot = std::string(slot);
    if (stamped.timestamp.empty()) {
        stamped.timestamp = utcTimestamp(std::time(nullptr));
    }
    std::string text;
    try {
        text = stamped.toJson();
    } catch (const engine::Error& error) {
        throw engine::Error(file.string(), 0, error.diagnostic().message);
    }
    engine::io::XdgPaths::createPrivateFolder(folder_);
    SaveReadResult unreadable;
    const std::optional<std::string> onDisk = readBytes(file, unreadable);
    if (onDisk && *onDisk == text) {
        // Nothing changed since the last write (an autosave as the game closes, right after
        // the one at the start of an encounter): writing and syncing again would only cost
        // time, and would replace the backup of the previous generation with this same save.
        return;
    }
    const SaveStatus found = onDisk ? decode(*onDisk, file).status : unreadable.status;
    if (found == SaveStatus::Corrupt) {
        // Keep the damaged file for inspection and keep the good backup as the backup.
        const fs::path broken = withSuffix(file, ".broken");
        if (std::rename(file.c_str(), broken.c_str()) == 0) {
            engine::log::warning(file.string() + ": damaged save kept as " + broken.string());
        }
    }
    engine::io::writeFileAtomically(file, text);
}

SaveReadResult SaveStore::read(std::string_view slot) const {
    const fs::path file = fileFor(slot);
    SaveReadResult result = readFile(file);
    if (result.status == SaveStatus::Missing || result.status == SaveStatus::Corrupt) {
        const fs::path backup = withSuffix(file, ".bak");
        result.backupAvailable = readFile(backup).status == SaveStatus::Ok;
        if (result.backupAvailable) {
            result.message += "; the previous save " + backup.filename().string() +
                              " is intact and can be loaded instead";
        }
    }
    return result;
}

SaveReadResult SaveStore::readBackup(std::string_view slot) const {
    return readFile(withSuffix(fileFor(slot), ".bak"));
}

std::vector<SaveSlotInfo> SaveStore::listSlots() const {
    std::vector<SaveSlotInfo> slots;
    for (const auto& slot : slotNames()) {
        slots.push_back({slot, read(slot)});
    }
    return slots;
}

SaveReadResult SaveStore::readFile(const fs::path& file) {
    SaveReadResult unreadable;
    const std::optional<std::string> text = readBytes(file, unreadable);
    return text ? decode(*text, file) : unreadable;
}

std::optional<std::string> SaveStore::readBytes(const fs::path& file, SaveReadResult& unreadable) {
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (!fs::exists(status)) {
        unreadable.status = SaveStatus::Missing;
        unreadable.file = file;
        unreadable.message = file.string() + ": no save here";
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        unreadable = corrupt(file, "not a regular file");
        return std::nullopt;
    }
    try {
        return engine::io::readFileLimited(file, kMaxSaveBytes);
    } catch (const engine::Error& failure) {
        unreadable = corrupt(file, failure.diagnostic().message);
        return std::nullopt;
    }
}

SaveReadResult SaveStore::decode(std::string_view text, const fs::path& file) {
    if (text.empty()) {
        return corrupt(file, "the file is empty");
    }
    json object;
    try {
        object = json::parse(text.begin(), text.end());
    } catch (const json::exception& error) {
        return corrupt(file,
                       "not valid JSON (cut short or overwritten?): " + jsonProblem(error.what()));
    }
    if (!object.is_object()) {
        return corrupt(file, "not a save object");
    }
    const auto version = object.find("formatVersion");
    if (version == object.end() || !version->is_number_integer()) {
        return corrupt(file, "formatVersion is missing or not an integer");
    }
    // Positive numbers parse as unsigned, negative ones as signed.
    const std::int64_t declared = version->is_number_unsigned()
                                      ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                            version->get<std::uint64_t>(), kMaxKnownVersion))
                                      : version->get<std::int64_t>();
    if (declared > SaveGame::kFormatVersion) {
        SaveReadResult result;
        result.status = SaveStatus::NewerVersion;
        result.file = file;
        result.formatVersion = static_cast<int>(declared);
        result.message = file.string() + ": this save was written by a newer version of the " +
                         "game (save format " + version->dump() + "; this game reads format " +
                         std::to_string(SaveGame::kFormatVersion) +
                         " and older); it was left untouched";
        return result;
    }
    if (declared < 1) {
        return corrupt(file, "unknown save format " + std::to_string(declared));
    }
    const auto checksum = object.find("checksum");
    if (checksum == object.end() || !checksum->is_string()) {
        return corrupt(file, "checksum is missing");
    }
    const std::string expected = checksum->get<std::string>();
    object.erase("checksum");
    if (saveChecksum(object.dump()) != expected) {
        return corrupt(file, "the checksum does not match (the file was changed or damaged)");
    }
    SaveReadResult result;
    try {
        result.save = detail::saveFromJson(object);
    } catch (const detail::SaveFormatError& error) {
        return corrupt(file, jsonProblem(error.what()));
    } catch (const json::exception& error) {
        return corrupt(file, jsonProblem(error.what()));
    }
    result.status = SaveStatus::Ok;
    result.file = file;
    return result;
}

} // namespace respect::game
