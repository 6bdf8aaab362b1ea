// Saving and resuming as a player sees it: quit mid-dialogue and continue at the same line;
// a damaged autosave offers its previous generation; a newer save is refused untouched;
// the three manual slots.

#include "GameFixture.hpp"

#include <engine/io/FileReader.hpp>
#include <game/play/Launch.hpp>
#include <game/play/Scenario.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/SlotsScene.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace respect;
using engine::input::Action;
namespace fs = std::filesystem;

namespace {

/// Opens the first scenario, talks to Mr Peeters, and plays `choices` dialogue steps
/// (confirm on lines, option 1 on choices). Returns the line then on screen.
std::string playIntoDialogue(test::GameFixture& game, int steps) {
    auto loaded = game::Scenario::load(game.context().content, "levels/sample-first-day.xml");
    REQUIRE(std::holds_alternative<std::unique_ptr<game::Scenario>>(loaded));
    auto scenario = std::move(std::get<std::unique_ptr<game::Scenario>>(loaded));
    game::Scenario& played = *scenario;
    game.stack().push(std::make_unique<game::OfficeScene>(game.context(), std::move(scenario)));
    game.stack().applyRequests();
    game.idle();
    const game::Encounter* encounter = played.level().findEncounter("dutch-customer");
    REQUIRE(encounter != nullptr);
    game.stack().push(std::make_unique<game::DialogueScene>(game.context(), played, *encounter));
    game.stack().applyRequests();
    game.draw();
    for (int i = 0; i < steps; ++i) {
        auto* dialogue = game.top<game::DialogueScene>();
        REQUIRE(dialogue != nullptr);
        game.press(dialogue->mode() == game::DialogueScene::Mode::Choices ? Action::Choose1
                                                                          : Action::Confirm);
    }
    auto* dialogue = game.top<game::DialogueScene>();
    REQUIRE(dialogue != nullptr);
    REQUIRE(dialogue->mode() == game::DialogueScene::Mode::Line);
    return dialogue->lineText();
}

void quit(test::GameFixture& game) {
    // What the game does when the window closes.
    REQUIRE(game::saveActiveScenario(game.context(), game::SaveStore::kAutosave).empty());
}

} // namespace

TEST_CASE("Quitting mid-dialogue and continuing shows the same line with the same state",
          "[flow][saves][unit]") {
    test::GameFixture first;
    const std::string line = playIntoDialogue(first, 3);
    const auto scores = first.context().activeScenario->session().scores();
    quit(first);

    test::GameFixture second(first.home());
    second.openTitle();
    CHECK(second.showing("▶ Continue"));
    second.press(Action::Confirm);
    second.idle(); // the office opens the dialogue it was in
    auto* dialogue = second.top<game::DialogueScene>();
    REQUIRE(dialogue != nullptr);
    CHECK(dialogue->lineText() == line);
    CHECK_FALSE(dialogue->revealing()); // the player already read it
    INFO(second.screenText());
    CHECK(second.showing(line.substr(0, 20)));
    CHECK(second.context().activeScenario->session().scores() == scores);
}

TEST_CASE("The autosave is written when an encounter starts", "[saves][unit]") {
    test::GameFixture game;
    playIntoDialogue(game, 0);
    const auto read = game.context().saves.read(game::SaveStore::kAutosave);
    REQUIRE(read.status == game::SaveStatus::Ok);
    CHECK(read.save->currentEncounter == "dutch-customer");
}

TEST_CASE("A damaged autosave is reported and its previous generation offered, never replaced",
          "[saves][unit]") {
    test::GameFixture game;
    const std::string line = playIntoDialogue(game, 1);
    quit(game); // a second generation: the first becomes the .bak
    const fs::path file = game.context().saves.fileFor(game::SaveStore::kAutosave);
    REQUIRE(fs::exists(fs::path(file).concat(".bak")));
    std::ofstream(file, std::ios::trunc) << "{\"formatVersion\": 1, \"level"; // cut short
    const std::string damaged = engine::io::readFileLimited(file);

    test::GameFixture later(game.home());
    later.openTitle();
    later.press(Action::Confirm); // Continue
    auto* question = later.top<game::NoticeScene>();
    REQUIRE(question != nullptr);
    CHECK(question->message().find("damaged") != std::string::npos);
    CHECK(question->message().find("The previous save, from ") != std::string::npos);
    CHECK(engine::io::readFileLimited(file) == damaged); // untouched
    later.press(Action::Confirm);                        // Load the previous save
    later.idle();
    CHECK(later.top<game::DialogueScene>() != nullptr);
    CHECK(engine::io::readFileLimited(file) == damaged);
}

