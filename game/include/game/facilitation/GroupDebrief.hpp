#pragma once
// What a team event's debrief shows, built headless from the forum-theatre record: per
// encounter play (the first, and each replay) the vote split at every choice, the option
// played and how the play ended, then the scenario's questions for the room. The screen
// and the printable page both draw from it. Only counts of hands: no names.

#include <game/code/DiversityCode.hpp>
#include <game/facilitation/ForumTheatre.hpp>
#include <game/level/Level.hpp>
#include <game/records/XapiStatements.hpp>
#include <game/text/UiText.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace respect::game {

struct GroupDebriefChoice {
    std::vector<std::string> options;
    std::vector<int> hands;
    std::vector<int> percents; ///< add up to 100, or all 0 when no vote was taken
    std::size_t played = 0;
};

struct GroupDebriefPlay {
    std::string title;          ///< the encounter's
    bool replay = false;        ///< a replay from a choice point of an earlier play
    std::size_t fromChoice = 0; ///< for a replay, 0-based
    std::string outcome;        ///< "respectful", "awkward", "hurtful", "neutral" or ""
    std::vector<GroupDebriefChoice> choices;
    std::vector<std::string> scoreChanges; ///< "Language +2", in the code's order
};

struct GroupDebrief {
    std::string levelTitle;
    std::string lang;
    std::string date; ///< ISO 8601 UTC
    std::vector<GroupDebriefPlay> plays;
    std::vector<std::string> questions;
};

/// The team event's choices for its xAPI statements, replays included, in play order.
TeamRecord teamRecordOf(const ForumTheatre& forum);

GroupDebrief buildGroupDebrief(const ForumTheatre& forum, const Level& level,
                               const DiversityCode& code, std::string date);

/// The group debrief as one self-contained printable page (no scripts, nothing fetched).
std::string groupDebriefHtml(const GroupDebrief& debrief, const UiText& text);
/// Writes it atomically; throws engine::Error naming the file.
void writeGroupDebriefHtml(const GroupDebrief& debrief, const UiText& text,
                           const std::filesystem::path& file);

} // namespace respect::game
