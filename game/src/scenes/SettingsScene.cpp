#include <engine/scene/SceneStack.hpp>
#include <game/scenes/ControlsScene.hpp>
#include <game/scenes/IdentityScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/SettingsScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>
#include <array>

namespace respect::game {

namespace {

using engine::input::Action;

constexpr int kTextScaleStep = 25;
constexpr int kVolumeStep = 10;
/// Typewriter speeds offered, in characters per second; 0 shows lines whole.
constexpr std::array<int, 5> kTypewriterSpeeds = {0, 20, 40, 80, 160};
constexpr std::array<FontChoice, 3> kFonts = {FontChoice::Default, FontChoice::Atkinson,
                                              FontChoice::OpenDyslexic};

/// Moves `value` by `step` within [low, high], wrapping past either end.
int stepWrapping(int value, int step, int low, int high) {
    const int next = value + step;
    if (next > high) {
        return low;
    }
    if (next < low) {
        return high;
    }
    return next;
}

template <typename T, std::size_t N>
T stepThrough(const std::array<T, N>& values, T current, int direction) {
    const auto found = std::find(values.begin(), values.end(), current);
    const auto index = static_cast<int>(found == values.end() ? 0 : found - values.begin());
    const int count = static_cast<int>(N);
    return values[static_cast<std::size_t>((index + direction + count) % count)];
}

} // namespace

SettingsScene::SettingsScene(GameContext& context) : context_(context), menu_(labels()) {}

void SettingsScene::onEnter() {
    menu_.setLabels(labels());
    context_.narrator.say(context_.text.get("settings.title") + ". " + menu_.focusedLabel());
}

std::string SettingsScene::valueOf(Row row) const {
    const Settings& s = context_.preferences.settings();
    const UiText& text = context_.text;
    const auto onOff = [&](bool on) { return text.get(on ? "settings.on" : "settings.off"); };
    const auto percent = [](int value) { return std::to_string(value) + " %"; };
    switch (row) {
    case Language:
        for (const auto& option : availableLanguages(context_.content)) {
            if (option.tag == s.language) {
                return option.name;
            }
        }
        return s.language;
    case TextSize:
        return percent(s.textScalePercent);
    case Font:
        return text.get(std::string("settings.font-") + fontChoiceName(s.font));
    case HighContrast:
        return onOff(s.highContrast);
    case TypewriterSpeed:
        return s.typewriterCharsPerSecond == 0
                   ? text.get("settings.typewriter-off")
                   : text.format("settings.typewriter-speed",
                                 {{"n", std::to_string(s.typewriterCharsPerSecond)}});
    case MasterVolume:
        return percent(s.masterVolume);
    case MusicVolume:
        return percent(s.musicVolume);
    case EffectsVolume:
        return percent(s.effectsVolume);
    case ReducedMotion:
        return onOff(s.reducedMotion);
    case TextToSpeech:
        return onOff(s.textToSpeech);
    case Fullscreen:
        return onOff(s.fullscreen);
    case Controls:
    case Identity:
    case Back:
    case RowCount:
        break;
    }
    return {};
}

std::vector<std::string> SettingsScene::labels() const {
    static const std::array<const char*, RowCount> ids = {
        "settings.language",       "settings.text-size",
        "settings.font",           "settings.high-contrast",
        "settings.typewriter",     "settings.master-volume",
        "settings.music-volume",   "settings.effects-volume",
        "settings.reduced-motion", "settings.speech",
        "settings.fullscreen",     "settings.controls",
        "settings.identity",       "menu.back"};
    std::vector<std::string> result;
    for (std::size_t i = 0; i < RowCount; ++i) {
        const std::string value = valueOf(static_cast<Row>(i));
        // The arrows say the value can be changed with left and right.
        result.push_back(value.empty() ? context_.text.get(ids[i])
                                       : context_.text.get(ids[i]) + ":  ◀ " + value + " ▶");
    }
    return result;
}

Settings SettingsScene::stepped(Row row, int direction) const {
    Settings s = context_.preferences.settings();
    switch (row) {
    case Language: {
        const auto languages = availableLanguages(context_.content);
        std::size_t index = 0;
        for (std::size_t i = 0; i < languages.size(); ++i) {
            if (languages[i].tag == s.language) {
                index = i;
            }
        }
        const auto count = static_cast<int>(languages.size());
        s.language = languages[static_cast<std::size_t>(
                                   (static_cast<int>(index) + direction + count) % count)]
                         .tag;
        break;
    }
    case TextSize:
        s.textScalePercent =
            stepWrapping(s.textScalePercent, direction * kTextScaleStep,
                         Settings::kMinTextScalePercent, Settings::kMaxTextScalePercent);
        break;
    case Font:
        s.font = stepThrough(kFonts, s.font, direction);
        break;
    case HighContrast:
        s.highContrast = !s.highContrast;
        break;
    case TypewriterSpeed:
        s.typewriterCharsPerSecond =
            stepThrough(kTypewriterSpeeds, s.typewriterCharsPerSecond, direction);
        break;
    case MasterVolume:
        s.masterVolume =
            stepWrapping(s.masterVolume, direction * kVolumeStep, 0, Settings::kMaxVolume);
        break;
    case MusicVolume:
        s.musicVolume =
            stepWrapping(s.musicVolume, direction * kVolumeStep, 0, Settings::kMaxVolume);
        break;
    case EffectsVolume:
        s.effectsVolume =
            stepWrapping(s.effectsVolume, direction * kVolumeStep, 0, Settings::kMaxVolume);
        break;
    case ReducedMotion:
        s.reducedMotion = !s.reducedMotion;
        break;
    case TextToSpeech:
        s.textToSpeech = !s.textToSpeech;
        break;
    case Fullscreen:
        s.fullscreen = !s.fullscreen;
        break;
    case Controls:
    case Identity:
    case Back:
    case RowCount:
        break;
    }
    return s;
}

bool SettingsScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    const auto row = static_cast<Row>(menu_.focused());
    if (input.pressed(Action::Back) || activated == std::size_t{Back}) {
        stack.pop();
        return true;
    }
    if (activated == std::size_t{Controls}) {
        stack.push(std::make_unique<ControlsScene>(context_));
        return true;
    }
    if (activated == std::size_t{Identity}) {
        stack.push(std::make_unique<IdentityScene>(context_));
        return true;
    }
    int direction = 0;
    if (input.pressed(Action::MoveRight) || activated) {
        direction = 1;
    } else if (input.pressed(Action::MoveLeft)) {
        direction = -1;
    }
    if (direction != 0 && row != Controls && row != Identity && row != Back) {
        const std::string problem = context_.preferences.change(stepped(row, direction));
        menu_.setLabels(labels()); // new values, maybe in a new language
        context_.audio.playSound("assets/sounds/ui-move.wav");
        context_.narrator.say(menu_.focusedLabel());
        if (!problem.empty()) {
            stack.push(std::make_unique<NoticeScene>(context_, problem));
        }
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void SettingsScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    drawBackground(canvas, theme);
    drawCentred(canvas, context_.text.get("settings.title"), theme.scaled(20.0f),
                theme.bold(TextRole::Heading));
    menu_.draw(canvas,
               theme.scaled(20.0f) + canvas.measureText("Ag", theme.bold(TextRole::Heading)).y +
                   16.0f,
               theme);
    drawHint(canvas, context_.text.get("hint.settings"), theme);
}

} // namespace respect::game
