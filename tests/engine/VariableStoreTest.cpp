#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/VariableStore.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::dialogue;

SCENARIO("A variable store keeps each variable's type", "[dialogue][unit]") {
    GIVEN("a store with an int and a bool") {
        VariableStore store;
        store.declare("trust", 0);
        store.declare("met.before", false);

        THEN("it reports them") {
            CHECK(store.has("trust"));
            CHECK_FALSE(store.has("trsut"));
            CHECK(store.get("trust") == Value(0));
            CHECK(store.typeOf("met.before") == ValueType::Bool);
            CHECK(store.find("nope") == nullptr);
        }
        WHEN("a variable is set to a value of its type") {
            store.set("trust", 3);
            THEN("the new value is read back") {
                CHECK(store.get("trust").asInt() == 3);
            }
        }
        WHEN("a variable is set to a value of another type") {
            THEN("it throws and keeps the old value") {
                CHECK_THROWS_WITH(store.set("trust", "high"),
                                  "variable 'trust' is an int and cannot hold \"high\"");
                CHECK(store.get("trust") == Value(0));
            }
        }
        WHEN("an unknown variable is read or set") {
            THEN("it throws naming the variable") {
                CHECK_THROWS_WITH(store.get("trsut"), "unknown variable 'trsut'");
                CHECK_THROWS_WITH(store.set("trsut", 1), "unknown variable 'trsut'");
                CHECK_THROWS_AS(store.typeOf("trsut"), DialogueError);
            }
        }
        WHEN("a variable is declared again") {
            THEN("it throws") {
                CHECK_THROWS_WITH(store.declare("trust", 5),
                                  "variable 'trust' is already declared");
                CHECK(store.get("trust") == Value(0));
            }
        }
    }
}

TEST_CASE("Variable names must be usable in expressions", "[dialogue][unit]") {
    VariableStore store;
    CHECK_THROWS_WITH(store.declare("1st", 0), "'1st' is not a valid variable name");
    CHECK_THROWS_AS(store.declare("and", true), DialogueError);
    CHECK_THROWS_AS(store.declare("", true), DialogueError);
    CHECK_THROWS_AS(store.declare("a b", true), DialogueError);
    CHECK_NOTHROW(store.declare("_x.y2", true));
}

TEST_CASE("Names and values iterate in sorted order whatever the declaration order",
          "[dialogue][unit]") {
    VariableStore a;
    a.declare("zeta", 1);
    a.declare("alpha", "x");
    a.declare("mid", true);
    CHECK(a.names() == std::vector<std::string>{"alpha", "mid", "zeta"});
    std::vector<std::string> seen;
    for (const auto& entry : a.values()) {
        seen.push_back(entry.first);
    }
    CHECK(seen == a.names());

    VariableStore b;
    b.declare("mid", true);
    b.declare("zeta", 1);
    b.declare("alpha", "x");
    CHECK(a == b);
    b.set("zeta", 2);
    CHECK(a != b);
}
