#include "ProgressJson.hpp"

#include <engine/core/Error.hpp>
#include <game/code/DiversityCode.hpp>

#include <algorithm>
#include <cstdint>

namespace respect::game::detail {

using nlohmann::json;

namespace {

/// Bounds for numbers read back, so sums and counters cannot overflow.
constexpr std::int64_t kMaxCount = 1000000;
constexpr std::int64_t kMaxScore = 1000000;

class Reader {
public:
    Reader(const std::string& fileName, std::vector<std::string>& warnings)
        : fileName_(fileName), warnings_(warnings) {}

    void warn(const std::string& message) {
        warnings_.push_back(fileName_ + ": warning: " + message);
    }

    /// An integer clamped to [-limit, limit]; std::nullopt (with a warning) otherwise.
    std::optional<int> integer(const json& value, const std::string& what, std::int64_t limit) {
        if (!value.is_number_integer()) {
            warn(what + " should be a whole number; it was ignored");
            return std::nullopt;
        }
        const std::int64_t number =
            value.is_number_unsigned()
                ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                      value.get<std::uint64_t>(), static_cast<std::uint64_t>(limit)))
                : value.get<std::int64_t>();
        return static_cast<int>(std::clamp(number, -limit, limit));
    }

    std::optional<BestResult> best(const json& value, const std::string& where) {
        if (!value.is_object()) {
            warn(where + ": 'best' should be an object; it was ignored");
            return std::nullopt;
        }
        BestResult result;
        if (const auto scores = value.find("scores");
            scores != value.end() && scores->is_object()) {
            for (const auto& [dimension, score] : scores->items()) {
                if (const auto number =
                        integer(score, where + ": score '" + dimension + "'", kMaxScore)) {
                    result.scores[dimension] = *number;
                }
            }
        } else if (scores != value.end()) {
            warn(where + ": 'best.scores' should be an object; it was ignored");
        }
        // The total is the sum of the scores by definition, so it is not read back.
        result.total = scoreTotal(result.scores);
        if (const auto timestamp = value.find("timestamp");
            timestamp != value.end() && timestamp->is_string()) {
            result.timestamp = timestamp->get<std::string>();
        }
        return result;
    }

    std::optional<LevelProgress> level(const std::string& id, const json& value) {
        const std::string where = "level '" + id + "'";
        if (!isValidId(id)) {
            warn("'" + id + "' is not a level id; its progress was ignored");
            return std::nullopt;
        }
        if (!value.is_object()) {
            warn(where + " should be an object; its progress was ignored");
            return std::nullopt;
        }
        LevelProgress level;
        if (const auto completed = value.find("completed"); completed != value.end()) {
            if (completed->is_boolean()) {
                level.completed = completed->get<bool>();
            } else {
                warn(where + ": 'completed' should be true or false; it was ignored");
            }
        }
        if (const auto times = value.find("timesCompleted"); times != value.end()) {
            level.timesCompleted =
                std::max(0, integer(*times, where + ": 'timesCompleted'", kMaxCount).value_or(0));
        }
        // A level played to the end at least once is completed, whatever the flag says.
        level.completed = level.completed || level.timesCompleted > 0;
        if (const auto last = value.find("lastCompleted");
            last != value.end() && last->is_string()) {
            level.lastCompleted = last->get<std::string>();
        }
        if (const auto found = value.find("best"); found != value.end() && !found->is_null()) {
            level.best = best(*found, where);
        }
        return level;
    }

private:
    const std::string& fileName_;
    std::vector<std::string>& warnings_;
};

} // namespace

std::string progressToJson(const CampaignProgress& progress) {
    json levels = json::object();
    for (const auto& [id, level] : progress.levels) {
        json entry = json::object();
        entry["completed"] = level.completed;
        entry["timesCompleted"] = level.timesCompleted;
        entry["lastCompleted"] = level.lastCompleted;
        if (level.best) {
            entry["best"] = {{"total", level.best->total},
                             {"scores", level.best->scores},
                             {"timestamp", level.best->timestamp}};
        }
        levels[id] = std::move(entry);
    }
    const json object = {{"version", CampaignProgress::kFormatVersion},
                         {"levels", std::move(levels)}};
    try {
        return object.dump(2) + "\n";
    } catch (const json::exception& error) {
        throw engine::Error("", 0, std::string("cannot encode the progress: ") + error.what());
    }
}

CampaignProgress progressFromJson(const json& object, const std::string& fileName,
                                  std::vector<std::string>& warnings) {
    Reader reader(fileName, warnings);
    CampaignProgress progress;
    const auto levels = object.find("levels");
    if (levels == object.end()) {
        return progress;
    }
    if (!levels->is_object()) {
        throw engine::Error(fileName, 0, "'levels' is not an object");
    }
    for (const auto& [id, value] : levels->items()) {
        if (auto level = reader.level(id, value)) {
            progress.levels[id] = std::move(*level);
        }
    }
    return progress;
}

} // namespace respect::game::detail
