#include "LevelTestSupport.hpp"
#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/level/LevelSession.hpp>
#include <game/progress/SaveStore.hpp>
#include <game/progress/SessionSaving.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace respect;
using engine::dialogue::RunnerState;

namespace {

// Two encounters sharing variables; "counter/switch" has two lines so a save can sit
// between them; a once-only choice and visits travel in the snapshot.
const char* const kLevel = R"XML(<level id="saves" version="1" lang="en">
  <meta><title>Saves</title><dimension ref="language"/></meta>
  <cast>
    <character id="jan" name="Mr Peeters" role="customer"/>
    <character id="amina" name="Amina" role="colleague"/>
  </cast>
  <vars>
    <var name="trust" type="int" value="0"/>
    <var name="mood" type="string" value="calm"/>
  </vars>
  <encounter id="counter" with="jan" trigger="talk">
    <node id="start">
      <say who="jan">Goeiedag.</say>
      <choice goto="switch" once="true">
        <text>Answer in Dutch.</text>
        <score dimension="language" delta="2"/>
        <set var="trust" add="1"/>
        <feedback rule="serve-in-own-language">He is served.</feedback>
      </choice>
      <choice goto="refuse">
        <text>"Here we speak French."</text>
        <score dimension="language" delta="-2"/>
      </choice>
    </node>
    <node id="switch">
      <say who="jan">Dank u!</say>
      <say who="jan">Tot ziens.</say>
      <choice goto="bye"><text>Goodbye.</text><set var="mood" value="&quot;happy&quot;"/></choice>
      <choice goto="bye"><text>Next, please.</text></choice>
    </node>
    <node id="refuse"><say who="narrator">He leaves.</say><goto node="bye"/></node>
    <node id="bye"><end outcome="respectful"/></node>
  </encounter>
  <encounter id="coffee" with="amina" trigger="after" after="counter">
    <node id="start">
      <if when="trust &gt;= 1" goto="warm"/>
      <else goto="cool"/>
    </node>
    <node id="warm"><say who="amina">Nice.</say><goto node="end"/></node>
    <node id="cool"><say who="amina">I saw that.</say><goto node="end"/></node>
    <node id="end"><end outcome="neutral"/></node>
  </encounter>
  <debrief><question>Why?</question></debrief>
</level>)XML";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

/// Every field of an event on one line, so two event streams compare as text.
std::vector<std::string> describe(const std::vector<game::SessionEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) {
        std::ostringstream line;
        line << game::sessionEventName(e.kind) << '|' << e.encounter << '|' << e.node << '|'
             << e.speaker << '|' << e.text << '|';
        for (const auto& option : e.options) {
            line << option << ';';
        }
        line << '|' << e.index << '|' << e.dimension << '|' << e.delta << '|' << e.total << '|'
             << e.rule << '|' << e.variable << '|' << e.oldValue << '|' << e.newValue << '|'
             << e.outcome;
        out.push_back(line.str());
    }
    return out;
}

/// Finishes the current encounter, then plays every later available one in document order,
/// answering choices from `choices` in turn.
std::vector<std::string> playToTheEnd(game::LevelSession& session,
                                      const std::vector<std::size_t>& choices) {
    std::size_t used = 0;
    const auto finishCurrent = [&] {
        while (session.runner().state() != RunnerState::Ended) {
            if (session.runner().state() == RunnerState::ShowingLine) {
                session.advance();
            } else {
                session.choose(choices.at(used++));
            }
        }
    };
    finishCurrent();
    for (const auto& encounter : session.level().encounters) {
        if (session.isAvailable(encounter)) {
            session.start(encounter);
            finishCurrent();
        }
    }
    return describe(session.takeEvents());
}

/// Starts "counter", answers in Dutch and stops on the second line of "switch".
void playToSecondLine(game::LevelSession& session) {
    session.start(*session.level().findEncounter("counter"));
    session.advance(); // past "Goeiedag." to the choices
    session.choose(0); // into "switch", showing "Dank u!"
    session.advance(); // "Tot ziens."
    REQUIRE(session.runner().state() == RunnerState::ShowingLine);
    REQUIRE(session.runner().currentLine().text == "Tot ziens.");
}

game::SaveGame throughTheStore(const game::SaveGame& save) {
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder.path() / "saves");
    store.write("slot-2", save);
    const auto read = store.read("slot-2");
    INFO(read.message);
    REQUIRE(read.status == game::SaveStatus::Ok);
    return *read.save;
}

} // namespace

