#include "LevelTestSupport.hpp"

#include <game/level/LevelSession.hpp>
#include <game/level/PathExplorer.hpp>

#include <algorithm>

using namespace respect;
using Kind = game::SessionEvent::Kind;

namespace {

const char* const kTwoEncounters = R"XML(<level id="t" version="1" lang="en">
  <meta><title>T</title><dimension ref="language"/></meta>
  <cast>
    <character id="jan" name="Mr Peeters" role="customer"/>
    <character id="amina" name="Amina" role="colleague"/>
  </cast>
  <vars><var name="trust" type="int" value="0"/></vars>
  <encounter id="counter" with="jan" trigger="talk">
    <node id="start">
      <say who="jan">Goeiedag.</say>
      <choice goto="switch">
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
    <node id="switch"><say who="jan">Dank u!</say><end outcome="respectful"/></node>
    <node id="refuse"><say who="narrator">He leaves.</say><end outcome="hurtful"/></node>
  </encounter>
  <encounter id="coffee" with="amina" trigger="after" after="counter"
             when="visited(&quot;counter/refuse&quot;)">
    <node id="start">
      <if when="trust &gt;= 1" goto="warm"/>
      <else goto="cool"/>
    </node>
    <node id="warm"><say who="amina">Nice.</say><goto node="bye"/></node>
    <node id="cool"><say who="amina">I saw that.</say><goto node="bye"/></node>
    <node id="bye"><end outcome="neutral"/></node>
  </encounter>
  <debrief><question>Why?</question></debrief>
</level>)XML";

std::vector<game::SessionEvent> playAll(game::LevelSession& session,
                                        std::vector<std::size_t> choices) {
    std::vector<game::SessionEvent> events;
    std::size_t used = 0;
    for (const auto& encounter : session.level().encounters) {
        if (!session.isAvailable(encounter)) {
            session.skip(encounter);
            continue;
        }
        session.start(encounter);
        while (session.runner().state() != engine::dialogue::RunnerState::Ended) {
            if (session.runner().state() == engine::dialogue::RunnerState::ShowingLine) {
                session.advance();
            } else {
                session.choose(choices.at(used++));
            }
        }
    }
    auto taken = session.takeEvents();
    events.insert(events.end(), taken.begin(), taken.end());
    return events;
}

} // namespace

TEST_CASE("A respectful choice scores, explains its rule, and changes the next encounter",
          "[level][unit]") {
    const auto level = test::cleanLevel(kTwoEncounters);
    const auto code = test::smallCode();
    game::LevelSession session(level, code);
    const auto events = playAll(session, {0});

    CHECK(session.scores().at("language") == 2);
    REQUIRE(session.results().size() == 1);
    CHECK(session.results()[0].outcome == "respectful");

    std::vector<std::string> kinds;
    for (const auto& e : events) {
        kinds.push_back(game::sessionEventName(e.kind));
    }
    CHECK(kinds == std::vector<std::string>{"encounter-started", "line", "choices", "chosen",
                                            "score", "feedback", "variable", "line",
                                            "encounter-ended", "encounter-skipped"});
    CHECK(events[1].speakerName == "Mr Peeters");
    CHECK(events[2].options ==
          std::vector<std::string_view>{"Answer in Dutch.", "\"Here we speak French.\""});
    CHECK(events[4].dimensionName == "Language");
    CHECK(events[5].ruleTitle == "Serve people in a language they understand");
    CHECK(events[5].text == "He is served.");
    CHECK(events[9].encounter == "coffee"); // never refused, so no coffee talk
}

TEST_CASE("A hurtful choice unlocks the later encounter that depends on it", "[level][unit]") {
    const auto level = test::cleanLevel(kTwoEncounters);
    const auto code = test::smallCode();
    game::LevelSession session(level, code);
    const auto events = playAll(session, {1});
    CHECK(session.scores().at("language") == -2);
    REQUIRE(session.results().size() == 2);
    CHECK(session.results()[0].outcome == "hurtful");
    CHECK(session.results()[1].encounter == "coffee");
    CHECK(session.results()[1].outcome == "neutral");
    // trust stayed 0, so the branch went to "cool".
    bool sawCool = false;
    for (const auto& e : events) {
        sawCool = sawCool || (e.kind == Kind::Line && e.text == "I saw that.");
    }
    CHECK(sawCool);
}

TEST_CASE("The path explorer walks every path and finds a soft-lock", "[level][unit]") {
    const auto code = test::smallCode();
    const auto report = game::explorePaths(test::cleanLevel(kTwoEncounters), code);
    CHECK(report.pathsCompleted == 2);
    CHECK(report.problems.empty());
    CHECK_FALSE(report.capped);

    // A choice whose condition can never hold and no fallback: the checker only warns
    // ("may soft-lock"); walking the paths proves it.
    std::string text = kTwoEncounters;
    const std::string from = "<choice goto=\"refuse\">";
    text.replace(text.find(from), from.size(), "<choice goto=\"refuse\" when=\"trust &gt; 5\">");
    const std::string first = "<choice goto=\"switch\">";
    text.replace(text.find(first), first.size(), "<choice goto=\"switch\" when=\"trust &gt; 5\">");
    engine::DiagnosticList diagnostics;
    const auto locked = test::levelFromText(text, diagnostics);
    REQUIRE(locked);
    const auto lockedReport = game::explorePaths(*locked, code);
    REQUIRE(lockedReport.problems.size() == 1);
    CHECK(lockedReport.problems[0] ==
          "(no choice): soft-lock: no choice is available at node 'counter/start'");
}

