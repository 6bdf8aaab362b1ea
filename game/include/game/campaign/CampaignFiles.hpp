#pragma once
// Loading the campaign file with every problem collected as a diagnostic instead of
// thrown: what `respect check` and the scenario select screen share.

#include <engine/core/Diagnostic.hpp>
#include <game/campaign/Campaign.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace respect::game {

/// Reads and resolves a campaign (loadCampaign() then resolveCampaign() against the
/// file's own folder); diagnostics name `displayName` ("levels/campaign.xml").
/// std::nullopt only when the file itself cannot be read as a campaign (missing, malformed
/// XML, another root element). Otherwise the campaign comes back even with errors, without
/// what could not be honoured, so the player can still play what works; `respect check`
/// fails on any error.
std::optional<Campaign> loadCampaignFile(const std::filesystem::path& file,
                                         const std::string& displayName,
                                         engine::DiagnosticList& diagnostics);

} // namespace respect::game
