#include "GameFixture.hpp"
#include "LevelTestSupport.hpp"

#include <engine/core/Error.hpp>
#include <engine/render/RecordingCanvas.hpp>
#include <engine/scene/SceneStack.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/GameContext.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/world/OfficeWorld.hpp>

using namespace respect;
using engine::input::Action;

namespace {

const char* const kOfficeLevel = R"XML(<level id="office" version="1" lang="en">
  <meta><title>Office</title><dimension ref="language"/></meta>
  <cast><character id="amina" name="Amina" role="colleague"/></cast>
  <encounter id="hello" with="amina" trigger="talk">
    <node id="start">
      <say who="amina">Hello, welcome to the team.</say>
      <choice goto="done"><text>Thank you!</text>
        <score dimension="language" delta="1"/></choice>
    </node>
    <node id="done"><end outcome="respectful"/></node>
  </encounter>
  <encounter id="quiet" trigger="zone" zone="quiet-room" when="visited(&quot;hello/done&quot;)">
    <node id="start"><say who="narrator">A calm room.</say><end outcome="neutral"/></node>
  </encounter>
  <debrief><question>Why?</question></debrief>
</level>)XML";

engine::tiled::Map officeMap() {
    const engine::io::ContentRoot data(RESPECT_TEST_DATA_DIR);
    return engine::tiled::loadMap(data, "office/office.tmx");
}

engine::input::InputFrame holding(std::initializer_list<Action> actions, bool pressed = false) {
    engine::input::InputFrame frame;
    for (const Action action : actions) {
        frame.setHeld(action, true);
        if (pressed) {
            frame.setPressed(action);
        }
    }
    return frame;
}

} // namespace

TEST_CASE("The player walks, bumps into walls and comes in range of a colleague", "[world][unit]") {
    const auto map = officeMap();
    const auto level = test::cleanLevel(kOfficeLevel);
    game::OfficeWorld world(map, level);
    CHECK(world.player().feet == engine::Vec2{40.0f, 40.0f});
    REQUIRE(world.cast().size() == 1);
    CHECK(world.cast()[0].facing == game::Facing::Left);

    // Two seconds into the left wall (its inner face is at x = 16): the player stops there.
    for (int i = 0; i < 120; ++i) {
        world.step(holding({Action::MoveLeft}));
    }
    CHECK(world.player().feet.x ==
          Approx(16.0f + game::OfficeWorld::kBodyRadiusPixels).margin(0.5));
    CHECK(world.player().facing == game::Facing::Left);
    CHECK_FALSE(world.nearestInRange());

    // Walk right towards Amina until she is in range.
    int steps = 0;
    while (!world.nearestInRange() && steps < 300) {
        world.step(holding({Action::MoveRight}));
        ++steps;
    }
    REQUIRE(world.nearestInRange() == std::optional<std::string>("amina"));
    CHECK(world.player().feet.x < 200.0f - game::OfficeWorld::kBodyRadiusPixels);
    CHECK(world.playerMoving());
    world.halt();
    CHECK_FALSE(world.playerMoving());
}

TEST_CASE("Entering a zone is reported once", "[world][unit]") {
    const auto map = officeMap();
    const auto level = test::cleanLevel(kOfficeLevel);
    game::OfficeWorld world(map, level);
    std::vector<std::string> zones;
    for (int i = 0; i < 240; ++i) { // diagonally down-right into the quiet room
        world.step(holding({Action::MoveRight, Action::MoveDown}));
        for (auto& zone : world.takeEnteredZones()) {
            zones.push_back(zone);
        }
    }
    CHECK(zones == std::vector<std::string>{"quiet-room"});
}

TEST_CASE("A cast member without a spawn point is an error naming the map", "[world][unit]") {
    std::string text = kOfficeLevel;
    const std::string amina = R"(<character id="amina" name="Amina" role="colleague"/>)";
    text.replace(text.find(amina), amina.size(),
                 amina + R"(<character id="bob" name="Bob" role="customer"/>)");
    engine::DiagnosticList diagnostics;
    const auto level = test::levelFromText(text, diagnostics);
    REQUIRE(level);
    CHECK_THROWS_WITH(game::OfficeWorld(officeMap(), *level),
                      "test.xml:3: error: character 'bob' has no spawn point: add an object "
                      "named 'bob' to office/office.tmx");
}

TEST_CASE("In the office, interact starts the talk encounter and the zone encounter follows",
          "[world][unit]") {
    test::GameFixture game;
    game::Settings instant = game.context().preferences.settings();
    instant.typewriterCharsPerSecond = 0; // lines appear whole: one confirm moves on
    game.context().preferences.change(instant);
    auto& stack = game.stack();
    auto& audio = game.audio();
    engine::RecordingCanvas canvas;
    stack.push(std::make_unique<game::OfficeScene>(
        game.context(), std::make_unique<game::Scenario>(
                            "office.xml", test::smallCode(), test::cleanLevel(kOfficeLevel),
                            std::make_unique<engine::tiled::Map>(officeMap()))));
    stack.applyRequests();
    auto* office = dynamic_cast<game::OfficeScene*>(stack.top());
    REQUIRE(office != nullptr);
    CHECK(audio.music == "assets/sounds/ambience-office.wav");

    // Interact far from anyone does nothing.
    stack.update(holding({Action::Interact}, true));
    CHECK(stack.top() == office);
    for (int i = 0; i < 300 && !office->prompt(); ++i) {
        stack.update(holding({Action::MoveRight}));
    }
    REQUIRE(office->prompt() == std::optional<std::string>("amina"));
    canvas.clear({});
    stack.draw(canvas);
    CHECK(canvas.findText("E: talk to Amina") != nullptr);
    CHECK(canvas.findText("!") != nullptr); // the marker over Amina

    stack.update(holding({Action::Interact}, true));
    auto* dialogue = dynamic_cast<game::DialogueScene*>(stack.top());
    REQUIRE(dialogue != nullptr);
    CHECK(audio.sounds.back() == "assets/sounds/interact.wav");
    stack.update(holding({Action::Confirm}, true)); // past "Hello"
    stack.update(holding({Action::Choose1}, true)); // "Thank you!"
    stack.update({});
    CHECK(dialogue->mode() == game::DialogueScene::Mode::Ended);
    stack.update(holding({Action::Confirm}, true)); // close the dialogue
    CHECK(stack.top() == office);
    stack.update({});
    CHECK(office->session().results().size() == 1);
    CHECK_FALSE(office->prompt()); // Amina has nothing more to say

    // Esc pauses; Resume comes back to the office.
    stack.update(holding({Action::Menu, Action::Back}, true));
    REQUIRE(stack.top() != office);
    stack.update(holding({Action::Confirm}, true)); // Resume
    CHECK(stack.top() == office);

    // Now the quiet room has something to offer.
    for (int i = 0; i < 400 && stack.top() == office; ++i) {
        stack.update(holding({Action::MoveRight, Action::MoveDown}));
    }
    REQUIRE(dynamic_cast<game::DialogueScene*>(stack.top()) != nullptr);

    // "Save and return" from the pause menu closes the dialogue and the office, and the
    // autosave holds the dialogue in progress.
    stack.update(holding({Action::Menu, Action::Back}, true));
    stack.update(holding({Action::Choose4}, true)); // Save and return to the title screen
    CHECK(stack.empty());
    CHECK(audio.music.empty());
    const auto saved = game.context().saves.read(game::SaveStore::kAutosave);
    REQUIRE(saved.status == game::SaveStatus::Ok);
    CHECK_FALSE(saved.save->currentEncounter.empty());
}
