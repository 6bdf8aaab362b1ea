#pragma once
// progress.json in the player's data folder (usually XdgPaths::appDataDir("respect")),
// written through writeFileAtomically so the previous generation stays as
// progress.json.bak.
//
// The player's record is never overwritten behind their back:
// - A file that cannot be read is moved aside to progress.json.broken (or .broken.1, ...)
//   and reported; the game goes on with the previous copy (.bak) when that one is good,
//   otherwise with no completed scenario.
// - A file written by a newer game is left untouched and reported, and save() refuses to
//   write over it for as long as it is there (it checks the file on disk before every
//   write, so no flag can be forgotten): progress made meanwhile is kept in memory only.
//
// Typical use: `auto loaded = store.load();` when the scenario select opens (show
// loaded.message when it is not empty), then `store.recordCompletion(loaded.progress, id,
// session.scores())` when a scenario ends (show the message when it was not saved).

#include <game/progress/CampaignProgress.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

enum class ProgressStatus {
    Empty,        ///< no progress file yet: a new player
    Loaded,       ///< read (possibly with warnings)
    Corrupt,      ///< unreadable: kept aside; the progress is the backup's or empty
    NewerVersion, ///< written by a newer game: left untouched; the progress is empty
};

/// "empty", "loaded", "corrupt" or "newer-version".
const char* progressStatusName(ProgressStatus status);

struct ProgressLoad {
    CampaignProgress progress;
    ProgressStatus status = ProgressStatus::Empty;
    std::string message;               ///< Corrupt/NewerVersion: for the player, naming the files
    std::filesystem::path brokenFile;  ///< Corrupt: where the file was kept (empty if not moved)
    bool restoredFromBackup = false;   ///< Corrupt: `progress` is progress.json.bak's
    int formatVersion = 0;             ///< NewerVersion: the version the file declares
    std::vector<std::string> warnings; ///< level entries or values that were dropped
};

/// What recordCompletion() did.
struct ProgressRecord {
    bool newBest = false; ///< this play is the level's best result (always the first time)
    bool saved = false;   ///< written to progress.json
    std::string message;  ///< not saved: why, naming the file
};

class ProgressStore {
public:
    static constexpr std::size_t kMaxProgressBytes = 1024u * 1024u;

    /// The folder is created (mode 0700) by the first write.
    explicit ProgressStore(std::filesystem::path folder);

    std::filesystem::path file() const { return folder_ / "progress.json"; }

    /// Never throws for the file's contents; see the header comment for what it does with
    /// a damaged or newer file.
    ProgressLoad load() const;

    /// Writes `progress`. Throws engine::Error naming the file when the file on disk is from
    /// a newer game (it is left untouched), when a damaged file there cannot be moved aside
    /// first, or when writing fails (disk full, read-only); the old file is then intact.
    void save(const CampaignProgress& progress) const;

    /// progress.recordCompletion(levelId, scores, now) then save(). Never throws: a failed
    /// save is reported in the result, and `progress` keeps the completion either way so
    /// unlocking works for the rest of the session.
    ProgressRecord recordCompletion(CampaignProgress& progress, const std::string& levelId,
                                    const std::map<std::string, int>& scores) const;

    /// Decodes the text of a progress file; `file` only names it in messages. Never throws.
    /// Sets progress, status (Loaded, Corrupt or NewerVersion), message, formatVersion and
    /// warnings; files are not touched.
    static ProgressLoad decode(std::string_view text, const std::filesystem::path& file);

private:
    std::filesystem::path folder_;
};

} // namespace respect::game
