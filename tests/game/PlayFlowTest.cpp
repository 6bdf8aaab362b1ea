// The loop a player goes through, headless: title → Play → the scenario list → the
// scenario → every encounter → debrief (which records the completion) → back.

#include "GameFixture.hpp"
#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>
#include <engine/xml/Document.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>
#include <game/records/RecordsFolder.hpp>
#include <game/records/Uuid.hpp>
#include <game/scenes/BlankScene.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/GroupDebriefScene.hpp>
#include <game/scenes/IdentityScene.hpp>
#include <game/scenes/LevelPlayScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/RewindScene.hpp>
#include <game/scenes/ScenarioSelectScene.hpp>
#include <game/scenes/TitleScene.hpp>
#include <game/scenes/VoteScene.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <mutex>

using namespace respect;
using engine::input::Action;
namespace fs = std::filesystem;

namespace {

/// The shipped first scenario without its map, so its encounters play in document order.
std::unique_ptr<game::Scenario> firstScenarioWithoutMap() {
    const fs::path data = RESPECT_SOURCE_DIR;
    engine::DiagnosticList diagnostics;
    auto code = game::loadDiversityCode(data / game::kDiversityCodePath, "code", diagnostics);
    std::string source = engine::io::readFileLimited(data / "levels/sample-first-day.xml");
    const std::string map = " map=\"maps/ground-floor.tmx\"";
    source.erase(source.find(map), map.size());
    auto level = game::loadLevel(engine::xml::Document::parse(source, "sample"), diagnostics);
    REQUIRE(code);
    REQUIRE(level);
    return std::make_unique<game::Scenario>("levels/sample-first-day.xml", std::move(*code),
                                            std::move(*level));
}

} // namespace

TEST_CASE("Play lists the campaign; the first scenario opens in the office, the next is locked",
          "[flow][unit]") {
    test::GameFixture game;
    game.openTitle();
    CHECK_FALSE(game.showing("▶ Continue")); // a new player has nothing to continue
    game.press(Action::Confirm);             // Play
    game.press(Action::Back); // "decide later" on the records question a new player gets
    auto* select = game.top<game::ScenarioSelectScene>();
    REQUIRE(select != nullptr);
    INFO(game.screenText());
    REQUIRE(select->cards().size() >= 2);
    CHECK(select->cards()[0].playable());
    CHECK(select->cards()[1].locked);
    CHECK(game.showing("▶ First morning at the counter"));
    CHECK(game.showing("About 10 minutes"));
    game.press(Action::MoveDown);
    CHECK(game.showing("▶ A counter within reach (locked)"));
    game.press(Action::Confirm); // a locked scenario says what unlocks it
    INFO(game.screenText());
    CHECK(game.showing("Complete First morning at the counter"));
    game.press(Action::Back);
    game.press(Action::MoveUp);
    game.press(Action::Confirm);
    CHECK(game.top<game::OfficeScene>() != nullptr);
    CHECK(game.audio().music == "assets/sounds/ambience-office.wav");
}

