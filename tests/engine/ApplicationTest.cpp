#include <engine/app/Application.hpp>
#include <engine/app/FixedStepClock.hpp>
#include <engine/app/HeadlessPlatform.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;

TEST_CASE("The fixed-step clock runs whole steps and caps a stall", "[app][unit]") {
    FixedStepClock clock(0.01, 5);
    CHECK(clock.advance(0.005) == 0);
    CHECK(clock.advance(0.006) == 1); // leftover carried over
    CHECK(clock.advance(0.025) == 2);
    // A two-second stall runs at most five steps and drops the rest.
    CHECK(clock.advance(2.0) == 5);
    CHECK(clock.advance(0.0) == 0);
    CHECK(clock.secondsUntilNextStep() == Approx(0.01));
}

namespace {

// Counts steps, asks for a redraw on every 10th, quits when confirm is pressed.
class CountingScene final : public Scene {
public:
    bool update(const input::InputFrame& frame, SceneStack& stack) override {
        ++steps;
        if (frame.pressed(input::Action::Confirm)) {
            stack.requestQuit(7);
        }
        return steps % 10 == 0;
    }
    void draw(Canvas& canvas) override { canvas.drawText(std::to_string(steps), {}, {}); }
    int steps = 0;
};

} // namespace

TEST_CASE("A headless run steps once per frame, draws only on change and honours scripts",
          "[app][unit]") {
    HeadlessPlatform platform;
    SceneStack scenes;
    auto scene = std::make_unique<CountingScene>();
    CountingScene* counting = scene.get();
    scenes.push(std::move(scene));
    scenes.applyRequests();
    input::InputState input;

    SECTION("the frame limit stops the run") {
        RunOptions options;
        options.lockstep = true;
        options.maxFrames = 30;
        options.heartbeatSeconds = 1.0e9;
        Application app(platform, scenes, input, options);
        CHECK(app.run() == 0);
        CHECK(app.frames() == 30);
        CHECK(counting->steps == 30);
        // The first frame, then steps 10, 20 and 30 asked for a redraw.
        CHECK(app.framesDrawn() == 4);
        CHECK(platform.framesPresented() == 4);
    }
    SECTION("a script ends the run through the scene") {
        const auto script = input::InputScript::parse("12 confirm\n", "s.txt");
        RunOptions options;
        options.lockstep = true;
        options.script = &script;
        Application app(platform, scenes, input, options);
        CHECK(app.run() == 7);
        CHECK(counting->steps == 13);
    }
}
