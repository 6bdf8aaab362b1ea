#pragma once
// What every scene of the game may use: the data folder, sound, speech, the UI text and
// look, the player's settings, saves and progress, and the frame capture. GameServices
// (GameServices.hpp) owns them; scenes only hold this context by reference.

#include <engine/app/FrameCapture.hpp>
#include <engine/audio/AudioService.hpp>
#include <engine/io/ContentRoot.hpp>
#include <game/progress/CampaignProgress.hpp>
#include <game/progress/Preferences.hpp>
#include <game/progress/ProgressStore.hpp>
#include <game/progress/SaveStore.hpp>
#include <game/text/UiText.hpp>
#include <game/ui/Narrator.hpp>
#include <game/ui/Theme.hpp>

#include <filesystem>
#include <functional>

namespace respect::game {

class ForumTheatre;
class RecordsUploader;

class Scenario;

struct GameContext {
    const engine::io::ContentRoot& content;
    engine::AudioService& audio;
    UiText& text;
    Theme& theme;
    Narrator& narrator;
    Preferences& preferences;
    SaveStore& saves;
    const ProgressStore& progressStore;
    CampaignProgress& progress; ///< loaded at start; completions are added as they happen
    engine::FrameCapture& capture;
    /// Where exported debriefs go (the player's data folder / "reports").
    std::filesystem::path reportsFolder;
    /// Where completion records go (the player's data folder / "records"); the settings may
    /// name a second folder.
    std::filesystem::path recordsFolder;
    /// Sends records to a Learning Record Store in the background; null in tests without it.
    RecordsUploader* uploader = nullptr;
    /// Facilitator mode (team events): scenarios play encounter by encounter, the group
    /// votes at each choice and encounters can be replayed.
    bool facilitator = false;
    /// The forum-theatre record of the scenario being played in facilitator mode; set by
    /// the scene that plays it, nullptr otherwise.
    ForumTheatre* forum = nullptr;
    /// Switches to facilitator mode with the projector layout (large text, high contrast)
    /// for this run, without saving it; set by GameServices.
    std::function<void()> startTeamEvent = nullptr;
    /// The scenario being played, so quitting the game can save it; set by the scene that
    /// plays it, nullptr otherwise.
    Scenario* activeScenario = nullptr;
};

} // namespace respect::game
