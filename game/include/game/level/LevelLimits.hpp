#pragma once
// How much one level may hold before the checker refuses it. The XML reader's own limits
// (engine/xml/Limits.hpp) bound what reading a file can cost; these bound what a player is
// asked to read and what the game keeps in play. README "Authoring: limits" lists them all.

#include <cstddef>

namespace respect::game {

struct LevelLimits {
    std::size_t maxEncounters = 10000;
    std::size_t maxNodes = 50000;         ///< in the whole level
    std::size_t maxChoicesPerNode = 9;    ///< what one screen (and keys 1-9) can offer
    std::size_t maxCast = 100;            ///< characters in <cast>
    std::size_t maxVariables = 1000;      ///< <var> declarations
    std::size_t maxTitleCharacters = 120; ///< the level's and each encounter's title
    /// Any other text a player or facilitator reads: a line, a choice, feedback, a note,
    /// the summary, a debrief question. Characters, not bytes.
    std::size_t maxTextCharacters = 1000;
};

} // namespace respect::game
