#include <engine/core/Log.hpp>
#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/DialogueGraphBuilder.hpp>
#include <engine/dialogue/Runner.hpp>

#include <catch2/catch.hpp>

#include <initializer_list>

using namespace respect::engine;
using namespace respect::engine::dialogue;

namespace {

Line say(const std::string& id, const std::string& text, const std::string& condition = {}) {
    Line line;
    line.id = id;
    line.speaker = "host";
    line.text = text;
    if (!condition.empty()) {
        line.condition = Expression::parse(condition);
    }
    return line;
}

Choice option(const std::string& id, const std::string& target, const std::string& condition = {}) {
    Choice choice;
    choice.id = id;
    choice.text = id;
    choice.target = target;
    if (!condition.empty()) {
        choice.condition = Expression::parse(condition);
    }
    return choice;
}

Effect add(const std::string& variable, const std::string& value) {
    return Effect{variable, Effect::Op::Add, Expression::parse(value), 0};
}

Node node(const std::string& id, std::vector<Line> lines = {}) {
    Node n;
    n.id = id;
    n.lines = std::move(lines);
    return n;
}

Node ending(const std::string& id, std::vector<Line> lines, const std::string& outcome) {
    Node n = node(id, std::move(lines));
    n.exit = ExitKind::End;
    n.outcome = outcome;
    return n;
}

Node jump(const std::string& id, std::vector<Line> lines, const std::string& target) {
    Node n = node(id, std::move(lines));
    n.exit = ExitKind::Goto;
    n.gotoTarget = target;
    return n;
}

Node choices(const std::string& id, std::vector<Line> lines, std::vector<Choice> list) {
    Node n = node(id, std::move(lines));
    n.exit = ExitKind::Choices;
    n.choices = std::move(list);
    return n;
}

Node branches(const std::string& id, std::vector<Branch> list) {
    Node n = node(id);
    n.exit = ExitKind::Branch;
    n.branches = std::move(list);
    return n;
}

Branch when(const std::string& condition, const std::string& target) {
    Branch branch;
    if (!condition.empty()) {
        branch.condition = Expression::parse(condition);
    }
    branch.target = target;
    return branch;
}

DialogueGraph graphOf(std::initializer_list<Node> nodes) {
    DialogueGraphBuilder builder;
    for (const Node& n : nodes) {
        builder.addNode(n);
    }
    return builder.build();
}

std::vector<std::string> offeredIds(const Runner& runner) {
    std::vector<std::string> ids;
    for (const OfferedChoice& offered : runner.offeredChoices()) {
        CHECK(offered.offeredIndex == ids.size());
        ids.push_back(offered.choice->id);
    }
    return ids;
}

std::vector<std::string> events(Runner& runner) {
    std::vector<std::string> out;
    for (const RunnerEvent& event : runner.takeEvents()) {
        out.push_back(event.toString());
    }
    return out;
}

using Ids = std::vector<std::string>;

} // namespace

SCENARIO("A runner shows a node's lines in order, skipping false conditions", "[dialogue][unit]") {
    GIVEN("a node with a conditional line in the middle") {
        const DialogueGraph graph = graphOf(
            {ending("s/a", {say("l1", "Hello."), say("l2", "Again?", "met"), say("l3", "Bye.")},
                    "polite")});
        VariableStore store;
        store.declare("met", false);
        Runner runner(graph, store);
        CHECK(runner.state() == RunnerState::Ended); // before start
        CHECK(runner.currentNodeId().empty());

        WHEN("it starts and advances") {
            runner.start("s/a");
            THEN("the false line is skipped and the node ends with its outcome") {
                REQUIRE(runner.state() == RunnerState::ShowingLine);
                CHECK(runner.currentNodeId() == "s/a");
                CHECK(runner.currentLine().text == "Hello.");
                CHECK(runner.currentLine().speaker == "host");
                runner.advance();
                CHECK(runner.currentLine().id == "l3");
                CHECK(runner.outcome().empty());
                runner.advance();
                CHECK(runner.state() == RunnerState::Ended);
                CHECK(runner.outcome() == "polite");
                CHECK_THROWS_AS(runner.advance(), DialogueError);
                CHECK_THROWS_AS(runner.currentLine(), DialogueError);
            }
        }
        WHEN("the condition holds") {
            store.set("met", true);
            runner.start("s/a");
            runner.advance();
            THEN("the line is shown") {
                CHECK(runner.currentLine().id == "l2");
            }
        }
    }
}

