// The loop a player goes through, headless: title → Play → the scenario (always choosing
// option 1) → every encounter → debrief → back to the title.

#include <engine/io/FileReader.hpp>
#include <engine/render/RecordingCanvas.hpp>
#include <engine/scene/SceneStack.hpp>
#include <engine/xml/Document.hpp>
#include <game/GameContext.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/LevelPlayScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/TitleScene.hpp>

#include <catch2/catch.hpp>

using namespace respect;
using engine::input::Action;
namespace fs = std::filesystem;

namespace {

engine::input::InputFrame press(Action action) {
    engine::input::InputFrame frame;
    frame.setPressed(action);
    frame.setHeld(action, true);
    return frame;
}

bool showing(engine::RecordingCanvas& canvas, const std::string& prefix) {
    for (const auto& text : canvas.texts()) {
        if (text.text.rfind(prefix, 0) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Play opens the first scenario in the office", "[flow][unit]") {
    engine::io::ContentRoot content{RESPECT_SOURCE_DIR};
    engine::RecordingAudio audio;
    game::UiText text;
    game::GameContext context{content, audio, text};
    engine::SceneStack stack;
    stack.push(std::make_unique<game::TitleScene>(context));
    stack.applyRequests();
    stack.update(press(Action::Confirm)); // Play
    CHECK(dynamic_cast<game::OfficeScene*>(stack.top()) != nullptr);
    CHECK(audio.music == "assets/sounds/ambience-office.wav");
}

// A level without a map plays its encounters in document order.
TEST_CASE("A scenario without a map is played encounter by encounter to its debrief and back",
          "[flow][unit]") {
    engine::io::ContentRoot content{RESPECT_SOURCE_DIR};
    engine::RecordingAudio audio;
    game::UiText text;
    game::GameContext context{content, audio, text};
    engine::SceneStack stack;
    engine::RecordingCanvas canvas;
    stack.push(std::make_unique<game::TitleScene>(context));

    const fs::path data = RESPECT_SOURCE_DIR;
    engine::DiagnosticList diagnostics;
    auto code = game::loadDiversityCode(data / "levels/diversity-code.xml", "code", diagnostics);
    REQUIRE(code);
    std::string source = engine::io::readFileLimited(data / "levels/sample-first-day.xml");
    const std::string map = " map=\"maps/ground-floor.tmx\"";
    REQUIRE(source.find(map) != std::string::npos);
    source.erase(source.find(map), map.size());
    auto level = game::loadLevel(engine::xml::Document::parse(source, "sample"), diagnostics);
    REQUIRE(level);
    stack.push(
        std::make_unique<game::LevelPlayScene>(context, std::move(*code), std::move(*level)));
    stack.applyRequests();
    const auto draw = [&] {
        canvas.clear({});
        stack.draw(canvas);
    };
    stack.update({}); // the scenario opens its first encounter
    draw();
    std::string onScreen;
    for (const auto& t : canvas.texts()) {
        onScreen += t.text + "\n";
    }
    INFO(onScreen);
    INFO("stack size " << stack.size());
    REQUIRE(dynamic_cast<game::DialogueScene*>(stack.top()) != nullptr);
    draw();
    CHECK(showing(canvas, "Enter: continue"));

    int encountersEnded = 0;
    int feedbackCards = 0;
    for (int step = 0; step < 500 && !showing(canvas, "Debrief: "); ++step) {
        auto* dialogue = dynamic_cast<game::DialogueScene*>(stack.top());
        if (dialogue != nullptr) {
            using Mode = game::DialogueScene::Mode;
            encountersEnded += dialogue->mode() == Mode::Ended ? 1 : 0;
            feedbackCards += dialogue->mode() == Mode::Feedback ? 1 : 0;
            stack.update(
                press(dialogue->mode() == Mode::Choices ? Action::Choose1 : Action::Confirm));
        } else {
            stack.update({});
        }
        draw();
    }
    REQUIRE(showing(canvas, "Debrief: "));
    CHECK(encountersEnded >= 2);
    CHECK(feedbackCards >= 1);
    CHECK(showing(canvas, "Questions for reflection"));
    CHECK(showing(canvas, "• ")); // the level's questions are listed

    stack.update(press(Action::Confirm)); // back to the title
    draw();
    CHECK(canvas.findText("▶ Play") != nullptr);
}
