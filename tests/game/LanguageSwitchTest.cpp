// Switching language in the settings changes the words on screen at once, mid-dialogue
// included, and the game goes on from the same place.

#include "GameFixture.hpp"

#include <engine/i18n/Translator.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/play/Scenario.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/SettingsScene.hpp>

#include <catch2/catch.hpp>

using namespace respect;
using engine::input::Action;

TEST_CASE("Switching to French mid-dialogue shows the same line in French", "[i18n][flow]") {
    test::GameFixture game;
    game::Settings instant = game.context().preferences.settings();
    instant.typewriterCharsPerSecond = 0;
    game.context().preferences.change(instant);
    auto loaded = game::Scenario::load(game.context().content, "levels/sample-first-day.xml");
    auto scenario = std::move(std::get<std::unique_ptr<game::Scenario>>(loaded));
    game::Scenario& played = *scenario;
    game.stack().push(std::make_unique<game::OfficeScene>(game.context(), std::move(scenario)));
    game.stack().applyRequests();
    game.idle();
    game.stack().push(std::make_unique<game::DialogueScene>(
        game.context(), played, *played.level().findEncounter("dutch-customer")));
    game.stack().applyRequests();
    game.press(Action::Confirm); // the narrator's line
    auto* dialogue = game.top<game::DialogueScene>();
    REQUIRE(dialogue != nullptr);
    const std::string english = dialogue->lineText();
    const auto french = engine::i18n::Translator::load(
        game.context().content, game::levelCatalogPattern("sample-first-day"), "fr");
    const std::string expected = french.translate("dutch-customer/start#line-2", english);
    REQUIRE(expected != english);

    game.press(Action::Menu);
    game.press(Action::Choose3); // Settings
    REQUIRE(game.top<game::SettingsScene>() != nullptr);
    game.press(Action::MoveRight); // English → Français
    game.press(Action::Back);      // the pause menu, now in French
    CHECK(game.showing("Reprendre")); // the focus stays on Settings
    game.press(Action::Back); // back to the dialogue
    REQUIRE(game.top<game::DialogueScene>() == dialogue);
    game.idle();
    INFO(game.screenText());
    CHECK(dialogue->lineText() == expected);
    CHECK(game.showing(expected.substr(0, 12)));

    // The game goes on from there, in French: the choices follow.
    game.press(Action::Confirm);
    CHECK(dialogue->mode() == game::DialogueScene::Mode::Choices);
    CHECK(played.level().title != "First morning at the counter");
}
