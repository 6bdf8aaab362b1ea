#pragma once
// The player's record of the campaign, per level id: whether and how often it was
// completed, when last, and the best result. "Best" is the completion with the highest
// total, the sum of its dimension scores; a tie keeps the earlier one. Plain data:
// ProgressStore reads and writes it as progress.json.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace respect::game {

struct BestResult {
    int total = 0;                     ///< the sum of `scores`
    std::map<std::string, int> scores; ///< by Diversity Code dimension id, as that play ended
    std::string timestamp;             ///< when it was reached, ISO 8601 UTC
};

struct LevelProgress {
    bool completed = false;
    int timesCompleted = 0;
    std::string lastCompleted;      ///< ISO 8601 UTC ("2024-05-01T09:30:00Z"); "" when never
    std::optional<BestResult> best; ///< set by the first completion
};

struct CampaignProgress {
    /// The progress format this game writes; ProgressStore refuses anything newer.
    static constexpr int kFormatVersion = 1;

    std::map<std::string, LevelProgress, std::less<>> levels; ///< by level id

    /// nullptr when the level was never completed (nor recorded).
    const LevelProgress* find(std::string_view levelId) const;
    bool isCompleted(std::string_view levelId) const;

    /// Counts one completed play of `levelId` that ended with `scores` (by dimension id) at
    /// `timestamp` (ISO 8601 UTC). Returns true when it became the level's best result
    /// (always for the first completion).
    bool recordCompletion(const std::string& levelId, const std::map<std::string, int>& scores,
                          const std::string& timestamp);
};

/// The sum of the scores, clamped to the range of int.
int scoreTotal(const std::map<std::string, int>& scores);

} // namespace respect::game