TEST_CASE("Goto jumps after the lines; a node without lines is passed straight through",
          "[dialogue][unit]") {
    const DialogueGraph graph = graphOf({jump("s/a", {say("a1", "A")}, "pass"),
                                         jump("s/pass", {say("p1", "hidden", "false")}, "b"),
                                         ending("s/b", {say("b1", "B")}, "done")});
    VariableStore store;
    Runner runner(graph, store);
    runner.start("s/a");
    CHECK(runner.currentLine().id == "a1");
    runner.advance();
    CHECK(runner.currentNodeId() == "s/b");
    CHECK(runner.currentLine().id == "b1");
    CHECK(runner.visits("s/pass") == 1);
}

SCENARIO("A branch takes the first condition that holds, else the else", "[dialogue][unit]") {
    GIVEN("a branch on trust") {
        const DialogueGraph graph = graphOf(
            {branches("s/fork",
                      {when("trust > 5", "high"), when("trust > 2", "mid"), when("", "low")}),
             ending("s/high", {}, "high"), ending("s/mid", {}, "mid"), ending("s/low", {}, "low"),
             branches("s/strict", {when("trust > 5", "high")})});
        VariableStore store;
        store.declare("trust", 0);
        Runner runner(graph, store);
        for (const auto& [trust, outcome] : {std::pair{9, "high"}, std::pair{6, "high"},
                                             std::pair{3, "mid"}, std::pair{0, "low"}}) {
            WHEN("trust is " + std::to_string(trust)) {
                store.set("trust", trust);
                runner.start("s/fork");
                THEN("the outcome is " + std::string(outcome)) {
                    CHECK(runner.state() == RunnerState::Ended);
                    CHECK(runner.outcome() == outcome);
                }
            }
        }
        WHEN("no condition holds and there is no else") {
            THEN("the runner throws naming the node") {
                CHECK_THROWS_WITH(runner.start("s/strict"),
                                  "no branch of node 's/strict' applies and it has no else");
            }
        }
    }
}

SCENARIO("Conditions hide choices and choose() takes the offered index", "[dialogue][unit]") {
    GIVEN("a choice point with one hidden choice that has a reason") {
        Choice locked = option("c-locked", "locked", "trust >= 3");
        locked.unavailableReason = "Needs more trust";
        const DialogueGraph graph =
            graphOf({choices("s/a", {say("l", "Well?")},
                             {option("c-first", "first"), locked, option("c-last", "last"),
                              option("c-never", "last", "false")}),
                     ending("s/first", {}, "first"), ending("s/locked", {}, "locked"),
                     ending("s/last", {}, "last")});
        VariableStore store;
        store.declare("trust", 0);
        Runner runner(graph, store);
        runner.start("s/a");
        CHECK(runner.offeredChoices().empty()); // still showing the line
        runner.advance();
        REQUIRE(runner.state() == RunnerState::AwaitingChoice);

        THEN("only available choices are offered, and the reasoned one is listed as unavailable") {
            CHECK(offeredIds(runner) == Ids{"c-first", "c-last"});
            REQUIRE(runner.unavailableChoices().size() == 1);
            CHECK(runner.unavailableChoices()[0].choice->id == "c-locked");
            CHECK(*runner.unavailableChoices()[0].choice->unavailableReason == "Needs more trust");
            CHECK(runner.offeredChoices()[1].choiceIndex == 2);
        }
        WHEN("the second offered choice is taken") {
            runner.choose(1);
            THEN("the runner follows that choice, not the node's second one") {
                CHECK(runner.outcome() == "last");
                CHECK(runner.offeredChoices().empty());
            }
        }
        WHEN("an index beyond the offered choices is taken") {
            THEN("it throws and stays at the choice point") {
                CHECK_THROWS_WITH(runner.choose(2),
                                  "choice 2 is out of range: node 's/a' offers 2 choice(s)");
                CHECK(runner.state() == RunnerState::AwaitingChoice);
                CHECK(offeredIds(runner) == Ids{"c-first", "c-last"});
            }
        }
        WHEN("the condition becomes true before the node is reached again") {
            store.set("trust", 3);
            runner.start("s/a");
            runner.advance();
            THEN("the choice is offered") {
                CHECK(offeredIds(runner) == Ids{"c-first", "c-locked", "c-last"});
                CHECK(runner.unavailableChoices().empty());
            }
        }
    }
}

TEST_CASE("choose() outside a choice point throws", "[dialogue][unit]") {
    const DialogueGraph graph = graphOf({ending("s/a", {say("l", "x")}, "done")});
    VariableStore store;
    Runner runner(graph, store);
    CHECK_THROWS_AS(runner.choose(0), DialogueError);
    runner.start("s/a");
    CHECK_THROWS_WITH(runner.choose(0),
                      "choose() needs a choice point; the runner is in state ShowingLine");
    CHECK_THROWS_WITH(runner.start("s/nope"), "cannot start at unknown node 's/nope'");
}