TEST_CASE("A scenario is played to its debrief, which records the completion and unlocks the next",
          "[flow][unit]") {
    test::GameFixture game;
    game.openTitle();
    game.press(Action::Confirm); // Play: the scenario list
    game.press(Action::Back);    // and, for a new player, "decide later" about the records
    game.stack().push(
        std::make_unique<game::LevelPlayScene>(game.context(), firstScenarioWithoutMap()));
    game.stack().applyRequests();
    game.idle();
    REQUIRE(game.top<game::DialogueScene>() != nullptr);

    int encountersEnded = 0;
    int feedbackCards = 0;
    for (int step = 0; step < 2000 && game.top<game::DebriefScene>() == nullptr; ++step) {
        auto* dialogue = game.top<game::DialogueScene>();
        if (dialogue == nullptr) {
            game.idle();
            continue;
        }
        using Mode = game::DialogueScene::Mode;
        encountersEnded += dialogue->mode() == Mode::Ended ? 1 : 0;
        feedbackCards += dialogue->mode() == Mode::Feedback ? 1 : 0;
        game.press(dialogue->mode() == Mode::Choices ? Action::Choose1 : Action::Confirm);
    }
    REQUIRE(game.top<game::DebriefScene>() != nullptr);
    CHECK(encountersEnded >= 2);
    CHECK(feedbackCards >= 1);
    INFO(game.screenText());
    CHECK(game.showing("Debrief: First morning at the counter"));
    CHECK(game.showing("Questions for reflection"));
    CHECK(game.showing("1. "));       // the level's questions, numbered
    CHECK(game.showing("You chose")); // the choices against the alternatives
    CHECK(game.showing("Language"));  // a bar per dimension, with its number
    CHECK(game.context().progress.isCompleted("sample-first-day"));

    game.press(Action::Choose3); // Back: the scenario list again
    auto* select = game.top<game::ScenarioSelectScene>();
    REQUIRE(select != nullptr);
    CHECK(game.showing("▶ ✓ First morning at the counter (completed)"));
    CHECK_FALSE(select->cards()[1].locked);

    // The record is on disk for the next time the game starts.
    test::GameFixture later(game.home());
    CHECK(later.context().progress.isCompleted("sample-first-day"));

    // So are HR's records, anonymous by default, under an id kept in the settings.
    const game::RecordsFolder records(game.home() / "data" / "records");
    const auto completions = records.completions();
    REQUIRE(completions.size() == 1);
    CHECK(completions[0].levelId == "sample-first-day");
    CHECK(completions[0].learnerName.empty());
    CHECK(completions[0].durationSeconds > 0.0); // the steps spent on the scenario's screens
    const std::string playerId = later.context().preferences.settings().playerId;
    CHECK(game::isUuid(playerId));
    CHECK(completions[0].playerId == playerId);
    const auto statements = records.statements();
    REQUIRE(statements.size() >= 4);
    CHECK(statements.front().find("\"account\":{\"homePage\":\"https://respect.invalid/xapi\","
                                  "\"name\":\"" +
                                  playerId + "\"}") != std::string::npos);
    CHECK(fs::exists(records.path() / "completions.csv"));
    CHECK(fs::exists(records.path() / "certificate.html"));
}

TEST_CASE("With an LRS in the settings, finishing a scenario sends its statements there",
          "[flow][records][lrs]") {
    test::TemporaryFolder home;
    fs::create_directories(home / "config");
    std::ofstream(home / "config" / "settings.json")
        << R"({"lrsEndpoint": "https://lrs.example.org/xapi", "lrsUser": "key",
               "lrsPassword": "secret", "playerName": "Ann Peeters",
               "playerEmail": "ann.peeters@example.org"})";
    std::vector<engine::http::HttpRequest> requests;
    std::mutex guard;
    class Recording final : public engine::http::HttpClient {
    public:
        Recording(std::vector<engine::http::HttpRequest>& seen, std::mutex& lock)
            : seen_(seen), lock_(lock) {}
        engine::http::HttpResponse post(const engine::http::HttpRequest& request) override {
            const std::lock_guard<std::mutex> hold(lock_);
            seen_.push_back(request);
            engine::http::HttpResponse response;
            response.status = 200;
            return response;
        }

    private:
        std::vector<engine::http::HttpRequest>& seen_;
        std::mutex& lock_;
    };
    test::GameFixture game(home.path(),
                           [&] { return std::make_unique<Recording>(requests, guard); });
    game.stack().push(
        std::make_unique<game::LevelPlayScene>(game.context(), firstScenarioWithoutMap()));
    game.stack().applyRequests();
    for (int step = 0; step < 2000 && game.top<game::DebriefScene>() == nullptr; ++step) {
        auto* dialogue = game.top<game::DialogueScene>();
        if (dialogue == nullptr) {
            game.idle();
            continue;
        }
        game.press(dialogue->mode() == game::DialogueScene::Mode::Choices ? Action::Choose1
                                                                          : Action::Confirm);
    }
    REQUIRE(game.top<game::DebriefScene>() != nullptr);
    REQUIRE(game.context().uploader != nullptr);
    game.context().uploader->waitUntilIdle();
    const std::lock_guard<std::mutex> hold(guard);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].url == "https://lrs.example.org/xapi/statements");
    CHECK(requests[0].username == "key");
    CHECK(requests[0].body.find("\"mbox\":\"mailto:ann.peeters@example.org\"") !=
          std::string::npos);
    CHECK(requests[0].body.find("\"en-US\":\"completed\"") != std::string::npos);
}

