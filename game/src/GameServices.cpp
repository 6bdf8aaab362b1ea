#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/XdgPaths.hpp>
#include <game/GameServices.hpp>
#include <game/play/Scenario.hpp>

#include <algorithm>

namespace respect::game {

namespace {

/// A projector at the back of a room: large type and strong contrast.
Settings projectorLayout(Settings settings) {
    settings.textScalePercent = std::max(settings.textScalePercent, 175);
    settings.highContrast = true;
    return settings;
}

constexpr const char* kAppName = "respect";

float volumeFactor(int percent) {
    return static_cast<float>(percent) / static_cast<float>(Settings::kMaxVolume);
}

} // namespace

PlayerFolders PlayerFolders::fromXdg() {
    return {engine::io::XdgPaths::appDataDir(kAppName),
            engine::io::XdgPaths::appConfigDir(kAppName)};
}

GameServices::GameServices(const engine::io::ContentRoot& content, engine::AudioService& audio,
                           PlayerFolders folders, engine::Platform* window,
                           engine::input::InputState* input, Narrator::Sink speech,
                           const RunOverrides& overrides,
                           RecordsUploader::ClientFactory httpClients)
    : content_(content), audio_(audio), folders_(std::move(folders)), window_(window),
      input_(input), narrator_(std::move(speech)), saves_(folders_.data / "saves"),
      progressStore_(folders_.data), uploader_(std::move(httpClients)) {
    SettingsStore store(folders_.config);
    SettingsLoad loaded = store.load();
    if (loaded.status == SettingsStatus::Corrupt) {
        notices_.push_back(loaded.message);
    }
    ProgressLoad progress = progressStore_.load();
    if (!progress.message.empty()) {
        notices_.push_back(progress.message);
    }
    progress_ = std::move(progress.progress);
    Settings initial = loaded.settings;
    // For this run; saved only if the player changes a setting later.
    if (!overrides.language.empty()) {
        initial.language = overrides.language;
    }
    if (overrides.facilitator) {
        initial = projectorLayout(initial);
    }
    preferences_ = std::make_unique<Preferences>(
        store, initial, [this](const Settings& settings) { apply(settings); });
    context_ = std::make_unique<GameContext>(GameContext{
        content_, audio_, text_, theme_, narrator_, *preferences_, saves_, progressStore_,
        progress_, capture_, folders_.data / "reports", folders_.data / "records"});
    context_->uploader = &uploader_;
    context_->facilitator = overrides.facilitator;
    context_->startTeamEvent = [this] {
        context_->facilitator = true;
        theme_.apply(projectorLayout(preferences_->settings()));
    };
    // Statements that could not be sent last time go now, in the background.
    const Settings& settings = preferences_->settings();
    if (!settings.lrsEndpoint.empty() && uploader_.available()) {
        uploader_.send(RecordsFolder(context_->recordsFolder),
                       {settings.lrsEndpoint, settings.lrsUser, settings.lrsPassword});
    }
}

GameServices::~GameServices() = default;

void GameServices::apply(const Settings& settings) {
    theme_.apply(settings);
    if (settings.language != text_.language()) {
        if (std::string error = text_.setLanguage(content_, settings.language); !error.empty()) {
            notices_.push_back(error);
        }
        // The scenario being played switches too, mid-dialogue included.
        if (context_ && context_->activeScenario != nullptr) {
            try {
                context_->activeScenario->setLanguage(content_, text_.language());
            } catch (const engine::Error& error) {
                engine::log::warning(error.what()); // it stays in the language it had
            }
        }
    }
    narrator_.setEnabled(settings.textToSpeech);
    narrator_.setLanguage(text_.language());
    audio_.setVolume(engine::AudioBus::Master, volumeFactor(settings.masterVolume));
    audio_.setVolume(engine::AudioBus::Music, volumeFactor(settings.musicVolume));
    audio_.setVolume(engine::AudioBus::Effects, volumeFactor(settings.effectsVolume));
    if (input_ != nullptr) {
        engine::input::Bindings bindings = engine::input::Bindings::defaults();
        if (!settings.keyBindings.empty()) {
            try {
                bindings = engine::input::Bindings::parse(settings.keyBindings, "settings.json");
            } catch (const engine::Error& error) {
                engine::log::warning(error.what()); // Settings::fromJson checked it already
            }
        }
        input_->setBindings(std::move(bindings));
    }
    if (window_ != nullptr && settings.fullscreen != fullscreen_) {
        try {
            window_->setFullscreen(settings.fullscreen);
            fullscreen_ = settings.fullscreen;
        } catch (const engine::Error& error) {
            notices_.push_back(error.what());
        }
    }
}

} // namespace respect::game
