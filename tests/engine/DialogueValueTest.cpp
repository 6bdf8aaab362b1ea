#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Value.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::dialogue;

TEST_CASE("A value knows its type and reads back what it holds", "[dialogue][unit]") {
    CHECK(Value(true).type() == ValueType::Bool);
    CHECK(Value(42).type() == ValueType::Int);
    CHECK(Value(std::int64_t{-7}).asInt() == -7);
    CHECK(Value("hi").type() == ValueType::String); // not silently a bool
    CHECK(Value(std::string("hi")).asString() == "hi");
    CHECK(Value().type() == ValueType::Bool);
    CHECK_FALSE(Value().asBool());
}

TEST_CASE("Reading a value as the wrong type throws", "[dialogue][unit]") {
    CHECK_THROWS_AS(Value(3).asBool(), DialogueError);
    CHECK_THROWS_WITH(Value(true).asInt(), "expected a value of type int but got bool true");
    CHECK_THROWS_AS(Value(3).asString(), DialogueError);
}

TEST_CASE("Values are equal only with the same type and content", "[dialogue][unit]") {
    CHECK(Value(1) == Value(1));
    CHECK(Value(1) != Value(2));
    CHECK(Value(1) != Value(true));
    CHECK(Value("1") != Value(1));
    CHECK(Value("a") == Value(std::string("a")));
}

TEST_CASE("toString writes literals the expression language can read", "[dialogue][unit]") {
    CHECK(Value(true).toString() == "true");
    CHECK(Value(false).toString() == "false");
    CHECK(Value(-12).toString() == "-12");
    CHECK(Value("say \"hi\" \\o/").toString() == R"("say \"hi\" \\o/")");
    CHECK(std::string(typeName(ValueType::Int)) == "int");
    CHECK(std::string(typeName(ValueType::Bool)) == "bool");
    CHECK(std::string(typeName(ValueType::String)) == "string");
}
