#pragma once
// Reads the form of a campaign file: elements, attributes, ids, duplicate files, file
// names that are not scenarios. Every problem is a file:line diagnostic. What needs the
// level files (do they exist, which ids do they declare, can `requires` be met) is
// resolveCampaign()'s job.

#include <engine/core/Diagnostic.hpp>
#include <engine/xml/Document.hpp>
#include <game/campaign/Campaign.hpp>

#include <optional>

namespace respect::game {

/// The campaign, or std::nullopt when the root is not <campaign>. Entries without a usable
/// file (missing, duplicate, not a scenario) are reported and left out, so the rest of the
/// campaign stays playable.
std::optional<Campaign> loadCampaign(const engine::xml::Document& document,
                                     engine::DiagnosticList& diagnostics);

} // namespace respect::game
