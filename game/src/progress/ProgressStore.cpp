#include "BrokenFile.hpp"
#include "ProgressJson.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/io/XdgPaths.hpp>
#include <game/progress/ProgressStore.hpp>
#include <game/progress/SaveGame.hpp>
#include <game/text/JsonProblem.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace respect::game {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/// Versions above this are reported as this (they only need to be "newer").
constexpr std::uint64_t kMaxKnownVersion = 1000000;

ProgressLoad corrupt(const fs::path& file, const std::string& why) {
    ProgressLoad result;
    result.status = ProgressStatus::Corrupt;
    result.message = file.string() + ": the progress could not be read (" + why + ")";
    return result;
}

/// Reads and decodes one file that exists.
ProgressLoad readFile(const fs::path& file) {
    std::string text;
    try {
        text = engine::io::readFileLimited(file, ProgressStore::kMaxProgressBytes);
    } catch (const engine::Error& failure) {
        return corrupt(file, failure.diagnostic().message);
    }
    return ProgressStore::decode(text, file);
}

bool isPresent(const fs::path& file) {
    std::error_code error;
    return fs::exists(fs::symlink_status(file, error));
}

/// Moves a damaged file to a free `.broken` name; the reason on failure, "" on success.
std::string keepAside(const fs::path& file, fs::path& broken) {
    broken = detail::freeBrokenName(file);
    if (std::rename(file.c_str(), broken.c_str()) == 0) {
        return "";
    }
    const int code = errno;
    broken.clear();
    return std::strerror(code);
}

} // namespace

const char* progressStatusName(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Empty:
        return "empty";
    case ProgressStatus::Loaded:
        return "loaded";
    case ProgressStatus::Corrupt:
        return "corrupt";
    case ProgressStatus::NewerVersion:
        return "newer-version";
    }
    return "corrupt";
}

ProgressStore::ProgressStore(fs::path folder) : folder_(std::move(folder)) {}

ProgressLoad ProgressStore::load() const {
    const fs::path path = file();
    if (!isPresent(path)) {
        return {};
    }
    ProgressLoad result = readFile(path);
    if (result.status == ProgressStatus::Corrupt) {
        const std::string moveFailure = keepAside(path, result.brokenFile);
        result.message += moveFailure.empty() ? "; it was kept as " + result.brokenFile.string()
                                              : "; it could not be moved aside (" + moveFailure +
                                                    ") and will not be overwritten";
        const fs::path backup = fs::path(path).concat(".bak");
        ProgressLoad previous = isPresent(backup) ? readFile(backup) : ProgressLoad{};
        if (previous.status == ProgressStatus::Loaded) {
            result.progress = std::move(previous.progress);
            result.warnings = std::move(previous.warnings);
            result.restoredFromBackup = true;
            result.message += "; the game goes on with the previous copy, " + backup.string();
        } else {
            result.message += "; the game goes on with no completed scenario";
        }
    }
    if (!result.message.empty()) {
        engine::log::warning(result.message);
    }
    for (const auto& warning : result.warnings) {
        engine::log::warning(warning);
    }
    return result;
}

void ProgressStore::save(const CampaignProgress& progress) const {
    const fs::path path = file();
    std::string text;
    try {
        text = detail::progressToJson(progress);
    } catch (const engine::Error& failure) {
        throw engine::Error(path.string(), 0, failure.diagnostic().message);
    }
    engine::io::XdgPaths::createPrivateFolder(folder_);
    // Look at what is there before replacing it: it may have appeared or changed since
    // load(), and a newer or damaged file must not end up as the .bak, then be lost.
    if (isPresent(path)) {
        const ProgressLoad current = readFile(path);
        if (current.status == ProgressStatus::NewerVersion) {
            throw engine::Error(path.string(), 0,
                                "the progress file was written by a newer version of the game "
                                "(progress format " +
                                    std::to_string(current.formatVersion) +
                                    "); it was left untouched and this progress was not saved");
        }
        if (current.status == ProgressStatus::Corrupt) {
            fs::path broken;
            const std::string moveFailure = keepAside(path, broken);
            if (!moveFailure.empty()) {
                throw engine::Error(path.string(), 0,
                                    "the progress file is damaged and could not be moved aside (" +
                                        moveFailure + "); it was not overwritten");
            }
            engine::log::warning(path.string() + ": damaged progress file kept as " +
                                 broken.string());
        }
    }
    engine::io::writeFileAtomically(path, text);
}

ProgressRecord ProgressStore::recordCompletion(CampaignProgress& progress,
                                               const std::string& levelId,
                                               const std::map<std::string, int>& scores) const {
    ProgressRecord record;
    record.newBest = progress.recordCompletion(levelId, scores, utcTimestamp(std::time(nullptr)));
    try {
        save(progress);
        record.saved = true;
    } catch (const engine::Error& failure) {
        record.message = failure.diagnostic().file + ": " + failure.diagnostic().message;
        engine::log::warning(record.message);
    }
    return record;
}

ProgressLoad ProgressStore::decode(std::string_view text, const fs::path& file) {
    if (text.empty()) {
        return corrupt(file, "the file is empty");
    }
    json object;
    try {
        object = json::parse(text.begin(), text.end());
    } catch (const json::exception& error) {
        return corrupt(file, "not valid JSON: " + jsonProblem(error.what()));
    }
    if (!object.is_object()) {
        return corrupt(file, "not a progress object");
    }
    const auto version = object.find("version");
    if (version == object.end() || !version->is_number_integer()) {
        return corrupt(file, "'version' is missing or not a whole number");
    }
    // Positive numbers parse as unsigned, negative ones as signed.
    const std::int64_t declared = version->is_number_unsigned()
                                      ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                            version->get<std::uint64_t>(), kMaxKnownVersion))
                                      : version->get<std::int64_t>();
    if (declared > CampaignProgress::kFormatVersion) {
        ProgressLoad result;
        result.status = ProgressStatus::NewerVersion;
        result.formatVersion = static_cast<int>(declared);
        result.message = file.string() +
                         ": this progress was written by a newer version of the game "
                         "(progress format " +
                         std::to_string(declared) + "; this game reads format " +
                         std::to_string(CampaignProgress::kFormatVersion) +
                         " and older); it was left untouched and progress made now will not "
                         "be saved over it";
        return result;
    }
    if (declared < 1) {
        return corrupt(file, "unknown progress format " + std::to_string(declared));
    }
    ProgressLoad result;
    try {
        result.progress = detail::progressFromJson(object, file.string(), result.warnings);
    } catch (const engine::Error& failure) {
        return corrupt(file, failure.diagnostic().message);
    }
    result.status = ProgressStatus::Loaded;
    return result;
}

} // namespace respect::game
