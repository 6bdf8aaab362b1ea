// The settings screen as a player uses it: each change shows at once and is kept.

#include "GameFixture.hpp"

#include <engine/io/FileReader.hpp>
#include <game/scenes/ControlsScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/SettingsScene.hpp>

#include <catch2/catch.hpp>

using namespace respect;
using engine::input::Action;

namespace {

void openSettings(test::GameFixture& game) {
    game.openTitle();
    game.press(Action::Choose3); // Settings (a new player has no Continue)
    REQUIRE(game.top<game::SettingsScene>() != nullptr);
}

} // namespace

TEST_CASE("Text size grows every text on screen at once and is saved", "[settings][unit]") {
    test::GameFixture game;
    openSettings(game);
    CHECK(game.showing("▶ Language:  ◀ English ▶"));
    game.press(Action::MoveDown);
    CHECK(game.showing("▶ Text size:  ◀ 100 % ▶"));
    game.press(Action::MoveRight);
    game.press(Action::MoveRight);
    CHECK(game.showing("▶ Text size:  ◀ 150 % ▶"));
    CHECK(game.context().theme.textScale() == Approx(1.5));
    CHECK(game.context().theme.text(game::TextRole::Body).sizePixels == Approx(42.0));
    const std::string saved = engine::io::readFileLimited(game.home() / "config" / "settings.json");
    CHECK(saved.find("\"textScale\": 150") != std::string::npos);

    test::GameFixture later(game.home());
    CHECK(later.context().preferences.settings().textScalePercent == 150);
}

TEST_CASE("Switching the language changes the words on screen at once", "[settings][unit]") {
    test::GameFixture game;
    openSettings(game);
    game.press(Action::MoveRight); // English → Français
    INFO(game.screenText());
    CHECK(game.showing("▶ Langue"));
    CHECK(game.context().text.language() == "fr");
    game.press(Action::Back);
    CHECK(game.showing("Jouer"));
    CHECK(game.showing("▶ Paramètres"));
}

TEST_CASE("A dialogue line is revealed by the typewriter, and one key shows it whole",
          "[settings][dialogue][unit]") {
    test::GameFixture game;
    game::Settings slow = game.context().preferences.settings();
    slow.typewriterCharsPerSecond = 20;
    game.context().preferences.change(slow);
    auto loaded = game::Scenario::load(game.context().content, "levels/sample-first-day.xml");
    auto scenario = std::move(std::get<std::unique_ptr<game::Scenario>>(loaded));
    const game::Encounter& encounter = *scenario->level().findEncounter("dutch-customer");
    game.stack().push(std::make_unique<game::DialogueScene>(game.context(), *scenario, encounter));
    game.stack().applyRequests();
    auto* dialogue = game.top<game::DialogueScene>();
    game.idle(30); // half a second: 10 letters
    CHECK(dialogue->revealing());
    CHECK_FALSE(game.showing(dialogue->lineText()));
    const std::string first = dialogue->lineText();
    game.press(Action::Confirm); // shows the whole line, does not skip it
    CHECK_FALSE(dialogue->revealing());
    CHECK(dialogue->lineText() == first);
    game.press(Action::Confirm); // now it moves on
    CHECK(dialogue->lineText() != first);
    game.press(Action::History);
    CHECK(dialogue->showingHistory());
    CHECK(game.showing("What was said"));
    game.press(Action::History);
    CHECK_FALSE(dialogue->showingHistory());
}

TEST_CASE("Read aloud speaks menus and lines only when switched on", "[settings][unit]") {
    test::GameFixture game;
    openSettings(game);
    CHECK(game.spoken().empty());
    for (std::size_t i = 0; i < game::SettingsScene::TextToSpeech; ++i) {
        game.press(Action::MoveDown);
    }
    game.press(Action::Confirm);
    CHECK(game.context().preferences.settings().textToSpeech);
    REQUIRE_FALSE(game.spoken().empty());
    CHECK(game.spoken().back() == "Read aloud:  ◀ on ▶");
    game.press(Action::MoveDown);
    CHECK(game.spoken().back() == "Full screen:  ◀ off ▶");
}

TEST_CASE("Rebinding adds a key to an action and takes it from a conflicting one",
          "[settings][unit]") {
    using engine::input::Bindings;
    const Bindings bound =
        game::ControlsScene::rebind(Bindings::defaults(), Action::MoveUp, "Key:E");
    const auto up = bound.inputsFor(Action::MoveUp);
    CHECK(std::find(up.begin(), up.end(), "Key:E") != up.end());
    const auto interact = bound.inputsFor(Action::Interact);
    CHECK(std::find(interact.begin(), interact.end(), "Key:E") == interact.end());
    // Enter may keep serving both confirm and interact.
    const Bindings shared =
        game::ControlsScene::rebind(Bindings::defaults(), Action::Confirm, "Key:Enter");
    const auto talk = shared.inputsFor(Action::Interact);
    CHECK(std::find(talk.begin(), talk.end(), "Key:Enter") != talk.end());
}

TEST_CASE("The controls screen binds the next key pressed and saves it", "[settings][unit]") {
    test::GameFixture game;
    openSettings(game);
    game.stack().push(std::make_unique<game::ControlsScene>(game.context()));
    game.stack().applyRequests();
    game.press(Action::Confirm); // Move up: waiting for a key
    CHECK(game.showing("▶ Move up: press a key or button…"));
    engine::input::InputFrame key;
    key.devicePresses.push_back("Key:Z");
    game.stack().update(key);
    game.draw();
    CHECK(game.showing("▶ Move up: Up, W, Pad Up, Pad StickUp, Z"));
    CHECK(game.context().preferences.settings().keyBindings.find("Key:Z") != std::string::npos);
}
