// --frame-times: the loop writes the wall-clock milliseconds of each drawn frame at exit.

#include <engine/app/Application.hpp>
#include <engine/app/HeadlessPlatform.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace respect::engine;

namespace {

// Asks for a redraw on every third step, and spends a little time drawing.
class ThirdStepScene final : public Scene {
public:
    bool update(const input::InputFrame&, SceneStack&) override { return ++steps % 3 == 0; }
    void draw(Canvas& canvas) override {
        volatile double sink = 0.0;
        for (int i = 0; i < 20000; ++i) {
            sink = sink + i * 0.5;
        }
        canvas.drawText(std::to_string(steps), {}, {});
    }
    int steps = 0;
};

} // namespace

TEST_CASE("Frame times: one line per drawn frame, written at exit", "[app][unit]") {
    HeadlessPlatform platform;
    SceneStack scenes;
    scenes.push(std::make_unique<ThirdStepScene>());
    scenes.applyRequests();
    input::InputState input;
    const std::string file = "frame-times-test-" + std::to_string(std::rand()) + ".txt";

    RunOptions options;
    options.lockstep = true;
    options.maxFrames = 30;
    options.heartbeatSeconds = 1.0e9;
    options.frameTimesFile = file;
    Application app(platform, scenes, input, options);
    CHECK(app.run() == 0);
    // The first frame, then every third step: 11 drawn frames out of 30.
    REQUIRE(app.framesDrawn() == 11);
    CHECK(app.frameTimes().size() == app.framesDrawn());

    std::ifstream in(file);
    REQUIRE(in);
    std::vector<double> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(std::stod(line));
    }
    in.close();
    std::remove(file.c_str());
    CHECK(lines.size() == app.framesDrawn());
    for (const double milliseconds : lines) {
        CHECK(milliseconds > 0.0);
        CHECK(milliseconds < 10000.0);
    }
}

TEST_CASE("Without a frame-times file nothing is kept", "[app][unit]") {
    HeadlessPlatform platform;
    SceneStack scenes;
    scenes.push(std::make_unique<ThirdStepScene>());
    scenes.applyRequests();
    input::InputState input;
    RunOptions options;
    options.lockstep = true;
    options.maxFrames = 6;
    Application app(platform, scenes, input, options);
    app.run();
    CHECK(app.framesDrawn() > 0);
    CHECK(app.frameTimes().empty());
}

TEST_CASE("A frame-times file that cannot be written is an error naming it", "[app][unit]") {
    HeadlessPlatform platform;
    SceneStack scenes;
    scenes.push(std::make_unique<ThirdStepScene>());
    scenes.applyRequests();
    input::InputState input;
    RunOptions options;
    options.lockstep = true;
    options.maxFrames = 3;
    options.frameTimesFile = "no-such-folder-here/times.txt";
    Application app(platform, scenes, input, options);
    CHECK_THROWS_WITH(app.run(), Catch::Contains("no-such-folder-here/times.txt"));
}