TEST_CASE("A save taken mid-dialogue resumes in a fresh session and plays on identically",
          "[save][unit]") {
    const auto level = test::cleanLevel(kLevel);
    const auto code = test::smallCode();

    GIVEN("a session stopped on the second line of a node after a scored choice") {
        game::LevelSession original(level, code);
        playToSecondLine(original);
        (void)original.takeEvents();
        auto save = game::captureSave(original, "levels/saves.xml");
        save.playerXPixels = 312.5;
        save.playerYPixels = 96.25;
        save.playerFacing = game::Facing::Left;

        WHEN("it is written, read back and restored into a new session") {
            const auto loaded = throughTheStore(save);
            CHECK(loaded.dialogue == save.dialogue);
            CHECK(loaded.currentEncounter == "counter");
            CHECK(loaded.playerXPixels == 312.5);
            CHECK(loaded.playerFacing == game::Facing::Left);

            game::LevelSession restored(level, code);
            const auto report = game::resumeSession(restored, loaded);

            THEN("it is exactly where the original was and the rest of the story matches") {
                CHECK(report.exact);
                CHECK(report.notice.empty());
                CHECK(restored.takeEvents().empty());
                REQUIRE(restored.current() != nullptr);
                CHECK(restored.current()->id == "counter");
                CHECK(restored.runner().currentLine().text == "Tot ziens.");
                CHECK(restored.scores() == original.scores());
                CHECK(restored.runner().snapshot() == original.runner().snapshot());

                const auto expected = playToTheEnd(original, {0});
                const auto actual = playToTheEnd(restored, {0});
                CHECK(actual == expected);
                CHECK(restored.scores() == original.scores());
                CHECK(restored.runner().snapshot() == original.runner().snapshot());
                REQUIRE(restored.results().size() == 2);
                CHECK(restored.results()[0].outcome == "respectful");
                CHECK(restored.results()[0].choices == original.results()[0].choices);
                CHECK(restored.results()[0].offered == original.results()[0].offered);
                CHECK(restored.results()[0].offered.size() == 2); // the two choice points
                CHECK(restored.results()[1].outcome == "neutral");
                CHECK(actual.back().find("encounter-ended|coffee") == 0);
            }
        }
    }
}

TEST_CASE("A save taken at a choice and one taken between encounters resume exactly",
          "[save][unit]") {
    const auto level = test::cleanLevel(kLevel);
    const auto code = test::smallCode();
    game::LevelSession original(level, code);
    original.start(*level.findEncounter("counter"));
    original.advance();
    REQUIRE(original.runner().state() == RunnerState::AwaitingChoice);
    (void)original.takeEvents();

    SECTION("awaiting a choice") {
        game::LevelSession restored(level, code);
        const auto report = game::resumeSession(
            restored, throughTheStore(game::captureSave(original, "levels/saves.xml")));
        CHECK(report.exact);
        REQUIRE(restored.runner().offeredChoices().size() == 2);
        CHECK(playToTheEnd(restored, {1}) == playToTheEnd(original, {1}));
    }
    SECTION("between encounters") {
        original.choose(1);
        while (original.runner().state() != RunnerState::Ended) {
            original.advance();
        }
        (void)original.takeEvents();
        REQUIRE(original.current() == nullptr);
        const auto save = game::captureSave(original, "levels/saves.xml");
        CHECK(save.currentEncounter.empty());
        game::LevelSession restored(level, code);
        CHECK(game::resumeSession(restored, throughTheStore(save)).exact);
        CHECK(restored.current() == nullptr);
        CHECK_FALSE(restored.isAvailable(*level.findEncounter("counter"))); // once, played
        CHECK(restored.results().size() == 1);
        CHECK(playToTheEnd(restored, {}) == playToTheEnd(original, {}));
    }
}

