#pragma once
// Ties a campaign to its level files: each scenario must be a readable level inside the
// campaign's folder, level ids must be unique, and `requires` may only name levels listed
// earlier (so there is no cycle and every scenario can be unlocked). Levels in the folder
// that the campaign does not list are reported as warnings: players could never reach them.

#include <engine/core/Diagnostic.hpp>
#include <game/campaign/Campaign.hpp>

#include <filesystem>

namespace respect::game {

/// Fills each entry's `path` and `levelId` from the files in `levelsFolder` (only the
/// level's root element is read; the level's own content is checkLevel()'s job). What the
/// game cannot honour is reported and removed so the rest stays playable: an entry whose
/// level id repeats an earlier one, and `requires` ids that name no earlier level (such a
/// scenario is then unlocked rather than locked forever). An entry whose file is missing
/// or unreadable is kept with an empty `levelId`; its card shows the problem.
void resolveCampaign(Campaign& campaign, const std::filesystem::path& levelsFolder,
                     engine::DiagnosticList& diagnostics);

} // namespace respect::game
