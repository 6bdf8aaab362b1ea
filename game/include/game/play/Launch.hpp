#pragma once
// Starting a scenario, fresh or from a save, and opening a save slot the way the player
// expects: a damaged save is reported and its previous generation offered, a save from a
// newer game is refused and left untouched, and an edited level resumes nearby with a
// notice. Whatever goes wrong, the player sees why and the game goes on.

#include <engine/scene/Scene.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/GameContext.hpp>
#include <game/progress/SaveGame.hpp>

#include <memory>
#include <string>

namespace respect::game {

/// The scene that plays `levelFile` ("levels/x.xml"): the office when the level has a map,
/// encounter by encounter otherwise; resumed from `save` when given. A level that cannot be
/// loaded gives a notice naming the file, line and problem.
std::unique_ptr<engine::Scene> openScenario(GameContext& context, const std::string& levelFile,
                                            const SaveGame* save = nullptr);

/// The content path ("levels/x.xml") of a `--level` argument: a file in the data folder's
/// levels/, or a path (from the current folder) to a level inside the data folder. Throws
/// engine::Error naming the argument when it is neither.
std::string levelFileOf(const engine::io::ContentRoot& content, const std::string& argument);

/// `respect --level FILE`: asks `stack` to push the scenario above what is there (the title),
/// as the scenario list would; the next applyRequests() shows it. Throws engine::Error with every
/// error of the level
/// (`file:line: error: ...`, one a line) when it cannot be played.
void openLevelFromCommandLine(GameContext& context, engine::SceneStack& stack,
                              const std::string& argument);

/// Reads `slot` and pushes what follows: the scenario, or a notice, or the question
/// whether to load the damaged save's previous generation.
void openSaveSlot(GameContext& context, engine::SceneStack& stack, const std::string& slot);

/// Writes the active scenario to `slot`; "" or a message for the player.
std::string saveActiveScenario(GameContext& context, const std::string& slot);

} // namespace respect::game