TEST_CASE("A level edited since the save resumes nearby with a notice instead of failing",
          "[save][unit]") {
    const auto code = test::smallCode();
    const auto before = test::cleanLevel(kLevel);
    game::LevelSession original(before, code);
    playToSecondLine(original);
    const auto save = game::captureSave(original, "levels/saves.xml");
    std::vector<std::string> warnings;
    engine::log::ScopedSink sink([&](engine::log::Level level, const std::string& message) {
        if (level == engine::log::Level::Warning) {
            warnings.push_back(message);
        }
    });

    SECTION("a line inserted before the saved one restarts the node's lines") {
        // Positional ids shift: "switch#line-2" now names the inserted line, whose words
        // differ from the saved ones.
        const auto after = test::cleanLevel(
            replaced(kLevel, "<say who=\"jan\">Tot ziens.</say>",
                     "<say who=\"jan\">Een momentje.</say><say who=\"jan\">Tot ziens.</say>"));
        game::LevelSession restored(after, code);
        const auto report = game::resumeSession(restored, save);
        CHECK_FALSE(report.exact);
        CHECK(report.node == "switch");
        CHECK(report.notice ==
              "the scenario changed since this save; resuming at the start of node \"switch\"");
        CHECK(restored.runner().currentLine().text == "Dank u!");
        CHECK(restored.scores().at("language") == 2);
        CHECK(restored.variables().get("trust").asInt() == 1);
        CHECK(restored.runner().visits("counter/switch") == 1); // not entered again
        CHECK(warnings.size() >= 1);
        const auto rest = playToTheEnd(restored, {0});
        CHECK(restored.results()[0].outcome == "respectful");
        CHECK(rest.back().find("encounter-ended|coffee") == 0);
    }
    SECTION("a line inserted before the saved one with stable ids resumes exactly") {
        const auto withIds = [](const std::string& text) {
            return replaced(replaced(text, "<say who=\"jan\">Dank u!</say>",
                                     "<say id=\"thanks\" who=\"jan\">Dank u!</say>"),
                            "<say who=\"jan\">Tot ziens.</say>",
                            "<say id=\"bye\" who=\"jan\">Tot ziens.</say>");
        };
        const auto stable = test::cleanLevel(withIds(kLevel));
        game::LevelSession playing(stable, code);
        playToSecondLine(playing);
        const auto stableSave = game::captureSave(playing, "levels/saves.xml");
        const auto edited =
            test::cleanLevel(replaced(withIds(kLevel), "<say id=\"bye\"",
                                      "<say who=\"jan\">Een momentje.</say><say id=\"bye\""));
        game::LevelSession restored(edited, code);
        const auto report = game::resumeSession(restored, stableSave);
        CHECK(report.exact);
        CHECK(restored.runner().currentLine().text == "Tot ziens.");
    }
    SECTION("the saved node removed resumes at the start of the encounter's first node") {
        auto text = replaced(kLevel, "<choice goto=\"switch\" once=\"true\">",
                             "<choice goto=\"bye\" once=\"true\">");
        const auto nodeStart = text.find("<node id=\"switch\">");
        const auto nodeEnd = text.find("</node>", nodeStart) + std::string("</node>").size();
        text.erase(nodeStart, nodeEnd - nodeStart);
        const auto after = test::cleanLevel(text);
        game::LevelSession restored(after, code);
        const auto report = game::resumeSession(restored, save);
        CHECK_FALSE(report.exact);
        CHECK(report.node == "start");
        CHECK(report.notice ==
              "the scenario changed since this save; resuming at the start of node \"start\"");
        REQUIRE(restored.current() != nullptr);
        CHECK(restored.current()->id == "counter");
        CHECK(restored.runner().currentLine().text == "Goeiedag.");
        // The once-only choice was taken before the save; only the other one is offered.
        restored.advance();
        REQUIRE(restored.runner().offeredChoices().size() == 1);
        const auto rest = playToTheEnd(restored, {0});
        REQUIRE_FALSE(restored.results().empty());
        CHECK(restored.results()[0].encounter == "counter");
        CHECK(restored.results()[0].outcome == "respectful");
    }
    SECTION("the encounter removed and a variable retyped close the conversation") {
        auto text = replaced(kLevel, "<var name=\"mood\" type=\"string\" value=\"calm\"/>",
                             "<var name=\"mood\" type=\"int\" value=\"3\"/>");
        const auto start = text.find("<encounter id=\"counter\"");
        const auto end = text.find("</encounter>", start) + std::string("</encounter>").size();
        text.erase(start, end - start);
        text = replaced(text, "trigger=\"after\" after=\"counter\"", "trigger=\"talk\"");
        const auto after = test::cleanLevel(text);
        game::LevelSession restored(after, code);
        const auto report = game::resumeSession(restored, save);
        CHECK_FALSE(report.exact);
        CHECK(report.notice == "the scenario changed since this save; the conversation "
                               "\"counter\" no longer exists and was closed");
        CHECK(report.dropped == std::vector<std::string>{"mood"});
        CHECK(restored.current() == nullptr);
        CHECK(restored.runner().state() == RunnerState::Ended);
        CHECK(restored.variables().get("mood").asInt() == 3);
        CHECK(restored.variables().get("trust").asInt() == 1);
        CHECK(restored.results().empty()); // the unfinished conversation is not counted
        CHECK(restored.isAvailable(*after.findEncounter("coffee")));
    }
    SECTION("a save of another level is refused with an error") {
        auto other = save;
        other.levelId = "elsewhere";
        game::LevelSession restored(before, code);
        CHECK_THROWS_AS(game::resumeSession(restored, other), engine::Error);
    }
}
