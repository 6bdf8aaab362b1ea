#pragma once
// What a save holds: where the player is in a level (the dialogue runner's snapshot by
// ids, scores, encounter results, the encounter being played, the player's place) plus
// versions, a UTC timestamp and the slot. Plain data: SaveStore reads and writes it as
// JSON with a checksum; resumeSession() (SessionSaving.hpp) applies it to a LevelSession.

#include <engine/dialogue/Snapshot.hpp>
#include <game/level/LevelSession.hpp>
#include <game/world/OfficeWorld.hpp>

#include <ctime>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

struct SaveGame {
    /// The save format this game writes; it refuses to read anything newer.
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    std::string gameVersion; ///< the game that wrote it, e.g. "0.1.0"
    std::string levelId;
    std::string levelFile; ///< as the level was opened (relative to the data folder)

    engine::dialogue::Snapshot dialogue;
    /// The source text of the line on screen (ShowingLine), so a line whose id survived an
    /// edit but whose words changed is noticed; empty otherwise.
    std::string lineText;
    std::map<std::string, int> scores; ///< by dimension id
    std::vector<LevelSession::EncounterResult> encounters;
    std::string currentEncounter; ///< "" between encounters

    double playerXPixels = 0.0;
    double playerYPixels = 0.0;
    Facing playerFacing = Facing::Down;

    /// This play, for the completion records: its id, when it began, and how long it has
    /// been played (time on the scenario's screens, pauses and menus excluded). Empty and 0
    /// in saves from before they were recorded.
    std::string registration;
    std::string startedAt;
    double playSeconds = 0.0;

    std::string timestamp; ///< ISO 8601 UTC, "2024-05-01T09:30:00Z"
    std::string slot;      ///< "autosave", "slot-1" ... (set by SaveStore::write)

    /// The JSON text SaveStore writes: sorted keys, a `checksum` member over the canonical
    /// serialization of every other member. Throws engine::Error for a position that is not
    /// a finite number or text that is not UTF-8.
    std::string toJson() const;
};

bool operator==(const SaveGame& a, const SaveGame& b);
inline bool operator!=(const SaveGame& a, const SaveGame& b) {
    return !(a == b);
}

/// FNV-1a 64 of the bytes as 16 lowercase hex digits. A save's checksum is this over the
/// compact JSON dump (sorted keys, no spaces) of the save object without `checksum`.
std::string saveChecksum(std::string_view canonicalJson);

/// `time` as ISO 8601 UTC to the second: "2024-05-01T09:30:00Z".
std::string utcTimestamp(std::time_t time);
/// "2024-05-01T09:30:00Z" → "20240501-093000", for file names.
std::string compactTimestamp(std::string iso);

/// An ISO 8601 UTC timestamp for people: "2024-05-01T09:30:00Z" → "2024-05-01 09:30 UTC".
std::string readableTime(const std::string& iso);

/// "down", "left", "right" or "up".
const char* facingName(Facing facing);

} // namespace respect::game
