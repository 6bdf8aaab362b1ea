#include <engine/dialogue/DialogueGraphBuilder.hpp>
#include <engine/dialogue/GraphAnalysis.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>

#include <catch2/catch.hpp>

#include <initializer_list>

using namespace respect::engine;
using namespace respect::engine::dialogue;

namespace {

Node endNode(const std::string& id, int line = 0) {
    Node n;
    n.id = id;
    n.sourceLine = line;
    n.exit = ExitKind::End;
    n.outcome = "done";
    return n;
}

Node gotoNode(const std::string& id, const std::string& target, int line = 0) {
    Node n = endNode(id, line);
    n.exit = ExitKind::Goto;
    n.gotoTarget = target;
    return n;
}

Choice choice(const std::string& target, const std::string& condition = {}, bool once = false,
              bool fallback = false) {
    Choice c;
    c.target = target;
    if (!condition.empty()) {
        c.condition = Expression::parse(condition);
    }
    c.once = once;
    c.fallback = fallback;
    return c;
}

Node choiceNode(const std::string& id, std::vector<Choice> choices, int line = 0) {
    Node n = endNode(id, line);
    n.exit = ExitKind::Choices;
    n.choices = std::move(choices);
    return n;
}

Branch branch(const std::string& target, const std::string& condition = {}, int line = 0) {
    Branch b;
    if (!condition.empty()) {
        b.condition = Expression::parse(condition);
    }
    b.target = target;
    b.sourceLine = line;
    return b;
}

Node branchNode(const std::string& id, std::vector<Branch> branches) {
    Node n = endNode(id);
    n.exit = ExitKind::Branch;
    n.branches = std::move(branches);
    return n;
}

DialogueGraph graphOf(std::initializer_list<Node> nodes) {
    DialogueGraphBuilder builder;
    for (const Node& n : nodes) {
        builder.addNode(n);
    }
    return builder.build();
}

std::vector<std::string> messages(const std::vector<GraphIssue>& issues) {
    std::vector<std::string> out;
    for (const GraphIssue& issue : issues) {
        out.push_back(std::string(severityName(issue.severity)) + " " + issue.nodeId + ":" +
                      std::to_string(issue.sourceLine) + " " + issue.message);
    }
    return out;
}

using Messages = std::vector<std::string>;

} // namespace

TEST_CASE("A sound graph has no issues", "[dialogue][unit]") {
    const DialogueGraph graph =
        graphOf({choiceNode("s/a", {choice("b"), choice("a", "x > 1")}), gotoNode("s/b", "c"),
                 branchNode("s/c", {branch("a", "x > 3"), branch("d")}), endNode("s/d")});
    CHECK(analyze(graph, {"s/a"}).empty());
}

TEST_CASE("Targets that do not exist are errors at the element's line", "[dialogue][unit]") {
    Choice badChoice = choice("nowhere");
    badChoice.id = "c1";
    badChoice.sourceLine = 14;
    const DialogueGraph graph =
        graphOf({choiceNode("s/a", {badChoice, choice("b")}, 10), gotoNode("s/b", "missing", 20),
                 branchNode("s/c", {branch("gone", {}, 31)}), endNode("s/e")});
    CHECK(messages(analyze(graph, {})) ==
          Messages{"error s/a:14 choice 'c1' goes to 'nowhere', which does not exist",
                   "error s/b:20 node 's/b' goes to 'missing', which does not exist",
                   "error s/c:31 a branch of node 's/c' goes to 'gone', which does not exist"});
}

TEST_CASE("Unknown entries and unreachable nodes are reported", "[dialogue][unit]") {
    const DialogueGraph graph =
        graphOf({gotoNode("s/a", "b", 1), endNode("s/b", 2), endNode("s/island", 3)});
    CHECK(messages(analyze(graph, {"s/a", "s/typo"})) ==
          Messages{"error :0 entry node 's/typo' does not exist",
                   "warning s/island:3 node 's/island' cannot be reached from any entry"});
}

TEST_CASE("Nodes with no way out are errors", "[dialogue][unit]") {
    const DialogueGraph graph = graphOf({choiceNode("s/a", {}, 5), branchNode("s/b", {})});
    CHECK(messages(analyze(graph, {})) ==
          Messages{"error s/a:5 node 's/a' has no way out: it has no choices",
                   "error s/b:0 node 's/b' has no way out: it has no branches"});
}

