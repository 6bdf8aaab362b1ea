#include <engine/dialogue/Expression.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>
#include <engine/dialogue/VariableStore.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::dialogue;

namespace {

TypeEnvironment environment() {
    VariableStore store;
    store.declare("trust", 0);
    store.declare("met", false);
    store.declare("name", "");
    return TypeEnvironment(store);
}

std::vector<std::string> errors(const std::string& text) {
    return Expression::parse(text).typeCheck(environment()).errors;
}

using Errors = std::vector<std::string>;

} // namespace

TEST_CASE("Well-typed expressions check clean and report their type", "[dialogue][unit]") {
    const TypeEnvironment env = environment();
    auto check = [&](const char* text) { return Expression::parse(text).typeCheck(env); };
    CHECK(check(R"(visits("x") >= 2 and met)").ok());
    CHECK(check(R"(visits("x") >= 2 and met)").type == ValueType::Bool);
    CHECK(check("trust * 2 - 1").type == ValueType::Int);
    CHECK(check(R"(name + "!")").type == ValueType::String);
    CHECK(check(R"(name == "Sam" or not visited("a"))").ok());
    CHECK(check("-trust").type == ValueType::Int);
}

TEST_CASE("Type errors name the operand and what the operator needs", "[dialogue][unit]") {
    CHECK(errors("trust and met") == Errors{"'trust' is an int but 'and' needs bools"});
    CHECK(errors("met && trust + 1") == Errors{"'trust + 1' is an int but '&&' needs bools"});
    CHECK(errors("not trust") == Errors{"'trust' is an int but 'not' needs bools"});
    CHECK(errors("name < 3") == Errors{"'name' is a string but '<' needs ints"});
    CHECK(errors("-met") == Errors{"'met' is a bool but '-' needs ints"});
    CHECK(errors("trust * met") == Errors{"'met' is a bool but '*' needs ints"});
    CHECK(
        errors(R"(trust == "x")") ==
        Errors{
            R"('==' needs two values of the same type, but 'trust' is an int and '"x"' is a string)"});
    CHECK(errors("name + 1") ==
          Errors{"'+' needs two ints or two strings, but 'name' is a string and '1' is an int"});
    CHECK(errors("met + 1") == Errors{"'met' is a bool but '+' needs ints or strings"});
    CHECK(errors("(trust)and(met)") == Errors{"'(trust)' is an int but 'and' needs bools"});
    CHECK(errors("not  (trust)") == Errors{"'(trust)' is an int but 'not' needs bools"});
}

TEST_CASE("Unknown variables are reported once, with a suggestion", "[dialogue][unit]") {
    CHECK(errors("trsut > 1") == Errors{"unknown variable 'trsut' (did you mean 'trust'?)"});
    CHECK(errors("zzzzzz") == Errors{"unknown variable 'zzzzzz'"});
    // The unknown type does not cascade into "needs bools" errors.
    CHECK(errors("trsut and met") == Errors{"unknown variable 'trsut' (did you mean 'trust'?)"});
}

TEST_CASE("Every problem in an expression is reported", "[dialogue][unit]") {
    CHECK(errors("trsut > 1 and name") == Errors{"unknown variable 'trsut' (did you mean 'trust'?)",
                                                 "'name' is a string but 'and' needs bools"});
}

TEST_CASE("A check against an expected type reports the wrong result type", "[dialogue][unit]") {
    const TypeCheckResult result =
        Expression::parse("trust + 1").typeCheck(environment(), ValueType::Bool);
    CHECK(result.errors == Errors{"'trust + 1' is an int but a bool is expected here"});
    CHECK(Expression::parse("trust > 1").typeCheck(environment(), ValueType::Bool).ok());
    CHECK(Expression().typeCheck(environment()).errors == Errors{"empty expression"});
}

TEST_CASE("A type environment can be declared by hand", "[dialogue][unit]") {
    TypeEnvironment env;
    env.declare("flag", ValueType::Bool);
    CHECK(env.find("flag") == ValueType::Bool);
    CHECK_FALSE(env.find("other").has_value());
    CHECK(env.names() == std::vector<std::string>{"flag"});
    CHECK(env.closestName("flga") == "flag");
    CHECK(env.closestName("banana").empty());
}
