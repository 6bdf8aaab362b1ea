#include <engine/core/Log.hpp>
#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/DialogueGraphBuilder.hpp>
#include <engine/dialogue/Runner.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;
using namespace respect::engine::dialogue;

namespace {

Line say(const std::string& id, const std::string& condition = {}) {
    Line line;
    line.id = id;
    line.text = id;
    if (!condition.empty()) {
        line.condition = Expression::parse(condition);
    }
    return line;
}

Choice option(const std::string& id, const std::string& target, const std::string& condition = {}) {
    Choice choice;
    choice.id = id;
    choice.target = target;
    if (!condition.empty()) {
        choice.condition = Expression::parse(condition);
    }
    return choice;
}

Branch when(const std::string& condition, const std::string& target) {
    Branch branch;
    if (!condition.empty()) {
        branch.condition = Expression::parse(condition);
    }
    branch.target = target;
    return branch;
}

// A small story with every feature a snapshot must carry: a conditional line, a once-only
// choice that loops back, conditions on variables, a branch on visit counts.
std::vector<Node> storyNodes() {
    Node start;
    start.id = "enc/start";
    start.lines = {say("s1"), say("s2", "trust > 0"), say("s3")};
    start.exit = ExitKind::Choices;
    Choice help = option("c-help", "start");
    help.once = true;
    help.effects.push_back(Effect{"trust", Effect::Op::Add, Expression::parse("2"), 0});
    start.choices = {help, option("c-chat", "chat", "trust >= 2"), option("c-leave", "bye")};

    Node chat;
    chat.id = "enc/chat";
    chat.lines = {say("t1"), say("t2")};
    chat.onEnter.push_back(Effect{"mood", Effect::Op::Set, Expression::parse("\"warm\""), 0});
    chat.exit = ExitKind::Branch;
    chat.branches = {when("visits(\"start\") > 2", "bye"), when("", "start")};

    Node bye;
    bye.id = "enc/bye";
    bye.lines = {say("b1")};
    bye.exit = ExitKind::End;
    bye.outcome = "done";
    return {start, chat, bye};
}

DialogueGraph build(const std::vector<Node>& nodes) {
    DialogueGraphBuilder builder;
    for (const Node& node : nodes) {
        builder.addNode(node);
    }
    return builder.build();
}

void declare(VariableStore& store) {
    store.declare("trust", 0);
    store.declare("mood", "cold");
}

// Plays a script: 'a' advances, a digit chooses that offered index. Returns every event.
std::vector<std::string> play(Runner& runner, const std::string& script) {
    std::vector<std::string> out;
    for (char step : script) {
        if (step == 'a') {
            runner.advance();
        } else {
            runner.choose(static_cast<std::size_t>(step - '0'));
        }
        for (const RunnerEvent& event : runner.takeEvents()) {
            out.push_back(event.toString());
        }
    }
    return out;
}

} // namespace

SCENARIO("A restored runner continues exactly like the original", "[dialogue][unit]") {
    const DialogueGraph graph = build(storyNodes());

    GIVEN("a runner played to the middle of a node") {
        VariableStore store;
        declare(store);
        Runner runner(graph, store);
        runner.start("enc/start");
        play(runner, "aa0a"); // help (trust 2), back at start, on line s2
        REQUIRE(runner.state() == RunnerState::ShowingLine);
        REQUIRE(runner.currentLine().id == "s2");
        const Snapshot saved = runner.snapshot();

        THEN("the snapshot records the position and state by id") {
            CHECK(saved.nodeId == "enc/start");
            CHECK(saved.lineId == "s2");
            CHECK(saved.state == RunnerState::ShowingLine);
            CHECK(saved.variables.at("trust") == Value(2));
            CHECK(saved.visits == std::map<std::string, int>{{"enc/start", 2}});
            CHECK(saved.onceTaken == std::vector<std::string>{"c-help"});
        }

        WHEN("the original plays on and a fresh runner restored from the snapshot plays the same") {
            const std::string script = "aa0aaaaa0aaa";
            const std::vector<std::string> original = play(runner, script);

            VariableStore freshStore;
            declare(freshStore);
            Runner fresh(graph, freshStore);
            fresh.restore(saved);
            CHECK(fresh.takeEvents().empty());
            CHECK(fresh.snapshot() == saved);
            CHECK(fresh.currentLine().id == "s2");
            const std::vector<std::string> replayed = play(fresh, script);

            THEN("both produce the same events and end in the same state") {
                CHECK(replayed == original);
                CHECK(original.back() == "Ended enc/bye done");
                CHECK(freshStore == store);
                CHECK(fresh.snapshot() == runner.snapshot());
                CHECK(fresh.visits("enc/start") == 3);
            }
        }
    }

    GIVEN("a runner waiting at a choice point after a once-only choice was taken") {
        VariableStore store;
        declare(store);
        Runner runner(graph, store);
        runner.start("enc/start");
        play(runner, "aa0aaa");
        REQUIRE(runner.state() == RunnerState::AwaitingChoice);
        const Snapshot saved = runner.snapshot();
        CHECK(saved.lineId.empty());

        WHEN("it is restored into an empty store") {
            VariableStore emptyStore;
            Runner fresh(graph, emptyStore);
            fresh.restore(saved);
            THEN("the variables are declared and the same choices are offered") {
                CHECK(emptyStore == store);
                REQUIRE(fresh.offeredChoices().size() == 2); // c-help is used up
                CHECK(fresh.offeredChoices()[0].choice->id == "c-chat");
                CHECK(play(fresh, "1a") == play(runner, "1a"));
            }
        }
    }
}

