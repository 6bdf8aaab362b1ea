#include <engine/core/Error.hpp>
#include <engine/input/Bindings.hpp>
#include <engine/input/InputState.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;
using namespace respect::engine::input;

TEST_CASE("Keyboard, gamepad and number keys reach actions through default bindings",
          "[input][unit]") {
    InputState state;
    state.inputDown("Key:W");
    auto frame = state.takeFrame();
    CHECK(frame.pressed(Action::MoveUp));
    CHECK(frame.held(Action::MoveUp));

    state.inputDown("Pad:A");
    frame = state.takeFrame();
    CHECK(frame.pressed(Action::Confirm));
    CHECK(frame.pressed(Action::Interact));

    state.inputDown("Key:Num3");
    CHECK(state.takeFrame().choicePressed() == 3);
}

TEST_CASE("A press and release between two steps still counts once", "[input][unit]") {
    InputState state;
    state.inputDown("Key:Enter");
    state.inputUp("Key:Enter");
    const auto frame = state.takeFrame();
    CHECK(frame.pressed(Action::Confirm));
    CHECK_FALSE(frame.held(Action::Confirm));
    CHECK_FALSE(state.takeFrame().pressed(Action::Confirm));
}

TEST_CASE("An action held by two inputs stays held until both are released", "[input][unit]") {
    InputState state;
    state.inputDown("Key:Up");
    state.inputDown("Key:W");
    state.inputUp("Key:Up");
    CHECK(state.takeFrame().held(Action::MoveUp));
    state.inputUp("Key:W");
    CHECK_FALSE(state.takeFrame().held(Action::MoveUp));
}

TEST_CASE("Bindings are data: parsed, serialized and validated with line numbers",
          "[input][unit]") {
    const auto bindings = Bindings::parse("# rebinding\nconfirm = Key:K Pad:X\n", "keys.cfg");
    CHECK(bindings.inputsFor(Action::Confirm) == std::vector<std::string>{"Key:K", "Pad:X"});
    CHECK(bindings.actionsFor("Key:Enter") == std::vector<Action>{Action::Interact});
    // Unmentioned actions keep their defaults.
    CHECK(bindings.inputsFor(Action::MoveUp) == Bindings::defaults().inputsFor(Action::MoveUp));
    // The text form reads back to the same bindings.
    const auto again = Bindings::parse(bindings.serialize(), "again.cfg");
    CHECK(again.serialize() == bindings.serialize());

    CHECK_THROWS_WITH(Bindings::parse("\njump = Key:J\n", "keys.cfg"),
                      Catch::StartsWith("keys.cfg:2: error: unknown action 'jump'"));
    CHECK_THROWS_WITH(Bindings::parse("up = Key:Banana\n", "keys.cfg"),
                      "keys.cfg:1: error: unknown input 'Key:Banana'; use Key:<name>, "
                      "Pad:<name> or Mouse:<name>");
    CHECK_THROWS_WITH(Bindings::parse("up Key:W\n", "keys.cfg"),
                      "keys.cfg:1: error: expected 'action = inputs', got 'up Key:W'");
    CHECK_THROWS_WITH(Bindings::parse("up = Key:W\nup = Key:I\n", "keys.cfg"),
                      "keys.cfg:2: error: action 'up' is bound twice");
}

TEST_CASE("Losing focus releases the keys held, not what a script holds", "[input][unit]") {
    // A window test drives the game with a script while other windows come and go: a focus
    // change must not stop the scripted walk halfway.
    InputState state;
    state.actionDown(Action::MoveRight); // the script
    state.inputDown("Key:Up");           // the keyboard
    state.releaseAll();
    const InputFrame frame = state.takeFrame();
    CHECK(frame.held(Action::MoveRight));
    CHECK_FALSE(frame.held(Action::MoveUp));
    state.inputDown("Key:Up"); // the key counts again when pressed again after the focus loss
    CHECK(state.takeFrame().pressed(Action::MoveUp));
}
