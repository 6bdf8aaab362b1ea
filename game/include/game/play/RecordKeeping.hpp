#pragma once
// Where a finished play's records go in the game: the player's records folder, the second
// folder the settings may name (HR's share), and the Learning Record Store when one is set
// (in the background). What the records are is the caller's business.

#include <game/GameContext.hpp>
#include <game/records/RecordsFolder.hpp>

#include <functional>
#include <string>

namespace respect::game {

/// Calls `write` for each records folder, then queues the data folder's outbox for the LRS.
/// Returns what went wrong, a line per folder, for a notice ("" when all went well).
std::string keepRecords(GameContext& context,
                        const std::function<void(const RecordsFolder&)>& write);

} // namespace respect::game
