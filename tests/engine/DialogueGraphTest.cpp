#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/DialogueGraphBuilder.hpp>
#include <engine/dialogue/Runner.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::dialogue;

namespace {

Node node(const std::string& id, int line = 0) {
    Node n;
    n.id = id;
    n.sourceLine = line;
    return n;
}

Node gotoNode(const std::string& id, const std::string& target) {
    Node n = node(id);
    n.exit = ExitKind::Goto;
    n.gotoTarget = target;
    return n;
}

} // namespace

SCENARIO("A graph is built from nodes and looked up by id", "[dialogue][unit]") {
    GIVEN("a builder with three nodes") {
        DialogueGraphBuilder builder;
        builder.addNode(node("enc/start", 3)).addNode(node("enc/end", 9)).addNode(node("other"));
        CHECK(builder.hasNode("enc/end"));
        CHECK(builder.size() == 3);

        WHEN("the graph is built") {
            const DialogueGraph graph = builder.build();
            THEN("nodes keep insertion order and are found by id") {
                REQUIRE(graph.size() == 3);
                CHECK(graph.nodes()[0].id == "enc/start");
                CHECK(graph.nodes()[1].id == "enc/end");
                CHECK(graph.nodes()[2].id == "other");
                REQUIRE(graph.findNode("enc/end") != nullptr);
                CHECK(graph.findNode("enc/end")->sourceLine == 9);
                CHECK(graph.findNode("end") == nullptr);
                CHECK(graph.indexOf("other") == 2);
                CHECK(graph.indexOf("nope") == DialogueGraph::npos);
            }
            THEN("the builder is empty again") {
                CHECK(builder.size() == 0);
            }
        }
    }
}

TEST_CASE("References resolve exactly first, then within the scope", "[dialogue][unit]") {
    DialogueGraphBuilder builder;
    builder.addNode(node("enc/start")).addNode(node("enc/next")).addNode(node("next"));
    builder.addNode(node("enc/sub/deep")).addNode(node("lonely"));
    const DialogueGraph graph = builder.build();
    CHECK(graph.resolveReference("enc/start", "enc/next") == "enc/next");
    CHECK(graph.resolveReference("enc/start", "next") == "next"); // the exact id wins
    CHECK(graph.resolveReference("enc/start", "sub/deep") == "enc/sub/deep");
    CHECK(graph.resolveReference("enc/sub/deep", "next") == "next");
    CHECK(graph.resolveReference("enc/start", "start") == "enc/start");
    CHECK(graph.resolveReference("lonely", "start").empty()); // no scope to try
    CHECK(graph.resolveReference("enc/start", "missing").empty());
    CHECK(graph.resolveIndex(graph.indexOf("enc/start"), "start") == graph.indexOf("enc/start"));
    CHECK(graph.resolveIndex(graph.indexOf("enc/start"), "missing") == DialogueGraph::npos);
}

TEST_CASE("Exit targets are resolved when the graph is built", "[dialogue][unit]") {
    DialogueGraphBuilder builder;
    builder.addNode(gotoNode("enc/a", "b"));
    builder.addNode(gotoNode("enc/b", "nowhere"));
    Node withChoices = node("enc/c");
    withChoices.exit = ExitKind::Choices;
    withChoices.choices.push_back(Choice{});
    withChoices.choices.back().target = "a";
    builder.addNode(withChoices);
    const DialogueGraph graph = builder.build();
    CHECK(graph.gotoTargetIndex(0) == 1);
    CHECK(graph.gotoTargetIndex(1) == DialogueGraph::npos);
    CHECK(graph.choiceTargetIndex(2, 0) == 0);
}

