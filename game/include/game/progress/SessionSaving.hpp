#pragma once
// The bridge between a playing LevelSession and a SaveGame: capture what a save needs,
// and resume a session from a save, even when the level was edited since (the session
// resumes nearby and says so instead of failing).

#include <game/level/LevelSession.hpp>
#include <game/progress/SaveGame.hpp>

#include <string>

namespace respect::game {

/// A save of the session as it is now, stamped with this game's version and the current
/// UTC time. The player's place is left at its defaults: set it from the OfficeWorld.
SaveGame captureSave(const LevelSession& session, const std::string& levelFile);

/// Restores `save` into `session` (LevelSession::restore). A line whose id still exists but
/// whose text changed counts as a changed scenario and restarts its node's lines. Throws
/// engine::Error when the save belongs to another level; never for an edited level.
SessionRestore resumeSession(LevelSession& session, const SaveGame& save);

} // namespace respect::game
