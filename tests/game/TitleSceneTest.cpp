#include "GameFixture.hpp"
#include "RunProgram.hpp"

#include <engine/app/HeadlessPlatform.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/GameContext.hpp>
#include <game/scenes/TitleScene.hpp>

#include <catch2/catch.hpp>

using namespace respect;
using respect::test::runRespect;
using respect::test::TemporaryFolder;

namespace {

engine::input::InputFrame press(engine::input::Action action) {
    engine::input::InputFrame frame;
    frame.setPressed(action);
    frame.setHeld(action, true);
    return frame;
}

struct TitleFixture {
    test::GameFixture game;
    engine::RecordingAudio& audio = game.audio();
    engine::SceneStack& stack = game.stack();
    // Full HD: this canvas measures text larger than real fonts, and the subtitle gives way
    // to the menu when room runs out (see the small-window test below).
    engine::RecordingCanvas canvas{{1920.0f, 1080.0f}};

    TitleFixture() {
        stack.push(std::make_unique<game::TitleScene>(game.context()));
        stack.applyRequests();
    }
    void draw() {
        canvas.clear({});
        stack.draw(canvas);
    }
};

} // namespace

TEST_CASE("The title screen shows the name, the five-language subtitle and the menu",
          "[title][unit]") {
    TitleFixture f;
    f.draw();
    CHECK(f.canvas.findText("Respect") != nullptr);
    CHECK(f.canvas.findText("Diversity · Diversité · Diversiteit · Vielfalt · Diversidad") !=
          nullptr);
    // The focused item is marked by shape, not colour alone.
    CHECK(f.canvas.findText("▶ Play") != nullptr);
    CHECK(f.canvas.findText("Settings") != nullptr);
    CHECK(f.canvas.findText("Quit") != nullptr);
    CHECK(f.audio.music == "assets/sounds/music-calm.wav");
}

TEST_CASE("The title menu wraps, plays sounds, and Quit ends the game", "[title][unit]") {
    using engine::input::Action;
    TitleFixture f;
    f.stack.update(press(Action::MoveUp)); // wraps from Play to Quit
    f.draw();
    CHECK(f.canvas.findText("▶ Quit") != nullptr);
    CHECK(f.audio.sounds == std::vector<std::string>{"assets/sounds/ui-move.wav"});
    f.stack.update(press(Action::Confirm));
    CHECK(f.stack.quitRequested());
    CHECK(f.stack.exitCode() == 0);
}

TEST_CASE("Number keys and the mouse choose menu items", "[title][unit]") {
    using engine::input::Action;
    TitleFixture f;
    f.draw(); // the menu learns its layout when drawn
    f.stack.update(press(Action::Choose3));
    REQUIRE(f.stack.size() == 2); // Settings opened over the title
    f.stack.update(press(Action::Back));
    CHECK(f.stack.size() == 1);

    f.draw();
    const auto* quit = f.canvas.findText("Quit");
    REQUIRE(quit != nullptr);
    engine::input::InputFrame click;
    click.pointer = engine::Vec2{quit->rect.x + 5.0f, quit->rect.y + 5.0f};
    click.pointerClicked = true;
    f.stack.update(click);
    CHECK(f.stack.quitRequested());
}

TEST_CASE("The program runs headless and reports bad input in one line with exit 2",
          "[cli][unit]") {
    TemporaryFolder folder;
    SECTION("a headless scripted run quits through the menu") {
        const auto script = folder.write("quit.txt", "1 up\n3 confirm\n");
        const auto result = runRespect("--headless --input-script '" + script.string() + "'");
        CHECK(result.output.empty());
        CHECK(result.exitCode == 0);
    }
    SECTION("a missing input script") {
        const auto result =
            runRespect("--headless --input-script '" + (folder / "nope.txt").string() + "'");
        CHECK(result.exitCode == 2);
        CHECK(result.output ==
              "respect: " + (folder / "nope.txt").string() + ": error: file not found\n");
    }
    SECTION("a malformed input script names the line") {
        const auto script = folder.write("bad.txt", "1 up\n2 fly\n");
        const auto result = runRespect("--headless --input-script '" + script.string() + "'");
        CHECK(result.exitCode == 2);
        CHECK(result.output.rfind("respect: " + script.string() + ":2: error: unknown action 'fly'",
                                  0) == 0);
    }
    SECTION("an unknown flag") {
        const auto result = runRespect("--fly");
        CHECK(result.exitCode == 2);
        CHECK(result.output == "respect: unknown option '--fly' (see respect --help)\n");
    }
    SECTION("a screenshot without a window") {
        const auto result = runRespect("--headless --frames 3 --screenshot 1:x.png");
        CHECK(result.exitCode == 2);
        CHECK(result.output ==
              "respect: error: --screenshot needs a window; it cannot be used with --headless\n");
    }
    SECTION("--version") {
        const auto result = runRespect("--version");
        CHECK(result.exitCode == 0);
        CHECK(result.output.rfind("respect ", 0) == 0);
    }
}

TEST_CASE("On a small window every menu item stays on screen; the subtitle gives way",
          "[title][unit]") {
    TitleFixture f;
    f.canvas.setSize({1280.0f, 660.0f});
    f.draw();
    for (const char* item : {"▶ Play", "Load a saved game", "Settings", "Team event (facilitator)",
                             "Quit"}) {
        INFO(item);
        CHECK(f.canvas.findText(item) != nullptr);
    }
    CHECK(f.canvas.findText("Respect") != nullptr);
    CHECK(f.canvas.findText("Diversity · Diversité · Diversiteit · Vielfalt · Diversidad") ==
          nullptr);
}