TEST_CASE("The builder fills missing element ids and rejects duplicates", "[dialogue][unit]") {
    DialogueGraphBuilder builder;
    Node a = node("enc/a", 4);
    a.lines.resize(2);
    a.lines[1].id = "greeting";
    a.exit = ExitKind::Choices;
    a.choices.resize(2);
    a.choices[0].id = "pick";
    builder.addNode(a);

    SECTION("empty ids are derived from the node and position") {
        const DialogueGraph graph = builder.build();
        const Node& built = graph.nodes()[0];
        CHECK(built.lines[0].id == "enc/a#line-1");
        CHECK(built.lines[1].id == "greeting");
        CHECK(built.choices[1].id == "enc/a#choice-2");
        CHECK(graph.findChoiceSerial("pick") == 0);
        CHECK(graph.choiceBySerial(1).id == "enc/a#choice-2");
        CHECK(graph.lineIndex(0, "greeting") == 1);
    }
    SECTION("a duplicate node id throws with its source line") {
        try {
            builder.addNode(node("enc/a", 17));
            FAIL("no exception");
        } catch (const DialogueError& error) {
            CHECK(std::string(error.what()) == "duplicate node id 'enc/a'");
            CHECK(error.sourceLine() == 17);
        }
    }
    SECTION("a choice id used in another node throws and adds nothing") {
        Node b = node("enc/b");
        b.choices.resize(1);
        b.choices[0].id = "pick";
        CHECK_THROWS_WITH(builder.addNode(b), "duplicate choice id 'pick'");
        CHECK_FALSE(builder.hasNode("enc/b"));
    }
    SECTION("a line id repeated within a node throws") {
        Node b = node("enc/b");
        b.lines.resize(2);
        b.lines[0].id = b.lines[1].id = "same";
        CHECK_THROWS_WITH(builder.addNode(b), "duplicate line id 'same' in node 'enc/b'");
    }
    SECTION("the first repeat in document order is named, in short and in long nodes") {
        for (const std::size_t size : {std::size_t{5}, std::size_t{400}}) {
            INFO(size << " lines");
            Node b = node("enc/b");
            b.lines.resize(size);
            for (std::size_t i = 0; i < size; ++i) {
                b.lines[i].id = "l" + std::to_string(i);
                b.lines[i].sourceLine = static_cast<int>(i + 1);
            }
            b.lines[size - 1].id = "l0"; // a repeat of an id that sorts first
            b.lines[3].id = "l2";        // the first repeat in document order
            try {
                builder.addNode(b);
                FAIL("no exception");
            } catch (const DialogueError& error) {
                CHECK(std::string(error.what()) == "duplicate line id 'l2' in node 'enc/b'");
                CHECK(error.sourceLine() == 4);
            }
        }
    }
    SECTION("a choice id repeated within a node throws") {
        Node b = node("enc/b");
        b.choices.resize(3);
        b.choices[0].id = "x";
        b.choices[1].id = "y";
        b.choices[2].id = "x";
        CHECK_THROWS_WITH(builder.addNode(b), "duplicate choice id 'x'");
        CHECK_FALSE(builder.hasNode("enc/b"));
    }
    SECTION("a node without an id throws") {
        CHECK_THROWS_AS(builder.addNode(Node{}), DialogueError);
    }
}

TEST_CASE("A copied graph is independent and runs like the original", "[dialogue][unit]") {
    DialogueGraphBuilder builder;
    Node start = node("s/start");
    start.lines.resize(1);
    start.lines[0].text = "hi";
    start.lines[0].condition = Expression::parse("not visited(\"end\")");
    start.exit = ExitKind::Goto;
    start.gotoTarget = "end";
    Node end = node("s/end");
    end.outcome = "done";
    builder.addNode(start).addNode(end);
    auto original = std::make_unique<DialogueGraph>(builder.build());
    DialogueGraph copy = *original;
    DialogueGraph assigned;
    assigned = copy;
    original.reset(); // the copies own everything they need

    for (const DialogueGraph* graph : {&copy, &assigned}) {
        for (std::size_t i = 0; i < graph->size(); ++i) {
            graph->prefetch(i); // a hint only; must be harmless
        }
        VariableStore store;
        Runner runner(*graph, store);
        runner.start("s/start");
        CHECK(runner.currentLine().text == "hi");
        runner.advance();
        CHECK(runner.outcome() == "done");
    }
}
