#include <game/campaign/ScenarioCard.hpp>
#include <game/level/LevelFiles.hpp>

#include <set>

namespace respect::game {
namespace {

ScenarioCard cardFor(const Campaign& campaign, const CampaignEntry& entry,
                     const DiversityCode& code, const engine::io::ContentRoot* data) {
    ScenarioCard card;
    card.file = entry.file;
    card.levelId = entry.levelId;
    card.title = entry.file;
    card.requiredLevels = entry.requiredLevels;
    const std::string displayName = campaign.displayNameOf(entry);
    if (entry.path.empty()) {
        card.error = displayName + ": error: file not found";
        return card;
    }
    engine::DiagnosticList diagnostics;
    const auto level = loadCheckedLevel(entry.path, displayName, code, data, diagnostics);
    if (!level) {
        card.error = diagnostics.firstError("the level could not be loaded");
        return card;
    }
    card.levelId = level->id;
    card.title = level->title;
    card.summary = level->summary;
    card.minutes = level->minutes;
    card.dimensions = coveredDimensions(*level, code);
    return card;
}

} // namespace

std::vector<std::string> coveredDimensions(const Level& level, const DiversityCode& code) {
    std::set<std::string, std::less<>> used;
    for (const auto& [choice, info] : level.choices) {
        for (const auto& score : info.scores) {
            used.insert(score.dimension);
        }
    }
    if (used.empty()) {
        for (const auto& [ref, line] : level.dimensions) {
            used.insert(ref);
        }
    }
    std::vector<std::string> ordered;
    for (const auto& dimension : code.dimensions()) {
        if (used.count(dimension.id) != 0) {
            ordered.push_back(dimension.id);
        }
    }
    return ordered;
}

std::vector<ScenarioCard> buildScenarioCards(const Campaign& campaign, const DiversityCode& code,
                                             const engine::io::ContentRoot* data,
                                             const CampaignProgress& progress) {
    std::vector<ScenarioCard> cards;
    for (const auto& entry : campaign.scenarios) {
        cards.push_back(cardFor(campaign, entry, code, data));
    }
    applyProgress(cards, progress);
    return cards;
}

void applyProgress(std::vector<ScenarioCard>& cards, const CampaignProgress& progress) {
    for (auto& card : cards) {
        const LevelProgress* record = card.levelId.empty() ? nullptr : progress.find(card.levelId);
        card.progress = record != nullptr ? *record : LevelProgress{};
        card.missingLevels.clear();
        for (const auto& id : card.requiredLevels) {
            if (!progress.isCompleted(id)) {
                card.missingLevels.push_back(id);
            }
        }
        card.locked = !card.missingLevels.empty();
    }
}

} // namespace respect::game
