#include <game/progress/CampaignProgress.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace respect::game {

const LevelProgress* CampaignProgress::find(std::string_view levelId) const {
    const auto found = levels.find(levelId);
    return found == levels.end() ? nullptr : &found->second;
}

bool CampaignProgress::isCompleted(std::string_view levelId) const {
    const LevelProgress* level = find(levelId);
    return level != nullptr && level->completed;
}

bool CampaignProgress::recordCompletion(const std::string& levelId,
                                        const std::map<std::string, int>& scores,
                                        const std::string& timestamp) {
    LevelProgress& level = levels[levelId];
    level.completed = true;
    if (level.timesCompleted < std::numeric_limits<int>::max()) {
        ++level.timesCompleted;
    }
    level.lastCompleted = timestamp;
    const int total = scoreTotal(scores);
    // Strictly higher: a tie keeps the earlier best.
    if (level.best && level.best->total >= total) {
        return false;
    }
    level.best = BestResult{total, scores, timestamp};
    return true;
}

int scoreTotal(const std::map<std::string, int>& scores) {
    std::int64_t sum = 0;
    for (const auto& [dimension, score] : scores) {
        sum += score; // at most a few dozen dimensions: no int64 overflow
    }
    return static_cast<int>(std::clamp<std::int64_t>(sum, std::numeric_limits<int>::min(),
                                                     std::numeric_limits<int>::max()));
}

} // namespace respect::game