TEST_CASE("Hidden choices the level marks 'unavailable' are offered greyed with their reason",
          "[level][unit]") {
    const auto level = test::cleanLevel(R"XML(<level id="u" version="1">
  <meta><title>U</title></meta>
  <cast><character id="jan" name="Jan" role="customer"/></cast>
  <vars><var name="slots" type="int" value="0"/></vars>
  <encounter id="desk" with="jan">
    <node id="start">
      <say who="jan">Can I have an appointment?</say>
      <choice goto="done" when="slots &gt; 0" unavailable="No slot is free today."><text>Book one.</text></choice>
      <choice goto="done" when="slots &gt; 5"><text>Book two.</text></choice>
      <choice goto="done"><text>Explain the other ways to apply.</text></choice>
    </node>
    <node id="done"><end outcome="neutral"/></node>
  </encounter>
  <debrief><question>Why?</question></debrief>
</level>)XML");
    const auto code = test::smallCode();
    game::LevelSession session(level, code);
    session.start(level.encounters.front());
    session.advance();
    const auto events = session.takeEvents();
    const auto offered = std::find_if(events.begin(), events.end(),
                                      [](const auto& e) { return e.kind == Kind::ChoicesOffered; });
    REQUIRE(offered != events.end());
    CHECK(offered->options == std::vector<std::string_view>{"Explain the other ways to apply."});
    // Only the choice with a reason is shown greyed; the other hidden one stays hidden.
    REQUIRE(offered->unavailable.size() == 1);
    CHECK(offered->unavailable[0].first == "Book one.");
    CHECK(offered->unavailable[0].second == "No slot is free today.");
}

TEST_CASE("Each once-only encounter of a long level is offered once; a repeatable one stays",
          "[level][unit]") {
    std::string text = R"XML(<level id="long" version="1">
  <meta><title>Long</title></meta>
  <cast><character id="jan" name="Jan" role="customer"/></cast>
)XML";
    for (int i = 0; i < 40; ++i) {
        text += "<encounter id=\"e" + std::to_string(i) + "\" with=\"jan\"" +
                (i == 7 ? " once=\"false\"" : "") +
                "><node id=\"n\"><say who=\"jan\">Hello.</say><end outcome=\"neutral\"/>"
                "</node></encounter>\n";
    }
    text += "<debrief><question>Why?</question></debrief></level>";
    const auto level = test::cleanLevel(text);
    const auto code = test::smallCode();
    game::LevelSession session(level, code);
    for (const auto& encounter : level.encounters) {
        REQUIRE(session.isAvailable(encounter));
        session.start(encounter);
        session.advance();
        REQUIRE(session.runner().state() == engine::dialogue::RunnerState::Ended);
    }
    for (const auto& encounter : level.encounters) {
        INFO(encounter.id);
        CHECK(session.isAvailable(encounter) == (encounter.id == "e7"));
    }
    // An encounter the session does not hold (a copy) is judged by its id all the same.
    const game::Encounter copy = level.encounters[3];
    CHECK_FALSE(session.isAvailable(copy));
    CHECK(session.triggered(game::Trigger::Talk, "jan") == &level.encounters[7]);

    // A restored session knows what was played from the saved results.
    game::LevelSession restored(level, code);
    std::vector<game::LevelSession::EncounterResult> played(session.results().begin(),
                                                            session.results().begin() + 5);
    restored.restore(session.runner().snapshot(), {}, played, "");
    CHECK_FALSE(restored.isAvailable(level.encounters[4]));
    CHECK(restored.isAvailable(level.encounters[5]));
}

TEST_CASE("Tags are words separated by any whitespace", "[level][unit]") {
    const auto level = test::cleanLevel(R"XML(<level id="tags" version="1">
  <meta><title>Tags</title></meta>
  <cast><character id="jan" name="Jan" role="customer"/></cast>
  <encounter id="desk" with="jan" tags="  counter	morning
 ">
    <node id="start" tags="greeting">
      <say who="jan">Hello.</say>
      <choice goto="done" tags="polite  formal"><text>Good morning.</text></choice>
    </node>
    <node id="done" tags=""><end outcome="neutral"/></node>
  </encounter>
  <debrief><question>Why?</question></debrief>
</level>)XML");
    using Words = std::vector<std::string>;
    CHECK(level.encounters.at(0).tags == Words{"counter", "morning"});
    const auto* start = level.graph.findNode("desk/start");
    REQUIRE(start != nullptr);
    CHECK(start->tags == Words{"greeting"});
    CHECK(start->choices.at(0).tags == Words{"polite", "formal"});
    CHECK(level.graph.findNode("desk/done")->tags.empty());
}

TEST_CASE("Text limits count characters, not bytes", "[level][unit]") {
    const auto levelTitled = [](const std::string& title) {
        return R"XML(<level id="t" version="1"><meta><title>)XML" + title +
               R"XML(</title></meta><cast><character id="jan" name="Jan" role="customer"/></cast>
  <encounter id="desk" with="jan"><node id="n"><say who="jan">Hi.</say><end outcome="neutral"/></node></encounter>
  <debrief><question>Why?</question></debrief></level>)XML";
    };
    std::string accented; // 2 bytes a character; mixed with ASCII and a 4-byte emoji
    for (int i = 0; i < 118; ++i) {
        accented += i % 3 == 0 ? "\xC3\xA9" : "a";
    }
    accented += "\xF0\x9F\x98\x80"; // 119 characters
    for (const auto& [title, characters] :
         {std::pair<std::string, int>{accented + "b", 120}, {accented + "\xC3\xA9\xC3\xA9", 121}}) {
        engine::DiagnosticList diagnostics;
        test::levelFromText(levelTitled(title), diagnostics);
        const std::string all = diagnostics.formatAll();
        INFO(all);
        CHECK((all.find("the title is 121 characters long; the limit is 120") !=
               std::string::npos) == (characters == 121));
    }
}