TEST_CASE("A team event: the group votes, an encounter is replayed, the group debrief shows both",
          "[flow][facilitation]") {
    test::GameFixture game;
    game.context().facilitator = true;
    game.openTitle();
    game.press(Action::Confirm); // Play: the scenario list (no records question in a team event)
    game.stack().push(
        std::make_unique<game::LevelPlayScene>(game.context(), firstScenarioWithoutMap()));
    game.stack().applyRequests();
    game.idle();
    const auto untilVote = [&] {
        for (int step = 0; step < 200 && game.top<game::VoteScene>() == nullptr; ++step) {
            auto* dialogue = game.top<game::DialogueScene>();
            if (dialogue != nullptr && dialogue->mode() == game::DialogueScene::Mode::Ended) {
                return;
            }
            dialogue != nullptr ? game.press(Action::Confirm) : game.idle();
        }
    };

    untilVote();
    auto* vote = game.top<game::VoteScene>();
    REQUIRE(vote != nullptr);
    CHECK(game.showing("The group votes"));
    CHECK(game.showing("For the facilitator:")); // the encounter's note, for the discussion
    for (int hand = 0; hand < 3; ++hand) {
        game.press(Action::MoveRight); // three hands for the first option
    }
    game.press(Action::MoveDown);
    game.press(Action::Choose2); // typed: two hands for the second
    CHECK(vote->vote().hands() == std::vector<int>{3, 2, 0, 0});
    // The presenter's black-screen key hides everything while the room talks; any key
    // brings the vote back as it was.
    game.press(Action::Blank);
    REQUIRE(game.top<game::BlankScene>() != nullptr);
    CHECK_FALSE(game.showing("The group votes"));
    game.press(Action::Confirm);
    REQUIRE(game.top<game::VoteScene>() == vote);
    CHECK(vote->vote().hands() == std::vector<int>{3, 2, 0, 0});
    CHECK_FALSE(vote->revealed());
    // Enter is bound to Interact and Confirm: it shows the result, it does not play.
    game.pressTogether({Action::Interact, Action::Confirm});
    REQUIRE(game.top<game::VoteScene>() == vote);
    CHECK(vote->revealed());
    CHECK(game.showing("Hands: 3  (60 %)"));
    game.press(Action::Confirm); // play the majority: Dutch

    untilVote();
    auto* dialogue = game.top<game::DialogueScene>();
    REQUIRE(dialogue != nullptr);
    REQUIRE(dialogue->mode() == game::DialogueScene::Mode::Ended);
    CHECK(game.showing("Enter: continue   Page Up: replay from a choice"));
    game.press(Action::PageUp);
    REQUIRE(game.top<game::RewindScene>() != nullptr);
    CHECK(game.showing("▶ Choice 1, played: Switch to Dutch:"));
    game.press(Action::Confirm); // back to the first choice
    game.idle();
    vote = game.top<game::VoteScene>();
    REQUIRE(vote != nullptr);
    for (int down = 0; down < 3; ++down) {
        game.press(Action::MoveDown);
    }
    game.press(Action::Interact); // the room wants to see English played
    untilVote();
    REQUIRE(game.top<game::VoteScene>() != nullptr);
    game.press(Action::MoveDown);
    game.press(Action::MoveDown);
    game.press(Action::Interact); // and then "here we speak French"

    // The rest of the scenario: no hands counted, Enter twice plays the first option.
    for (int step = 0; step < 400 && game.top<game::GroupDebriefScene>() == nullptr; ++step) {
        if (game.top<game::VoteScene>() != nullptr) {
            game.press(Action::Confirm);
            game.press(Action::Confirm);
            continue;
        }
        game.top<game::DialogueScene>() != nullptr ? game.press(Action::Confirm) : game.idle();
    }
    auto* debrief = game.top<game::GroupDebriefScene>();
    REQUIRE(debrief != nullptr);
    const auto& plays = debrief->debrief().plays;
    REQUIRE(plays.size() >= 3);
    CHECK(plays[0].title == "A Dutch-speaking customer");
    CHECK(plays[0].outcome == "respectful");
    CHECK(plays[0].choices[0].hands == std::vector<int>{3, 2, 0, 0});
    CHECK(plays[0].choices[0].percents == std::vector<int>{60, 40, 0, 0});
    CHECK(plays[1].replay);
    CHECK(plays[1].choices[0].played == 3);
    CHECK(plays[1].outcome != "respectful");
    CHECK(game.showing("Group debrief: First morning at the counter"));
    // The replay is listed under the first play: Page Down scrolls to it.
    for (int page = 0; page < 6 && game.screenText().find("(replay from") == std::string::npos;
         ++page) {
        game.press(Action::PageDown);
    }
    CHECK(game.screenText().find("(replay from") != std::string::npos);
    CHECK(game.context().progress.isCompleted("sample-first-day"));

    game.press(Action::Confirm); // Questions, one at a time
    REQUIRE(debrief->question() == std::size_t{0});
    CHECK(game.showing("Question 1 of 3"));
    game.press(Action::PageDown);
    CHECK(game.showing("Question 2 of 3"));
    game.press(Action::Back);
    CHECK_FALSE(debrief->question());

    // The event's statements: the group acts, the facilitator instructs, votes included;
    // no one's personal completion list or certificate.
    const game::RecordsFolder records(game.home() / "data" / "records");
    const auto statements = records.statements();
    REQUIRE(statements.size() >= 6);
    const auto first = nlohmann::json::parse(statements.front());
    CHECK(first["actor"]["objectType"] == "Group");
    CHECK_FALSE(first["actor"].contains("member"));
    CHECK(first["context"]["instructor"]["objectType"] == "Agent");
    const auto votedFor = nlohmann::json::parse(statements[1]);
    CHECK(votedFor["verb"]["display"]["en-US"] == "selected");
    CHECK(votedFor["result"]["extensions"]["https://respect.invalid/xapi/extensions/votes"] ==
          nlohmann::json::array({3, 2, 0, 0}));
    CHECK(votedFor["result"]["extensions"]["https://respect.invalid/xapi/extensions/replay"] ==
          false);
    CHECK(statements.back().find("\"terminated\"") != std::string::npos);
    CHECK_FALSE(fs::exists(records.path() / "completions.json"));
    const fs::path validator = fs::path(RESPECT_BINARY_DIR) / "node" / "node_modules";
    if (fs::exists(validator / "xapi-validation") &&
        test::runCommand("command -v node").exitCode == 0) {
        const auto checked = test::runCommand(
            "NODE_PATH='" + validator.string() + "' node '" +
            (fs::path(RESPECT_SOURCE_DIR) / "tests" / "tools" / "validate-xapi.js").string() +
            "' '" + (records.path() / "xapi-statements.jsonl").string() + "'");
        INFO(checked.output);
        CHECK(checked.exitCode == 0);
    }

    game.press(Action::MoveDown);
    game.press(Action::Confirm); // Save a printable page
    REQUIRE_FALSE(debrief->lastExport().empty());
    const std::string page = engine::io::readFileLimited(debrief->lastExport());
    CHECK(page.find("<h1>Group debrief: First morning at the counter</h1>") != std::string::npos);
    CHECK(page.find("Hands: 3 (60 %)") != std::string::npos);
    CHECK(page.find("(replay from choice 1)") != std::string::npos);
}

