#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Expression.hpp>
#include <engine/dialogue/ExpressionError.hpp>
#include <engine/dialogue/StoreContext.hpp>

#include <catch2/catch.hpp>

#include <map>

using namespace respect::engine::dialogue;

namespace {

Value eval(const std::string& text) {
    VariableStore store;
    store.declare("trust", 3);
    store.declare("met", true);
    store.declare("name", "Sam");
    const std::map<std::string, int, std::less<>> visits{{"intro", 2}, {"a/b", 1}};
    const StoreContext context(store, [&](std::string_view id) {
        const auto it = visits.find(id);
        if (it == visits.end()) {
            throw DialogueError("no node '" + std::string(id) + "'");
        }
        return it->second;
    });
    return Expression::parse(text).evaluate(context);
}

// The column and message of the parse error, as "column: reason".
std::string parseError(const std::string& text) {
    try {
        Expression::parse(text);
    } catch (const ExpressionError& error) {
        CHECK(std::string(error.what()) ==
              error.reason() + " at column " + std::to_string(error.column()));
        return std::to_string(error.column()) + ": " + error.reason();
    }
    return "no error";
}

} // namespace

TEST_CASE("Arithmetic follows the usual precedence and associativity", "[dialogue][unit]") {
    CHECK(eval("1 + 2 * 3") == Value(7));
    CHECK(eval("(1 + 2) * 3") == Value(9));
    CHECK(eval("10 - 4 - 3") == Value(3));
    CHECK(eval("20 / 2 / 5") == Value(2));
    CHECK(eval("7 / 2") == Value(3));
    CHECK(eval("7 % 3") == Value(1));
    CHECK(eval("-3 + 5") == Value(2));
    CHECK(eval("-(2 + 3) * 2") == Value(-10));
    CHECK(eval("- -4") == Value(4));
    CHECK(eval("trust * 2 + 1") == Value(7));
    CHECK(eval("(trust) * 2") == Value(6)); // parentheses around a bare name
    CHECK(eval("((3))") == Value(3));
}

TEST_CASE("Logic binds or, then and, then not, then comparisons", "[dialogue][unit]") {
    CHECK(eval("true or false and false") == Value(true)); // and binds tighter than or
    CHECK(eval("(true or false) and false") == Value(false));
    CHECK(eval("not true or true") == Value(true)); // (not true) or true
    CHECK(eval("not (true or true)") == Value(false));
    CHECK(eval("not trust > 5") == Value(true)); // not (trust > 5)
    CHECK(eval("1 + 2 == 3 and 2 * 2 == 4") == Value(true));
    CHECK(eval("trust >= 3 && !met || false") == Value(false));
    CHECK(eval("trust != 3 || met") == Value(true));
    CHECK(eval("trust < 3") == Value(false));
    CHECK(eval("trust <= 3") == Value(true));
    CHECK(eval("trust > 2") == Value(true));
}

TEST_CASE("and / or short-circuit", "[dialogue][unit]") {
    CHECK(eval("false and nobody") == Value(false));
    CHECK(eval("true or 1 / 0 == 1") == Value(true));
    CHECK_THROWS_AS(eval("true and nobody"), DialogueError);
}

