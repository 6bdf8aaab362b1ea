#pragma once
// Reads a level file into a Level. Every problem of form (unknown element or attribute,
// missing or malformed id, bad number, expression syntax) is reported with file:line;
// meaning (unknown rules, dangling gotos, types) is LevelChecker's job.

#include <engine/core/Diagnostic.hpp>
#include <engine/xml/Document.hpp>
#include <game/level/Level.hpp>

#include <optional>

namespace respect::game {

/// The Level, or std::nullopt when the file is too broken to build its dialogue graph.
/// Diagnostics are added to `diagnostics` either way.
std::optional<Level> loadLevel(const engine::xml::Document& document,
                               engine::DiagnosticList& diagnostics);

} // namespace respect::game