TEST_CASE("A save from a newer game is refused and left as it is", "[saves][unit]") {
    test::GameFixture game;
    playIntoDialogue(game, 1);
    quit(game);
    const fs::path file = game.context().saves.fileFor(game::SaveStore::kAutosave);
    std::string text = engine::io::readFileLimited(file);
    const auto at = text.find("\"formatVersion\": 1");
    REQUIRE(at != std::string::npos);
    text.replace(at, 18, "\"formatVersion\": 9");
    std::ofstream(file, std::ios::trunc) << text;

    test::GameFixture later(game.home());
    later.openTitle();
    later.press(Action::Confirm); // Continue
    auto* notice = later.top<game::NoticeScene>();
    REQUIRE(notice != nullptr);
    CHECK(notice->message().rfind("This saved game was made by a newer version", 0) == 0);
    CHECK(engine::io::readFileLimited(file) == text);
}

TEST_CASE("The pause menu saves in a slot, asks before replacing, and the title loads it",
          "[saves][unit]") {
    test::GameFixture game;
    const std::string line = playIntoDialogue(game, 2);
    game.press(Action::Menu);
    game.press(Action::Choose2); // Save game
    REQUIRE(game.top<game::SlotsScene>() != nullptr);
    CHECK(game.showing("▶ Slot 1: empty"));
    game.press(Action::Confirm);
    CHECK(game.showing("Saved in Slot 1."));
    game.press(Action::Confirm); // close the notice
    game.press(Action::Confirm); // slot 1 again: it asks first
    CHECK(game.showing("Replace the game saved in Slot 1?"));
    game.press(Action::Back);
    CHECK(game.context().saves.read("slot-1").status == game::SaveStatus::Ok);

    test::GameFixture later(game.home());
    later.openTitle();
    later.press(Action::Choose3); // Load a saved game (after Continue and Play)
    REQUIRE(later.top<game::SlotsScene>() != nullptr);
    INFO(later.screenText());
    CHECK(later.showing("Slot 1: sample-first-day, "));
    later.press(Action::Choose2); // Slot 1
    later.idle();
    auto* dialogue = later.top<game::DialogueScene>();
    REQUIRE(dialogue != nullptr);
    CHECK(dialogue->lineText() == line);
}

TEST_CASE("A full disk at an autosave tells the player and keeps the previous save",
          "[saves][disk-full]") {
    if (!fs::exists("/dev/full")) {
        WARN("no /dev/full on this system");
        return;
    }
    test::GameFixture game;
    playIntoDialogue(game, 0);
    const fs::path file = game.context().saves.fileFor(game::SaveStore::kAutosave);
    const std::string before = engine::io::readFileLimited(file);
    // writeFileAtomically writes `<file>.tmp` first: make that the full device (ENOSPC).
    fs::create_symlink("/dev/full", fs::path(file).concat(".tmp"));
    for (int i = 0; i < 40 && game.top<game::NoticeScene>() == nullptr; ++i) {
        auto* dialogue = game.top<game::DialogueScene>();
        REQUIRE(dialogue != nullptr);
        game.press(dialogue->mode() == game::DialogueScene::Mode::Choices ? Action::Choose1
                                                                          : Action::Confirm);
    }
    REQUIRE(game.top<game::NoticeScene>() != nullptr); // the encounter ended: its autosave failed
    game.draw();
    INFO(game.screenText());
    CHECK(game.showing("The game could not be saved. Your previous")); // wrapped on screen
    CHECK(game.screenText().find("No space left on") != std::string::npos);
    CHECK(engine::io::readFileLimited(file) == before);
    CHECK(game.context().saves.read(game::SaveStore::kAutosave).status == game::SaveStatus::Ok);
}