TEST_CASE("Strings: escapes, equality and concatenation", "[dialogue][unit]") {
    CHECK(eval(R"("say \"hi\" \\ ok")") == Value(R"(say "hi" \ ok)"));
    CHECK(eval(R"(name == "Sam")") == Value(true));
    CHECK(eval(R"(name + "!" == "Sam!")") == Value(true));
    CHECK(eval(R"("")") == Value(""));
}

TEST_CASE("visited() and visits() read visit counts by node id", "[dialogue][unit]") {
    CHECK(eval(R"(visited("intro"))") == Value(true));
    CHECK(eval(R"(visits("intro"))") == Value(2));
    CHECK(eval(R"(visits("a/b") + 1)") == Value(2));
    CHECK(eval(R"(not visited("intro"))") == Value(false));
}

TEST_CASE("Run-time errors throw DialogueError naming the expression", "[dialogue][unit]") {
    CHECK_THROWS_WITH(eval("trust / (trust - 3)"), "division by zero in 'trust / (trust - 3)'");
    CHECK_THROWS_WITH(eval("1 % 0"), Catch::Contains("division by zero"));
    CHECK_THROWS_WITH(eval("trsut > 1"), "unknown variable 'trsut' (in 'trsut > 1')");
    CHECK_THROWS_WITH(eval("9223372036854775807 + 1"), Catch::Contains("integer overflow"));
    CHECK_THROWS_WITH(eval("trust and met"),
                      Catch::Contains("'trust' is an int but 'and' needs bools"));
    CHECK_THROWS_WITH(eval(R"(visited("nowhere"))"), Catch::Contains("no node 'nowhere'"));
}

TEST_CASE("Syntax errors give a 1-based column and a clear reason", "[dialogue][unit]") {
    CHECK(parseError("(trust > 3 and met") == "19: expected ')'");
    CHECK(parseError("foo(\"x\")") == "1: unknown function 'foo' (known: visited, visits)");
    CHECK(parseError("met and bar(1)") == "9: unknown function 'bar' (known: visited, visits)");
    CHECK(parseError("1 +") == "4: expected a value but found end of expression");
    CHECK(parseError("trust = 1") == "7: unexpected '=' (use '==' to compare)");
    CHECK(parseError("\"abc") == "1: unterminated string");
    CHECK(parseError(R"("a\n")") == "3: unknown escape in string (only \\\" and \\\\ are allowed)");
    CHECK(parseError("1 < 2 < 3") == "7: comparisons cannot be chained; join them with 'and'");
    CHECK(parseError("") == "1: empty expression");
    CHECK(parseError("   ") == "4: empty expression");
    CHECK(parseError("visited(intro)") == "9: visited() needs a node id in double quotes");
    CHECK(parseError("trust @ 2") == "7: unexpected character '@'");
    CHECK(parseError("99999999999999999999") == "1: number too large");
    CHECK(parseError("1 2") == "3: unexpected '2'");
    CHECK(parseError("a & b") == "3: unexpected '&' (use '&&' or 'and')");
    CHECK(parseError("(1))") == "4: unexpected ')'");
    CHECK(parseError("1 == not met") == "6: 'not' must start a condition; add parentheses");
}

TEST_CASE("An expression keeps its source and lists what it refers to", "[dialogue][unit]") {
    const Expression e =
        Expression::parse(R"(trust > 2 and visited("intro") or trust < visits("x") and met)");
    CHECK(e.source() == R"(trust > 2 and visited("intro") or trust < visits("x") and met)");
    CHECK(e.variables() == std::vector<std::string>{"trust", "met"});
    CHECK(e.visitedReferences() == std::vector<std::string>{"intro", "x"});
    const Expression copy = e; // copies share the tree
    CHECK(copy.source() == e.source());
}

TEST_CASE("Long expressions evaluate like short ones", "[dialogue][unit]") {
    // Past the sizes kept inline (8 nodes, 40 characters).
    CHECK(eval("1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10") == Value(55));
    CHECK(eval("trust + trust + trust + trust + trust + trust + trust") == Value(21));
    CHECK(eval("name + \" is here and has been here for a long while\" == \"Sam is here and "
               "has been here for a long while\"") == Value(true));
    CHECK(Expression::parse("(trust) + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + met + visits(\"x\")")
              .variables() == std::vector<std::string>{"trust", "met"});
}

TEST_CASE("Identifiers may contain dots and underscores", "[dialogue][unit]") {
    VariableStore store;
    store.declare("team.size_2", 4);
    CHECK(Expression::parse("team.size_2 * 2").evaluate(StoreContext(store)) == Value(8));
}

TEST_CASE("Empty and constant expressions", "[dialogue][unit]") {
    VariableStore store;
    const Expression empty;
    CHECK(empty.empty());
    CHECK(empty.source().empty());
    CHECK_THROWS_AS(empty.evaluate(StoreContext(store)), DialogueError);
    const Expression five = Expression::constant(5);
    CHECK(five.source() == "5");
    CHECK(five.evaluate(StoreContext(store)) == Value(5));
    CHECK(Expression::constant("a \"b\"").evaluate(StoreContext(store)) == Value("a \"b\""));
}

TEST_CASE("test() needs a bool result", "[dialogue][unit]") {
    VariableStore store;
    store.declare("trust", 1);
    const StoreContext context(store);
    CHECK(Expression::parse("trust == 1").test(context));
    CHECK_THROWS_WITH(Expression::parse("trust + 1").test(context),
                      "condition 'trust + 1' is an int, not a bool");
}
