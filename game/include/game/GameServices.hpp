#pragma once
// Everything the scenes share, built once per run: the player's folders, settings (applied
// to text, look, sound, keys and window as they change), saves and the frame capture.
// The game and the tests build the same thing; tests pass temporary folders and no window.

#include <engine/app/Platform.hpp>
#include <engine/input/InputState.hpp>
#include <game/GameContext.hpp>
#include <game/records/RecordsUploader.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace respect::game {

/// Where the player's files live.
struct PlayerFolders {
    std::filesystem::path data;   ///< saves, progress, reports: $XDG_DATA_HOME/respect
    std::filesystem::path config; ///< settings.json: $XDG_CONFIG_HOME/respect

    /// The XDG folders (created when missing). Throws engine::Error when there is no home.
    static PlayerFolders fromXdg();
};

/// What the command line changes for one run, without saving it.
struct RunOverrides {
    std::string language; ///< "" keeps the settings' language
    /// Facilitator mode: projector layout (large text, high contrast) and team-event play.
    bool facilitator = false;
};

class GameServices {
public:
    /// `window` and `input` may be null (headless tests): fullscreen and key bindings then
    /// only live in the settings. `speech` receives what text to speech says (none: silent).
    /// `overrides` (--lang, --facilitator) change the settings for this run only.
    GameServices(const engine::io::ContentRoot& content, engine::AudioService& audio,
                 PlayerFolders folders, engine::Platform* window = nullptr,
                 engine::input::InputState* input = nullptr, Narrator::Sink speech = nullptr,
                 const RunOverrides& overrides = {},
                 RecordsUploader::ClientFactory httpClients = {});
    ~GameServices();
    GameServices(const GameServices&) = delete;
    GameServices& operator=(const GameServices&) = delete;

    GameContext& context() { return *context_; }
    const PlayerFolders& folders() const { return folders_; }
    /// Problems found while starting (a damaged settings file kept aside, a broken
    /// catalog) for the player, in the order found.
    const std::vector<std::string>& startupNotices() const { return notices_; }

private:
    void apply(const Settings& settings);

    const engine::io::ContentRoot& content_;
    engine::AudioService& audio_;
    PlayerFolders folders_;
    engine::Platform* window_;
    engine::input::InputState* input_;
    std::vector<std::string> notices_;
    UiText text_;
    Theme theme_;
    Narrator narrator_;
    std::unique_ptr<Preferences> preferences_;
    SaveStore saves_;
    ProgressStore progressStore_;
    CampaignProgress progress_;
    engine::FrameCapture capture_;
    RecordsUploader uploader_;
    std::unique_ptr<GameContext> context_;
    bool fullscreen_ = false;
};

} // namespace respect::game
