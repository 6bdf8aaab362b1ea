#pragma once
// Plays a level along every sequence of choices (depth first, replaying from the start
// for each branch, up to a cap) to prove that every path reaches the end: no dead end,
// no choice point with nothing to choose, no runtime error.

#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <string>
#include <vector>

namespace respect::game {

struct ExplorationReport {
    std::size_t pathsCompleted = 0;
    bool capped = false; ///< stopped at the cap before every path was walked
    /// Each problem with the choices (1-based) that lead to it, e.g. "1,2: soft-lock ...".
    std::vector<std::string> problems;
};

ExplorationReport explorePaths(const Level& level, const DiversityCode& code,
                               std::size_t maxPaths = 20000);

} // namespace respect::game