SCENARIO("A once-only choice disappears after it was taken", "[dialogue][unit]") {
    GIVEN("a hub whose once-only question leads back to the hub") {
        Choice ask = option("c-ask", "hub");
        ask.once = true;
        const DialogueGraph graph =
            graphOf({choices("s/hub", {say("h", "Anything else?")}, {ask, option("c-go", "end")}),
                     ending("s/end", {}, "done")});
        VariableStore store;
        Runner runner(graph, store);
        runner.start("s/hub");
        runner.advance();
        CHECK(offeredIds(runner) == Ids{"c-ask", "c-go"});

        WHEN("the question is asked and the hub is revisited") {
            runner.choose(0);
            runner.advance();
            THEN("it is no longer offered") {
                CHECK(runner.visits("s/hub") == 2);
                CHECK(offeredIds(runner) == Ids{"c-go"});
            }
            AND_WHEN("the runner starts again") {
                runner.start("s/hub");
                runner.advance();
                THEN("it stays gone") {
                    CHECK(offeredIds(runner) == Ids{"c-go"});
                }
            }
        }
    }
}

SCENARIO("A fallback is offered only when every other choice is hidden", "[dialogue][unit]") {
    GIVEN("two conditional choices and a fallback") {
        Choice fallback = option("c-fallback", "end");
        fallback.fallback = true;
        const DialogueGraph graph = graphOf(
            {choices("s/a", {},
                     {option("c-a", "end", "x == 1"), fallback, option("c-b", "end", "x == 2")}),
             ending("s/end", {}, "done")});
        VariableStore store;
        store.declare("x", 1);
        Runner runner(graph, store);

        WHEN("a normal choice is available") {
            runner.start("s/a");
            THEN("the fallback is not offered") {
                CHECK(offeredIds(runner) == Ids{"c-a"});
            }
        }
        WHEN("every normal choice is hidden") {
            store.set("x", 0);
            runner.start("s/a");
            THEN("only the fallback is offered") {
                CHECK(offeredIds(runner) == Ids{"c-fallback"});
                runner.choose(0);
                CHECK(runner.outcome() == "done");
            }
        }
    }
}

TEST_CASE("A choice point with nothing to offer logs a warning and offers nothing",
          "[dialogue][unit]") {
    const DialogueGraph graph =
        graphOf({choices("s/a", {}, {option("c", "a", "false")}), ending("s/b", {}, "")});
    VariableStore store;
    Runner runner(graph, store);
    std::vector<std::string> logged;
    log::ScopedSink capture([&](log::Level, const std::string& m) { logged.push_back(m); });
    runner.start("s/a");
    CHECK(runner.state() == RunnerState::AwaitingChoice);
    CHECK(runner.offeredChoices().empty());
    CHECK(logged == Ids{"dialogue: node 's/a' offers no choice: every choice is hidden and there "
                        "is no fallback"});
}

TEST_CASE("Visit counts feed visited() and visits(), resolved within the node's scope",
          "[dialogue][unit]") {
    const DialogueGraph graph =
        graphOf({choices("enc/hub",
                         {say("first", "First time here.", "visits(\"hub\") == 1"),
                          say("back", "Back again.", "visited(\"side\")"),
                          say("count", "Third!", "visits(\"enc/hub\") >= 3")},
                         {option("c-side", "side"), option("c-stay", "hub")}),
                 jump("enc/side", {}, "hub")});
    VariableStore store;
    Runner runner(graph, store);
    runner.start("enc/hub");
    CHECK(runner.currentLine().id == "first");
    CHECK(runner.visits("enc/hub") == 1);
    CHECK(runner.visits("enc/side") == 0);
    runner.advance();
    runner.choose(0); // side, straight back to hub
    CHECK(runner.visits("enc/side") == 1);
    CHECK(runner.visits("enc/hub") == 2);
    CHECK(runner.currentLine().id == "back");
    runner.advance();
    runner.choose(1); // hub again
    CHECK(runner.currentLine().id == "back");
    runner.advance();
    CHECK(runner.currentLine().id == "count");
    CHECK(runner.evaluate(Expression::parse("visits(\"side\") + visits(\"hub\")")) == Value(4));
    CHECK_THROWS_WITH(runner.visits("hub"), "unknown node 'hub'"); // exact ids only
    CHECK_THROWS_WITH(runner.evaluate(Expression::parse("visited(\"gone\")")),
                      Catch::Contains("visited(\"gone\") names no node (looked up from node "
                                      "'enc/hub')"));
}