TEST_CASE("Team event on the title menu starts facilitator mode with the projector layout",
          "[flow][facilitation]") {
    test::GameFixture game;
    game.openTitle();
    CHECK_FALSE(game.context().facilitator);
    CHECK(game.context().theme.textScale() == Approx(1.0f));
    for (int down = 0; down < 3; ++down) {
        game.press(Action::MoveDown); // Play, Load, Settings, Team event
    }
    CHECK(game.showing("▶ Team event (facilitator)"));
    game.press(Action::Confirm);
    CHECK(game.context().facilitator);
    CHECK(game.context().theme.textScale() >= 1.75f);
    REQUIRE(game.top<game::ScenarioSelectScene>() != nullptr);
    // For this run only: the saved settings keep the player's own choices.
    CHECK(game.context().preferences.settings().textScalePercent == 100);
}

TEST_CASE("A new player is asked once whom the records name; the answer reaches the records",
          "[flow][records][identity]") {
    test::GameFixture game;
    game.openTitle();
    game.press(Action::Confirm); // Play
    auto* identity = game.top<game::IdentityScene>();
    REQUIRE(identity != nullptr);
    CHECK(game.showing("Your training record"));

    // Typing fills the field in focus; Backspace (also bound to Back) deletes in a field.
    engine::input::InputFrame typing;
    typing.typedText = "Ann Peeterz";
    game.stack().update(typing);
    engine::input::InputFrame backspace;
    backspace.devicePresses = {"Key:Backspace"};
    backspace.setPressed(Action::Back);
    game.stack().update(backspace);
    typing.typedText = "s";
    game.stack().update(typing);
    REQUIRE(game.top<game::IdentityScene>() == identity);
    CHECK(identity->name() == "Ann Peeters");

    game.press(Action::Confirm); // on to the e-mail field
    typing.typedText = "ann at work";
    game.stack().update(typing);
    game.press(Action::Confirm); // on to Save
    game.press(Action::Confirm);
    CHECK(identity->problem().find("not an e-mail address") != std::string::npos);
    REQUIRE(game.top<game::IdentityScene>() == identity);

    game.press(Action::MoveUp); // back to the address
    for (int i = 0; i < 8; ++i) {
        game.stack().update(backspace); // "ann"
    }
    typing.typedText = "@example.org";
    game.stack().update(typing);
    CHECK(identity->email() == "ann@example.org");
    game.press(Action::MoveDown);
    game.press(Action::Confirm); // Save
    REQUIRE(game.top<game::ScenarioSelectScene>() != nullptr);
    const auto& settings = game.context().preferences.settings();
    CHECK(settings.identityChosen);
    CHECK(settings.playerName == "Ann Peeters");
    CHECK(settings.playerEmail == "ann@example.org");
    CHECK(game::isUuid(settings.playerId));

    // Asked once: Play again goes straight to the list.
    game.press(Action::Back);
    game.press(Action::Confirm);
    CHECK(game.top<game::IdentityScene>() == nullptr);
    CHECK(game.top<game::ScenarioSelectScene>() != nullptr);
}

TEST_CASE("Staying anonymous keeps names out; Esc decides later", "[flow][records][identity]") {
    test::GameFixture game;
    game.openTitle();
    game.press(Action::Confirm);
    REQUIRE(game.top<game::IdentityScene>() != nullptr);
    game.press(Action::Back); // later
    CHECK_FALSE(game.context().preferences.settings().identityChosen);
    game.press(Action::Back);    // the list
    game.press(Action::Confirm); // Play again: asked again
    REQUIRE(game.top<game::IdentityScene>() != nullptr);
    for (int down = 0; down < 3; ++down) {
        game.press(Action::MoveDown); // name, e-mail, Save, Stay anonymous
    }
    game.press(Action::Confirm);
    const auto& settings = game.context().preferences.settings();
    CHECK(settings.identityChosen);
    CHECK(settings.playerName.empty());
    CHECK(settings.playerEmail.empty());
    CHECK(game.top<game::ScenarioSelectScene>() != nullptr);
}
