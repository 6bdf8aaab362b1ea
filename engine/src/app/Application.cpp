#include <engine/app/Application.hpp>
#include <engine/core/Error.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>

namespace respect::engine {

Application::Application(Platform& platform, SceneStack& scenes, input::InputState& input,
                         RunOptions options)
    : platform_(platform), scenes_(scenes), input_(input), options_(std::move(options)),
      clock_(options_.stepSeconds, options_.maxStepsPerFrame) {
    lastSeconds_ = platform_.seconds();
}

bool Application::step(const input::InputFrame& frame) {
    ++steps_;
    if (frame.quitRequested) {
        scenes_.requestQuit();
        return false;
    }
    return scenes_.update(frame);
}

bool Application::frame() {
    // Wall-clock time, not platform_.seconds(): a headless platform's clock only moves
    // when it sleeps, and frame times are about the real cost of a frame.
    const auto started = std::chrono::steady_clock::now();
    dirty_ = platform_.pollEvents(input_) || dirty_;
    int due = 1;
    if (!options_.lockstep) {
        const double now = platform_.seconds();
        due = clock_.advance(now - lastSeconds_);
        lastSeconds_ = now;
    }
    for (int i = 0; i < due && !scenes_.quitRequested(); ++i) {
        if (options_.script != nullptr) {
            options_.script->apply(steps_, input_);
        }
        dirty_ = step(input_.takeFrame()) || dirty_;
    }
    if (scenes_.quitRequested() || scenes_.empty()) {
        return false;
    }
    ++frames_;
    const bool screenshotDue = options_.screenshots.count(frames_) != 0;
    const double now = platform_.seconds();
    const bool captureDue = options_.capture != nullptr && options_.capture->pending();
    if (dirty_ || screenshotDue || captureDue ||
        now - lastDrawSeconds_ >= options_.heartbeatSeconds) {
        draw();
        lastDrawSeconds_ = now;
        if (screenshotDue) {
            platform_.saveScreenshot(options_.screenshots.at(frames_));
        }
        if (captureDue) {
            options_.capture->fulfil(platform_);
        }
        platform_.present();
        if (options_.frameTimesFile) {
            frameTimes_.push_back(std::chrono::duration<double, std::milli>(
                                      std::chrono::steady_clock::now() - started)
                                      .count());
        }
    }
    if (options_.maxFrames != 0 && frames_ >= options_.maxFrames) {
        return false;
    }
    if (!options_.lockstep) {
        platform_.sleep(clock_.secondsUntilNextStep());
    }
    return true;
}

void Application::draw() {
    Canvas& canvas = platform_.canvas();
    canvas.clear(Color{0, 0, 0, 255});
    scenes_.draw(canvas);
    dirty_ = false;
    ++framesDrawn_;
}

int Application::run() {
    while (frame()) {
    }
    if (options_.frameTimesFile) {
        writeFrameTimes();
    }
    return scenes_.exitCode();
}

void Application::writeFrameTimes() const {
    const std::filesystem::path& file = *options_.frameTimesFile;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    char number[32];
    for (const double milliseconds : frameTimes_) {
        std::snprintf(number, sizeof number, "%.3f\n", milliseconds);
        out << number;
    }
    out.close();
    if (!out) {
        throw Error(file.string(), 0, "cannot write the frame times");
    }
}

} // namespace respect::engine
