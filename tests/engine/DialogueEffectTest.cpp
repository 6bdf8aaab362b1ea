#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Effect.hpp>
#include <engine/dialogue/StoreContext.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::dialogue;

namespace {

Effect effect(const std::string& variable, Effect::Op op, const std::string& value) {
    return Effect{variable, op, Expression::parse(value), 12};
}

} // namespace

SCENARIO("Effects change one variable", "[dialogue][unit]") {
    GIVEN("a store") {
        VariableStore store;
        store.declare("trust", 5);
        store.declare("met", false);
        const StoreContext context(store);

        WHEN("effects set, add and subtract") {
            effect("met", Effect::Op::Set, "true").apply(store, context);
            effect("trust", Effect::Op::Add, "trust * 2").apply(store, context);
            effect("trust", Effect::Op::Subtract, "1").apply(store, context);
            THEN("the store holds the results") {
                CHECK(store.get("met") == Value(true));
                CHECK(store.get("trust") == Value(14));
            }
        }
        WHEN("an effect is wrongly typed") {
            THEN("applying it throws with its source line and changes nothing") {
                try {
                    effect("met", Effect::Op::Add, "1").apply(store, context);
                    FAIL("no exception");
                } catch (const DialogueError& error) {
                    CHECK(error.sourceLine() == 12);
                    CHECK(std::string(error.what()) ==
                          "cannot add 1 to 'met' (a bool): both must be ints");
                }
                CHECK_THROWS_WITH(effect("trust", Effect::Op::Set, "\"x\"").apply(store, context),
                                  "cannot set 'trust' (an int) to \"x\"");
                CHECK(store.get("trust") == Value(5));
            }
        }
        WHEN("an effect names an unknown variable") {
            THEN("applying it throws") {
                CHECK_THROWS_WITH(effect("trsut", Effect::Op::Add, "1").apply(store, context),
                                  "unknown variable 'trsut'");
            }
        }
        WHEN("an addition overflows") {
            store.set("trust", std::int64_t{9223372036854775807});
            THEN("it throws instead of wrapping") {
                CHECK_THROWS_WITH(effect("trust", Effect::Op::Add, "1").apply(store, context),
                                  "integer overflow changing 'trust'");
            }
        }
    }
}

TEST_CASE("Effects are type-checked against the environment", "[dialogue][unit]") {
    TypeEnvironment env;
    env.declare("trust", ValueType::Int);
    env.declare("met", ValueType::Bool);
    using Errors = std::vector<std::string>;
    CHECK(effect("trust", Effect::Op::Add, "2").typeCheck(env).empty());
    CHECK(effect("met", Effect::Op::Set, "trust > 1").typeCheck(env).empty());
    CHECK(effect("met", Effect::Op::Add, "1").typeCheck(env) ==
          Errors{"'met' is a bool but 'add' needs an int variable"});
    CHECK(effect("trust", Effect::Op::Subtract, "met").typeCheck(env) ==
          Errors{"'met' is a bool but 'subtract' needs an int"});
    CHECK(effect("trust", Effect::Op::Set, "met").typeCheck(env) ==
          Errors{"'trust' is an int but 'met' is a bool"});
    CHECK(effect("trsut", Effect::Op::Add, "1").typeCheck(env) ==
          Errors{"unknown variable 'trsut' (did you mean 'trust'?)"});
    CHECK(effect("trust", Effect::Op::Add, "nope").typeCheck(env) ==
          Errors{"unknown variable 'nope'"});
}
