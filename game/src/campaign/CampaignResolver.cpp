#include <engine/core/Error.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/xml/Document.hpp>
#include <game/campaign/CampaignResolver.hpp>
#include <game/level/LevelFiles.hpp>

#include <algorithm>
#include <optional>

namespace respect::game {
namespace {

namespace fs = std::filesystem;

/// Finds the entry's file and reads the id its <level> root declares.
void readLevelId(const Campaign& campaign, const engine::io::ContentRoot& folder,
                 CampaignEntry& entry, engine::DiagnosticList& diagnostics) {
    try {
        entry.path = folder.resolve(entry.file);
    } catch (const engine::Error& problem) {
        diagnostics.error(campaign.file, entry.line,
                          "scenario '" + entry.file + "': " + problem.diagnostic().message);
        return;
    }
    try {
        const auto document =
            engine::xml::Document::loadFile(entry.path, campaign.displayNameOf(entry));
        const auto root = document.root();
        if (root.name() != "level") {
            diagnostics.error(campaign.file, entry.line,
                              "scenario '" + entry.file +
                                  "' is not a level: its root element is <" +
                                  std::string(root.name()) + ">, expected <level>");
            return;
        }
        entry.levelId = root.attribute("id").value_or("");
        if (entry.levelId.empty()) {
            diagnostics.error(campaign.file, entry.line,
                              "scenario '" + entry.file + "' has no level id");
        }
    } catch (const engine::Error& problem) {
        diagnostics.error(campaign.file, entry.line,
                          "scenario '" + entry.file + "' cannot be read (" +
                              problem.diagnostic().format() + ")");
    }
}

/// The ids of `entry.requiredLevels` that name a level listed before it; reports the others.
std::vector<std::string> metRequirements(const Campaign& campaign, std::size_t index,
                                         engine::DiagnosticList& diagnostics) {
    const auto& entry = campaign.scenarios[index];
    const auto earlierEnd = campaign.scenarios.begin() + static_cast<std::ptrdiff_t>(index);
    const auto byId = [](const std::string& id) {
        return [&id](const CampaignEntry& other) { return other.levelId == id; };
    };
    std::vector<std::string> met;
    for (const auto& id : entry.requiredLevels) {
        const auto later = std::find_if(earlierEnd + 1, campaign.scenarios.end(), byId(id));
        if (id == entry.levelId) {
            diagnostics.error(campaign.file, entry.line,
                              "scenario '" + entry.file + "' requires its own level '" + id + "'");
        } else if (std::find_if(campaign.scenarios.begin(), earlierEnd, byId(id)) != earlierEnd) {
            met.push_back(id);
        } else if (later != campaign.scenarios.end()) {
            diagnostics.error(campaign.file, entry.line,
                              "'requires' names '" + id +
                                  "', which comes later in the campaign (line " +
                                  std::to_string(later->line) +
                                  "); a scenario can only require scenarios listed before it");
        } else {
            diagnostics.error(campaign.file, entry.line,
                              "'requires' names '" + id +
                                  "', which is not the id of a level in this campaign");
        }
    }
    return met;
}

/// Drops entries whose level id repeats an earlier one: progress is kept by level id.
void dropRepeatedLevelIds(Campaign& campaign, engine::DiagnosticList& diagnostics) {
    std::vector<CampaignEntry> unique;
    for (auto& entry : campaign.scenarios) {
        const auto first = std::find_if(unique.begin(), unique.end(), [&](const auto& earlier) {
            return !entry.levelId.empty() && earlier.levelId == entry.levelId;
        });
        if (first == unique.end()) {
            unique.push_back(std::move(entry));
            continue;
        }
        diagnostics.error(campaign.file, entry.line,
                          "scenario '" + entry.file + "' declares the level id '" + entry.levelId +
                              "', like '" + first->file + "' on line " +
                              std::to_string(first->line) + "; level ids must be unique");
    }
    campaign.scenarios = std::move(unique);
}

/// `listed`: the files the campaign names, found, including entries dropped for errors.
void warnAboutUnlistedLevels(const Campaign& campaign, const fs::path& levelsFolder,
                             const std::vector<fs::path>& listed,
                             engine::DiagnosticList& diagnostics) {
    std::vector<fs::path> unlisted;
    std::error_code error;
    for (const auto& item : fs::directory_iterator(levelsFolder, error)) {
        if (!isScenarioFile(item.path()) || !item.is_regular_file(error)) {
            continue;
        }
        const fs::path real = fs::weakly_canonical(item.path(), error);
        if (std::find(listed.begin(), listed.end(), real) == listed.end()) {
            unlisted.push_back(item.path().filename());
        }
    }
    std::sort(unlisted.begin(), unlisted.end());
    for (const auto& name : unlisted) {
        diagnostics.warning(campaign.file, campaign.line,
                            "scenario '" + name.string() +
                                "' is not in the campaign, so players cannot reach it");
    }
}

} // namespace

void resolveCampaign(Campaign& campaign, const fs::path& levelsFolder,
                     engine::DiagnosticList& diagnostics) {
    std::optional<engine::io::ContentRoot> folder;
    try {
        folder.emplace(levelsFolder);
    } catch (const engine::Error& problem) {
        diagnostics.add(problem.diagnostic());
        return;
    }
    std::vector<fs::path> listed;
    for (auto& entry : campaign.scenarios) {
        readLevelId(campaign, *folder, entry, diagnostics);
        listed.push_back(entry.path);
    }
    dropRepeatedLevelIds(campaign, diagnostics);
    for (std::size_t i = 0; i < campaign.scenarios.size(); ++i) {
        campaign.scenarios[i].requiredLevels = metRequirements(campaign, i, diagnostics);
    }
    warnAboutUnlistedLevels(campaign, folder->path(), listed, diagnostics);
}

} // namespace respect::game
