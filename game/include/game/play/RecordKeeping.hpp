#pragma once
// Where a finished play's records go in the game: the player's records folder, the second
// folder the settings may name (HR's share), and the Learning Record Store when one is set
// (in the background). What the records are is the caller's business.

#include <game/GameContext.hpp>
#include <game/play/Scenario.hpp>
#include <game/records/RecordsFolder.hpp>
#include <game/records/XapiStatements.hpp>

#include <functional>
#include <string>

namespace respect::game {

/// What the records say about a play of `scenario` ending at `finishedAt`: the player
/// named in the settings (a player id is made and kept the first time), the play's
/// registration, start and time played, the language and the game's version.
PlayRecordContext playRecordContext(GameContext& context, const Scenario& scenario,
                                    const std::string& finishedAt);

/// Calls `write` for each records folder, then queues the data folder's outbox for the LRS.
/// Returns what went wrong, a line per folder, for a notice ("" when all went well).
std::string keepRecords(GameContext& context,
                        const std::function<void(const RecordsFolder&)>& write);

} // namespace respect::game
