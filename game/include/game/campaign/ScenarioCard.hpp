#pragma once
// What the scenario select screen shows for each scenario of the campaign, in campaign
// order: what the level is about, whether it can be played yet, and the player's record.
// Building the cards loads every level once; applyProgress() refreshes the record and the
// locks after a completion without loading anything again.

#include <engine/io/ContentRoot.hpp>
#include <game/campaign/Campaign.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>
#include <game/progress/CampaignProgress.hpp>

#include <string>
#include <vector>

namespace respect::game {

struct ScenarioCard {
    std::string file;    ///< relative to levels/, as campaign.xml names it
    std::string levelId; ///< empty when the file could not be read
    std::string title;   ///< the level's title; the file name when it could not be loaded
    std::string summary;
    int minutes = 0;                     ///< 0 when the level does not say
    std::vector<std::string> dimensions; ///< Diversity Code dimension ids, in the code's order

    std::vector<std::string> requiredLevels; ///< level ids that unlock it
    std::vector<std::string> missingLevels;  ///< those not completed yet: why it is locked
    bool locked = false;                     ///< some required level is not completed
    LevelProgress progress;                  ///< completed, times, last completion, best result

    /// Not empty when the level cannot be played: its first error, "file:line: error: ...".
    std::string error;

    bool playable() const { return !locked && error.empty(); }
};

/// The dimensions a level covers: those its choices score, in the order of the Diversity
/// Code; when no choice scores anything, the dimensions its <meta> declares.
std::vector<std::string> coveredDimensions(const Level& level, const DiversityCode& code);

/// One card per campaign entry. Each level is loaded and checked with loadCheckedLevel()
/// (`data`, the data folder, is used to check its assets; it may be null); a level that
/// fails gives a card with `error` set, never an exception.
std::vector<ScenarioCard> buildScenarioCards(const Campaign& campaign, const DiversityCode& code,
                                             const engine::io::ContentRoot* data,
                                             const CampaignProgress& progress);

/// Sets `progress`, `missingLevels` and `locked` of every card from `progress`.
void applyProgress(std::vector<ScenarioCard>& cards, const CampaignProgress& progress);

} // namespace respect::game
