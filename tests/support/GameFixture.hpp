#pragma once
// The whole game without a window, as a player with their own (temporary) folders: the
// real services and scenes, a recording canvas and recording audio, and what text to
// speech would have said. Tests press actions and look at what the screen shows.

#include "RunProgram.hpp"

#include <engine/app/HeadlessPlatform.hpp>
#include <engine/audio/AudioService.hpp>
#include <engine/render/RecordingCanvas.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/GameServices.hpp>
#include <game/scenes/TitleScene.hpp>

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace respect::test {

class GameFixture {
public:
    /// A player whose files are under `home` (a fresh temporary folder when empty).
    /// `httpClients` stands in for the network when records go to an LRS.
    explicit GameFixture(std::filesystem::path home = {},
                         game::RecordsUploader::ClientFactory httpClients = {});

    game::GameContext& context() { return services_->context(); }
    engine::SceneStack& stack() { return stack_; }
    const engine::SceneStack& stack() const { return stack_; }
    engine::RecordingAudio& audio() { return audio_; }
    const std::filesystem::path& home() const { return home_; }

    /// Opens the title screen (with the start-up notices, as the game does).
    void openTitle();
    /// One step with `action` pressed (and held), then a draw.
    void press(engine::input::Action action);
    /// Actions bound to the same key go down together: Enter is both Interact and Confirm.
    void pressTogether(std::initializer_list<engine::input::Action> actions);
    /// One step with nothing pressed, then a draw.
    void idle(int steps = 1);
    void draw();

    /// True when some text drawn in the last frame starts with `prefix`.
    bool showing(const std::string& prefix) const;
    /// Every text drawn in the last frame, one per line (for failure messages).
    std::string screenText() const;
    /// What text to speech was asked to say, in order.
    const std::vector<std::string>& spoken() const { return spoken_; }
    /// Forgets what was played and spoken so far (long runs would keep it all).
    void forgetRecordings() {
        audio_.sounds.clear();
        spoken_.clear();
    }

    template <typename SceneType> SceneType* top() {
        return dynamic_cast<SceneType*>(stack_.top());
    }

private:
    std::unique_ptr<TemporaryFolder> ownHome_;
    std::filesystem::path home_;
    engine::io::ContentRoot content_;
    engine::RecordingAudio audio_;
    std::vector<std::string> spoken_;
    std::unique_ptr<game::GameServices> services_;
    engine::SceneStack stack_;
    engine::RecordingCanvas canvas_;
    engine::HeadlessPlatform platform_; ///< answers frame captures as the headless game does
};

} // namespace respect::test
