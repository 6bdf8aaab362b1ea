#pragma once
// The game loop: fixed 60 Hz simulation steps, drawing only when something changed,
// optional input script, frame limit and screenshots for tests.

#include <engine/app/FixedStepClock.hpp>
#include <engine/app/FrameCapture.hpp>
#include <engine/app/Platform.hpp>
#include <engine/input/InputScript.hpp>
#include <engine/scene/SceneStack.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <vector>

namespace respect::engine {

struct RunOptions {
    double stepSeconds = 1.0 / 60.0;
    int maxStepsPerFrame = 5;
    /// Exactly one step per frame and no sleeping: deterministic runs (scripts, tests).
    bool lockstep = false;
    /// Stop cleanly after this many frames; 0 runs until a scene quits.
    std::uint64_t maxFrames = 0;
    /// Frame number (1-based) → PNG file written after that frame is drawn.
    std::map<std::uint64_t, std::filesystem::path> screenshots;
    /// Redraw at least this often even when nothing changed (a window may lose its pixels
    /// when it is uncovered; the platform also asks for a redraw on focus, resize and the
    /// pointer entering). Each redraw of a still screen costs a whole frame of software
    /// rendering, so this is what a waiting dialogue costs: 5 s keeps it near nothing.
    double heartbeatSeconds = 5.0;
    const input::InputScript* script = nullptr;
    /// Frames scenes asked to save (may be null).
    FrameCapture* capture = nullptr;
    /// When set, run() writes here at exit the wall-clock milliseconds of each drawn frame
    /// (events, steps, draw and present; not the sleep until the next step), one a line.
    std::optional<std::filesystem::path> frameTimesFile;
};

class Application {
public:
    Application(Platform& platform, SceneStack& scenes, input::InputState& input,
                RunOptions options);

    /// One fixed simulation step with the given input. Returns true when a redraw is due.
    bool step(const input::InputFrame& frame);
    /// One pass of the loop: events, the steps that are due, drawing, presenting.
    /// Returns false when the game should stop.
    bool frame();
    /// Runs until a scene quits, the window closes or the frame limit is reached.
    /// Returns the exit code a scene asked for (0 by default).
    int run();

    std::uint64_t steps() const { return steps_; }
    std::uint64_t frames() const { return frames_; }
    std::uint64_t framesDrawn() const { return framesDrawn_; }
    /// Milliseconds of each drawn frame so far, in order (kept only with frameTimesFile).
    const std::vector<double>& frameTimes() const { return frameTimes_; }

private:
    void draw();
    void writeFrameTimes() const;

    Platform& platform_;
    SceneStack& scenes_;
    input::InputState& input_;
    RunOptions options_;
    FixedStepClock clock_;
    double lastSeconds_ = 0.0;
    double lastDrawSeconds_ = -1.0e9;
    bool dirty_ = true;
    std::uint64_t steps_ = 0;
    std::uint64_t frames_ = 0;
    std::uint64_t framesDrawn_ = 0;
    std::vector<double> frameTimes_;
};

} // namespace respect::engine
