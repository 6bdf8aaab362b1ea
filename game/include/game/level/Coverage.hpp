#pragma once
// How a set of scenarios covers the Diversity Code: for every dimension, the encounters
// with a colleague and with a customer whose choices score it (the 16-cell matrix of the
// campaign), and what a trainer would want fixed: an empty cell, an encounter without a
// respectful ending, a choice without feedback, a scenario without debrief questions.

#include <engine/core/Diagnostic.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <array>
#include <string>
#include <vector>

namespace respect::game {

enum class CounterpartRole { Colleague = 0, Customer = 1 };

struct CoverageCell {
    std::vector<std::string> encounters; ///< "level-id/encounter-id"
};

struct CoverageRow {
    std::string dimension; ///< id
    std::string name;
    std::array<CoverageCell, 2> cells; ///< by CounterpartRole
};

struct Coverage {
    std::vector<CoverageRow> rows; ///< Diversity Code order
    int emptyCells = 0;
};

/// The matrix for `levels`, and a warning (naming the level file and line) for each gap.
Coverage computeCoverage(const std::vector<const Level*>& levels, const DiversityCode& code,
                         engine::DiagnosticList& diagnostics);

/// The matrix as text: one line per dimension and role, with the encounters in the cell.
std::string formatCoverage(const Coverage& coverage);

} // namespace respect::game