TEST_CASE("onEnter effects apply on every entry", "[dialogue][unit]") {
    Node counted = jump("s/loop", {say("l", "again")}, "loop");
    counted.onEnter.push_back(add("count", "1"));
    counted.onEnter.push_back(add("total", "count * 10"));
    const DialogueGraph graph = graphOf({counted});
    VariableStore store;
    store.declare("count", 0);
    store.declare("total", 0);
    Runner runner(graph, store);
    runner.start("s/loop");
    CHECK(store.get("count") == Value(1));
    CHECK(store.get("total") == Value(10));
    runner.advance();
    runner.advance();
    CHECK(store.get("count") == Value(3));
    CHECK(store.get("total") == Value(60));
    CHECK(runner.visits("s/loop") == 3);
}

TEST_CASE("Events are queued in the order things happen", "[dialogue][unit]") {
    Node start = choices("s/start", {say("hello", "Hello"), say("skip", "x", "false")},
                         {option("c-kind", "end")});
    start.onEnter.push_back(add("met", "1"));
    start.choices[0].effects.push_back(add("trust", "2"));
    start.choices[0].effects.push_back(add("trust", "0")); // no change, no event
    const DialogueGraph graph = graphOf({start, ending("s/end", {say("bye", "Bye")}, "kind")});
    VariableStore store;
    store.declare("met", 0);
    store.declare("trust", 0);
    Runner runner(graph, store);

    runner.start("s/start");
    CHECK(events(runner) == Ids{"NodeEntered s/start", "VariableChanged s/start met 0 -> 1",
                                "LineShown s/start hello"});
    runner.advance();
    CHECK(events(runner) == Ids{"ChoicesOffered s/start"});
    runner.choose(0);
    const std::vector<RunnerEvent> chosen = runner.takeEvents();
    std::vector<std::string> text;
    for (const RunnerEvent& event : chosen) {
        text.push_back(event.toString());
    }
    CHECK(text == Ids{"ChoiceMade s/start c-kind", "VariableChanged s/start trust 0 -> 2",
                      "NodeEntered s/end", "LineShown s/end bye"});
    REQUIRE(chosen.size() == 4);
    CHECK(chosen[0].choice->text == "c-kind");
    CHECK(chosen[1].newValue == Value(2));
    CHECK(chosen[3].line->text == "Bye");
    runner.advance();
    CHECK(events(runner) == Ids{"Ended s/end kind"});
    CHECK(events(runner).empty());
}

TEST_CASE("Event recording can be turned off", "[dialogue][unit]") {
    const DialogueGraph graph = graphOf({ending("s/a", {say("l", "x")}, "done")});
    VariableStore store;
    Runner runner(graph, store);
    runner.setRecordingEvents(false);
    runner.start("s/a");
    runner.advance();
    CHECK(runner.outcome() == "done");
    CHECK(runner.takeEvents().empty());
}

TEST_CASE("Automatic jumps that never show anything are stopped", "[dialogue][unit]") {
    SECTION("a goto cycle without lines") {
        const DialogueGraph graph = graphOf({jump("s/a", {}, "b"), jump("s/b", {}, "a")});
        VariableStore store;
        Runner runner(graph, store);
        CHECK_THROWS_WITH(runner.start("s/a"),
                          Catch::StartsWith("the dialogue jumps forever without showing a line or "
                                            "offering a choice; the loop passes through node 's/"));
        CHECK(runner.visits("s/a") + runner.visits("s/b") == Runner::maxAutomaticJumps + 1);
    }
    SECTION("a branch loop that does finish is fine") {
        Node loop = branches("s/loop", {when("n < 5000", "loop"), when("", "done")});
        loop.onEnter.push_back(add("n", "1"));
        const DialogueGraph graph = graphOf({loop, ending("s/done", {}, "counted")});
        VariableStore store;
        store.declare("n", 0);
        Runner runner(graph, store);
        runner.setRecordingEvents(false);
        runner.start("s/loop");
        CHECK(runner.outcome() == "counted");
        CHECK(runner.visits("s/loop") == 5000);
    }
}

TEST_CASE("A target missing at run time throws before anything changes", "[dialogue][unit]") {
    Choice broken = option("c-broken", "nowhere");
    broken.effects.push_back(add("n", "1"));
    broken.sourceLine = 42;
    const DialogueGraph graph = graphOf({choices("s/a", {}, {broken}), jump("s/b", {}, "void")});
    VariableStore store;
    store.declare("n", 0);
    Runner runner(graph, store);
    runner.start("s/a");
    try {
        runner.choose(0);
        FAIL("no exception");
    } catch (const DialogueError& error) {
        CHECK(std::string(error.what()) ==
              "choice 'c-broken' goes to 'nowhere', which does not exist");
        CHECK(error.sourceLine() == 42);
    }
    CHECK(store.get("n") == Value(0));
    CHECK_THROWS_WITH(runner.start("s/b"), "node 's/b' goes to 'void', which does not exist");
}