TEST_CASE("Restoring an ended runner keeps its outcome", "[dialogue][unit]") {
    const DialogueGraph graph = build(storyNodes());
    VariableStore store;
    declare(store);
    Runner runner(graph, store);
    runner.start("enc/start");
    play(runner, "aa1a");
    REQUIRE(runner.outcome() == "done");
    Runner other(graph, store);
    other.restore(runner.snapshot());
    CHECK(other.state() == RunnerState::Ended);
    CHECK(other.outcome() == "done");
    CHECK(other.currentNodeId() == "enc/bye");
}

SCENARIO("Restoring after the story was edited", "[dialogue][unit]") {
    const DialogueGraph graph = build(storyNodes());
    VariableStore store;
    declare(store);
    Runner runner(graph, store);
    runner.start("enc/start");
    play(runner, "aa0aaa0a"); // help, then chat, on line t2
    REQUIRE(runner.currentLine().id == "t2");
    const Snapshot saved = runner.snapshot();

    GIVEN("a story whose saved node was removed") {
        std::vector<Node> nodes = storyNodes();
        nodes.erase(nodes.begin() + 1);
        const DialogueGraph edited = build(nodes);
        VariableStore editedStore;
        declare(editedStore);
        Runner fresh(edited, editedStore);
        fresh.start("enc/start");
        const Snapshot before = fresh.snapshot();

        THEN("restore throws naming the missing node and changes nothing") {
            CHECK_THROWS_WITH(fresh.restore(saved),
                              "cannot restore: node 'enc/chat' no longer exists");
            CHECK_THROWS_AS(fresh.restoreNearest(saved), DialogueError);
            CHECK(fresh.snapshot() == before);
            CHECK(editedStore.get("trust") == Value(0));
        }
    }

    GIVEN("a story whose saved line was removed") {
        std::vector<Node> nodes = storyNodes();
        nodes[1].lines.pop_back();
        nodes[1].lines.push_back(say("t2-new"));
        const DialogueGraph edited = build(nodes);
        VariableStore editedStore;
        declare(editedStore);
        Runner fresh(edited, editedStore);

        THEN("restore throws naming the line") {
            CHECK_THROWS_WITH(fresh.restore(saved),
                              "cannot restore: line 't2' no longer exists in node 'enc/chat'");
        }
        THEN("restoreNearest restarts the node's lines without entering it again") {
            std::vector<std::string> logged;
            log::ScopedSink capture([&](log::Level, const std::string& m) { logged.push_back(m); });
            const RestoreResult result = fresh.restoreNearest(saved);
            CHECK_FALSE(result.exact);
            CHECK(result.message ==
                  "line 't2' no longer exists in node 'enc/chat'; restarted the node's lines");
            CHECK(logged.size() == 1);
            CHECK(fresh.currentLine().id == "t1");
            CHECK(fresh.visits("enc/chat") == 1);
            CHECK(editedStore.get("mood") == Value("warm"));
        }
        THEN("restoreNearest is exact when nothing is missing") {
            Runner same(graph, editedStore);
            const RestoreResult result = same.restoreNearest(saved);
            CHECK(result.exact);
            CHECK(same.currentLine().id == "t2");
        }
    }

    GIVEN("a store where a saved variable changed type") {
        VariableStore changed;
        changed.declare("trust", "high");
        Runner fresh(graph, changed);
        THEN("restore throws naming the variable") {
            CHECK_THROWS_WITH(fresh.restore(saved), "cannot restore: variable 'trust' is now a "
                                                    "string but the snapshot holds 2");
            CHECK(changed.get("trust") == Value("high"));
        }
    }
}
