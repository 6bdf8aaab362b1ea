#pragma once
// The save slots in one folder: `<slot>.json`, written through writeFileAtomically so a
// crash or a full disk never leaves a half-written save and the previous generation stays
// as `<slot>.json.bak`. Reading never repairs or replaces anything: it tells the caller
// what it found (a save, nothing, a damaged file with or without a good backup, or a save
// from a newer game) and the caller decides.

#include <game/progress/SaveGame.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

enum class SaveStatus { Ok, Missing, Corrupt, NewerVersion };

/// "ok", "missing", "corrupt" or "newer-version".
const char* saveStatusName(SaveStatus status);

struct SaveReadResult {
    SaveStatus status = SaveStatus::Missing;
    std::optional<SaveGame> save; ///< only when Ok
    std::filesystem::path file;   ///< the file that was read
    std::string message;          ///< empty when Ok; names the file and what is wrong
    /// Missing or Corrupt: `<file>.bak` holds a valid save that readBackup() returns.
    bool backupAvailable = false;
    int formatVersion = 0; ///< NewerVersion: the version the file declares
};

/// One entry of the slot list shown to the player.
struct SaveSlotInfo {
    std::string slot;
    SaveReadResult read; ///< what read(slot) returns now
};

class SaveStore {
public:
    static constexpr const char* kAutosave = "autosave";
    /// Saves larger than this are treated as damaged rather than read.
    static constexpr std::size_t kMaxSaveBytes = 4u * 1024u * 1024u;

    /// The folder is created (mode 0700) by the first write.
    explicit SaveStore(std::filesystem::path folder);

    const std::filesystem::path& folder() const { return folder_; }

    /// "autosave", "slot-1", "slot-2", "slot-3": the only names write() and read() take.
    static const std::vector<std::string>& slotNames();
    static bool isSlotName(std::string_view slot);
    /// folder/<slot>.json. Throws engine::Error on a name that is not a slot.
    std::filesystem::path fileFor(std::string_view slot) const;

    /// Writes `save` (its slot set to `slot`, its timestamp set to now when empty).
    /// Throws engine::Error naming the file when the slot is unknown, the save cannot be
    /// encoded, or writing fails (disk full, read-only); the previous save is then intact.
    /// A damaged previous file is first kept as `<slot>.json.broken` so the rotation does
    /// not push a good `.bak` out.
    void write(std::string_view slot, const SaveGame& save) const;

    /// Reads `<slot>.json`. Never throws for file contents; throws engine::Error only for an
    /// unknown slot name.
    SaveReadResult read(std::string_view slot) const;
    /// Reads `<slot>.json.bak`, the previous generation, the same way.
    SaveReadResult readBackup(std::string_view slot) const;
    /// Every slot in slotNames() order with what read() finds there.
    std::vector<SaveSlotInfo> listSlots() const;

    /// Decodes the text of a save file; `file` only names it in messages. Never throws.
    static SaveReadResult decode(std::string_view text, const std::filesystem::path& file);

private:
    static SaveReadResult readFile(const std::filesystem::path& file);
    /// The file's bytes, or std::nullopt with `unreadable` saying why (Missing or Corrupt).
    static std::optional<std::string> readBytes(const std::filesystem::path& file,
                                                SaveReadResult& unreadable);

    std::filesystem::path folder_;
};

} // namespace respect::game