TEST_CASE("Loops from which no end can be reached are errors", "[dialogue][unit]") {
    SECTION("two nodes sending the player back and forth") {
        const DialogueGraph graph = graphOf({choiceNode("s/a", {choice("b")}, 1),
                                             choiceNode("s/b", {choice("a"), choice("b")}, 2)});
        CHECK(messages(analyze(graph, {"s/a"})) ==
              Messages{"error s/a:1 node 's/a' can never end: it loops through 's/a' and 's/b' "
                       "with no way to reach an end"});
    }
    SECTION("a node that goes to itself") {
        const DialogueGraph graph = graphOf({gotoNode("s/a", "a", 7)});
        CHECK(messages(analyze(graph, {"s/a"})) ==
              Messages{"error s/a:7 node 's/a' can never end: it loops back to itself with no "
                       "way to reach an end"});
    }
    SECTION("a loop with a way out is fine") {
        const DialogueGraph graph =
            graphOf({choiceNode("s/a", {choice("b")}),
                     choiceNode("s/b", {choice("a"), choice("end")}), endNode("s/end")});
        CHECK(analyze(graph, {"s/a"}).empty());
    }
    SECTION("a long loop is summarised") {
        const DialogueGraph graph = graphOf(
            {gotoNode("l/1", "2"), gotoNode("l/2", "3"), gotoNode("l/3", "4"), gotoNode("l/4", "5"),
             gotoNode("l/5", "6"), gotoNode("l/6", "7"), gotoNode("l/7", "1")});
        CHECK(messages(analyze(graph, {"l/1"})) ==
              Messages{"error l/1:0 node 'l/1' can never end: it loops through 'l/1', 'l/2', "
                       "'l/3', 'l/4', 'l/5' and 2 more with no way to reach an end"});
    }
}

TEST_CASE("Choice points where every choice can be hidden may soft-lock", "[dialogue][unit]") {
    const std::string warning = "warning s/a:3 node 's/a' may soft-lock: every choice can be "
                                "hidden and there is no fallback";
    SECTION("all conditional") {
        const DialogueGraph graph = graphOf(
            {choiceNode("s/a", {choice("e", "x > 1"), choice("e", "x < 0")}, 3), endNode("s/e")});
        CHECK(messages(analyze(graph, {"s/a"})) == Messages{warning});
    }
    SECTION("conditional and once-only") {
        const DialogueGraph graph = graphOf(
            {choiceNode("s/a", {choice("e", "x > 1"), choice("e", {}, true)}, 3), endNode("s/e")});
        CHECK(messages(analyze(graph, {"s/a"})) == Messages{warning});
    }
    SECTION("a fallback that can also be hidden") {
        const DialogueGraph graph =
            graphOf({choiceNode("s/a", {choice("e", "x > 1"), choice("e", {}, true, true)}, 3),
                     endNode("s/e")});
        CHECK(messages(analyze(graph, {"s/a"})) ==
              Messages{"warning s/a:3 node 's/a' may soft-lock: every choice can be hidden and so "
                       "can every fallback"});
    }
    SECTION("an unconditional fallback makes it safe") {
        const DialogueGraph graph =
            graphOf({choiceNode("s/a", {choice("e", "x > 1"), choice("e", {}, false, true)}, 3),
                     endNode("s/e")});
        CHECK(analyze(graph, {"s/a"}).empty());
    }
    SECTION("one plain choice makes it safe") {
        const DialogueGraph graph =
            graphOf({choiceNode("s/a", {choice("e", "x > 1"), choice("e")}, 3), endNode("s/e")});
        CHECK(analyze(graph, {"s/a"}).empty());
    }
}

TEST_CASE("Branches without an else, or after it, are warnings", "[dialogue][unit]") {
    const DialogueGraph graph = graphOf(
        {branchNode("s/a", {branch("b", "x > 1")}), endNode("s/b"),
         branchNode("s/c", {branch("b", "x > 1"), branch("b", {}), branch("b", "x > 2", 44)})});
    CHECK(
        messages(analyze(graph, {})) ==
        Messages{"warning s/a:0 node 's/a' has no else branch: when no condition holds the "
                 "dialogue stops with an error",
                 "warning s/c:44 a branch of node 's/c' comes after its else and is never taken"});
}

TEST_CASE("An issue becomes a file:line diagnostic", "[dialogue][unit]") {
    const GraphIssue issue{Severity::Warning, "s/a", 12, "something"};
    CHECK(issue.toDiagnostic("levels/x.xml").format() == "levels/x.xml:12: warning: something");
}

TEST_CASE("checkExpressions type-checks conditions and effects and finds bad visited() ids",
          "[dialogue][unit]") {
    Node a = choiceNode("s/a", {choice("b", "trust"), choice("b", "visited(\"nope\")")}, 1);
    a.choices[0].id = "c1";
    a.choices[0].sourceLine = 5;
    a.choices[1].id = "c2";
    a.choices[1].sourceLine = 6;
    a.choices[1].effects.push_back(Effect{"trust", Effect::Op::Add, Expression::parse("true"), 7});
    Line line;
    line.id = "l1";
    line.sourceLine = 2;
    line.condition = Expression::parse("visited(\"b\") and tust > 0");
    a.lines.push_back(line);
    const DialogueGraph graph = graphOf({a, endNode("s/b")});
    TypeEnvironment env;
    env.declare("trust", ValueType::Int);
    CHECK(
        messages(checkExpressions(graph, env)) ==
        Messages{"error s/a:2 condition of line 'l1': unknown variable 'tust' (did you mean "
                 "'trust'?)",
                 "error s/a:5 condition of choice 'c1': 'trust' is an int but a bool is "
                 "expected here",
                 "error s/a:6 condition of choice 'c2': no node 'nope' to count visits of",
                 "error s/a:7 choice 'c2', add 'trust': 'true' is a bool but 'add' needs an int"});
}
