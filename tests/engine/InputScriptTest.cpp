#include <engine/core/Error.hpp>
#include <engine/input/InputScript.hpp>
#include <engine/input/InputState.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;
using namespace respect::engine::input;

TEST_CASE("An input script taps, holds, clicks and quits at the given steps", "[input][unit]") {
    const auto script = InputScript::parse("# a comment\n"
                                           "\n"
                                           "2 down\n"
                                           "+2 right for 3   # held\n"
                                           "10 click 640 360\n"
                                           "12 quit\n",
                                           "walk.txt");
    InputState state;
    std::vector<InputFrame> frames;
    for (std::uint64_t step = 0; step <= 12; ++step) {
        script.apply(step, state);
        frames.push_back(state.takeFrame());
    }
    CHECK_FALSE(frames[1].pressed(Action::MoveDown));
    CHECK(frames[2].pressed(Action::MoveDown));
    CHECK_FALSE(frames[3].held(Action::MoveDown));
    CHECK(frames[4].pressed(Action::MoveRight));
    CHECK(frames[5].held(Action::MoveRight));
    CHECK_FALSE(frames[5].pressed(Action::MoveRight));
    CHECK(frames[6].held(Action::MoveRight));
    CHECK_FALSE(frames[7].held(Action::MoveRight));
    CHECK(frames[10].pointerClicked);
    CHECK(frames[10].pointer == Vec2{640.0f, 360.0f});
    CHECK(frames[12].quitRequested);
    CHECK(script.lastStep() == 12);
}

TEST_CASE("An input script types text into the frame, spaces and accents kept", "[input][unit]") {
    const auto script = InputScript::parse("3 type Ann Peeters-Dubois   # a name\n"
                                           "4 type élise@example.org\n",
                                           "type.txt");
    InputState state;
    std::vector<InputFrame> frames;
    for (std::uint64_t step = 0; step <= 4; ++step) {
        script.apply(step, state);
        frames.push_back(state.takeFrame());
    }
    CHECK(frames[2].typedText.empty());
    CHECK(frames[3].typedText == "Ann Peeters-Dubois");
    CHECK(frames[4].typedText == "élise@example.org");
}

TEST_CASE("A malformed input script names its file and line", "[input][unit]") {
    CHECK_THROWS_WITH(
        InputScript::parse("1 down\n2 jump\n", "s.txt"),
        Catch::StartsWith("s.txt:2: error: unknown action 'jump'; expected one of: up"));
    CHECK_THROWS_WITH(InputScript::parse("soon down\n", "s.txt"),
                      "s.txt:1: error: 'soon' is not a step number (use 10 or +10)");
    CHECK_THROWS_WITH(InputScript::parse("5 down\n3 up\n", "s.txt"),
                      "s.txt:2: error: step 3 comes before the previous line's step 5");
    CHECK_THROWS_WITH(InputScript::parse("5 click 1\n", "s.txt"),
                      "s.txt:1: error: expected 'click <x> <y>' with whole pixel coordinates");
    CHECK_THROWS_WITH(InputScript::parse("5 down for x\n", "s.txt"),
                      "s.txt:1: error: 'x' is not a number of steps");
    CHECK_THROWS_WITH(InputScript::parse("5\n", "s.txt"),
                      "s.txt:1: error: expected '<step> <action>', got '5'");
}

TEST_CASE("A missing input script is an error naming the file", "[input][unit]") {
    CHECK_THROWS_WITH(InputScript::load("/nonexistent/script.txt"),
                      "/nonexistent/script.txt: error: file not found");
}
