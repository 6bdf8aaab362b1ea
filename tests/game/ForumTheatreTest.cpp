// Team events: the group's show of hands at a choice, and forum theatre, where an ended
// encounter is rewound to a choice point and played again with another option.

#include <engine/io/FileReader.hpp>
#include <engine/xml/Document.hpp>
#include <game/facilitation/ForumTheatre.hpp>
#include <game/facilitation/GroupVote.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>

#include <catch2/catch.hpp>

using namespace respect;
using engine::dialogue::RunnerState;
namespace fs = std::filesystem;

namespace {

struct Sample {
    game::DiversityCode code;
    game::Level level;
};

Sample loadSample() {
    const fs::path data = RESPECT_SOURCE_DIR;
    engine::DiagnosticList diagnostics;
    auto code = game::loadDiversityCode(data / game::kDiversityCodePath, "code", diagnostics);
    auto level = game::loadLevel(
        engine::xml::Document::parse(
            engine::io::readFileLimited(data / "levels" / "sample-first-day.xml"), "sample"),
        diagnostics);
    REQUIRE(code);
    REQUIRE(level);
    return {std::move(*code), std::move(*level)};
}

/// Advances through lines until a choice is offered or the encounter ends.
void untilChoiceOrEnd(game::LevelSession& session) {
    while (session.runner().state() == RunnerState::ShowingLine) {
        session.advance();
    }
}

} // namespace

TEST_CASE("A show of hands is typed or counted, and split into percentages",
          "[facilitation][vote][unit]") {
    game::GroupVote vote(3);
    CHECK_FALSE(vote.majority());
    CHECK(vote.percents() == std::vector<int>{0, 0, 0});
    vote.typeDigit(0, 1, true);
    vote.typeDigit(0, 2, false); // "1" then "2": twelve hands
    vote.addHand(2);
    vote.addHand(2);
    vote.addHand(2);
    vote.addHand(7); // no such option: ignored
    CHECK(vote.hands() == std::vector<int>{12, 0, 3});
    CHECK(vote.total() == 15);
    CHECK(vote.majority() == std::size_t{0});
    CHECK_FALSE(vote.tied());
    CHECK(vote.percents() == std::vector<int>{80, 0, 20});
    vote.typeDigit(1, 3, true); // a fresh number for option 2
    vote.typeDigit(1, 0, false);
    CHECK(vote.hands()[1] == 30);
    vote.removeHand(2);
    vote.clear(0);
    CHECK(vote.hands() == std::vector<int>{0, 30, 2});

    game::GroupVote thirds(3);
    for (std::size_t i = 0; i < 3; ++i) {
        thirds.addHand(i);
    }
    CHECK(thirds.tied());
    CHECK(thirds.majority() == std::size_t{0}); // the first listed on a tie
    CHECK(thirds.percents() == std::vector<int>{34, 33, 33});
    for (int i = 0; i < 5; ++i) {
        thirds.typeDigit(0, 9, false);
    }
    CHECK(thirds.hands()[0] == game::GroupVote::kMaxHands);
}

TEST_CASE("An ended encounter is rewound to a choice and played again; both plays are kept",
          "[facilitation][forum][unit]") {
    const Sample sample = loadSample();
    game::LevelSession session(sample.level, sample.code);
    game::ForumTheatre forum(session, "levels/sample-first-day.xml");
    const auto& encounter = sample.level.encounters[0];
    REQUIRE(encounter.id == "dutch-customer");

    session.start(encounter);
    forum.encounterStarted(encounter);
    untilChoiceOrEnd(session);
    REQUIRE(session.runner().state() == RunnerState::AwaitingChoice);
    forum.choiceOffered();
    game::GroupVote vote(session.runner().offeredChoices().size());
    vote.typeDigit(0, 9, true);
    vote.addHand(3);
    vote.addHand(3);
    forum.choiceMade(*vote.majority(), vote);
    session.choose(*vote.majority()); // answer in Dutch
    untilChoiceOrEnd(session);
    REQUIRE(session.runner().state() == RunnerState::Ended);
    forum.encounterEnded(session.results().back().outcome);
    CHECK(session.scores().at("language") == 2);
    CHECK(forum.rewindPoints() == 1);

    // The room wants to see the well-meant mistake: back to the first choice, English.
    forum.rewindTo(0);
    REQUIRE(session.runner().state() == RunnerState::AwaitingChoice);
    CHECK(session.current() == &encounter);
    CHECK(session.scores().count("language") == 0); // the scores as they were then
    CHECK(forum.rewindPoints() == 0);               // while the replay is played
    forum.choiceMade(3, game::GroupVote(4));
    session.choose(3);
    untilChoiceOrEnd(session);
    while (session.runner().state() == RunnerState::AwaitingChoice) {
        const std::size_t last = session.runner().offeredChoices().size() - 1; // the worst
        forum.choiceOffered();
        forum.choiceMade(last, game::GroupVote(last + 1));
        session.choose(last);
        untilChoiceOrEnd(session);
    }
    forum.encounterEnded(session.results().back().outcome);

    const auto& plays = forum.plays();
    REQUIRE(plays.size() == 2);
    CHECK(plays[0].encounter == "dutch-customer");
    CHECK(plays[0].replayOf == -1);
    CHECK(plays[0].outcome == "respectful");
    REQUIRE(plays[0].choices.size() == 1);
    CHECK(plays[0].choices[0].node == "dutch-customer/start");
    CHECK(plays[0].choices[0].hands == std::vector<int>{9, 0, 0, 2});
    CHECK(plays[0].choices[0].played == 0);
    CHECK(plays[0].choices[0].options[3] ==
          "Slow down and switch to English, a language you probably both know.");
    CHECK(plays[0].scoreChanges == std::map<std::string, int>{{"language", 2}});

    CHECK(plays[1].replayOf == 0);
    CHECK(plays[1].fromChoice == 0);
    CHECK(plays[1].outcome != "respectful");
    REQUIRE(plays[1].choices.size() >= 2);
    CHECK(plays[1].choices[0].played == 3);
    CHECK(plays[1].scoreChanges.at("language") < 0);
    // The session goes on from the replay: one result for the encounter, the replay's.
    REQUIRE(session.results().size() == 1);
    CHECK(session.results()[0].outcome == plays[1].outcome);
    CHECK_THROWS_AS(forum.rewindTo(plays[1].choices.size()), std::out_of_range);
}
