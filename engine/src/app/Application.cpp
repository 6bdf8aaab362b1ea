#include <engine/app/Application.hpp>

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
    return scenes_.exitCode();
}

} // namespace respect::engine
