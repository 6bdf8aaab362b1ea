#pragma once
// What a level means, checked against the Diversity Code and the data folder: known
// characters, dimensions and rules, sound triggers, a story that always ends, typed
// expressions, and asset files that exist.

#include <engine/core/Diagnostic.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/tiled/Map.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <optional>

namespace respect::game {

/// Adds every problem to `diagnostics`. `data` (the folder holding assets/ and levels/)
/// is used to check that referenced files exist; pass nullptr to skip that. The level's
/// map is loaded to check it: pass `map` to keep it (set when it loaded), so that opening
/// a scenario does not read it twice.
void checkLevel(const Level& level, const DiversityCode& code, const engine::io::ContentRoot* data,
                engine::DiagnosticList& diagnostics,
                std::optional<engine::tiled::Map>* map = nullptr);

} // namespace respect::game
