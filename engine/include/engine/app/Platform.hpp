#pragma once
// What the loop needs from the outside world: events, a canvas, a way to show a frame,
// sound and time. The SFML window implements it; HeadlessPlatform runs without a display.

#include <engine/audio/AudioService.hpp>
#include <engine/input/InputState.hpp>
#include <engine/render/Canvas.hpp>

#include <filesystem>

namespace respect::engine {

class Platform {
public:
    virtual ~Platform() = default;

    /// Feeds pending device and window events into `input`. Returns true when the
    /// window must be redrawn (it was resized, regained focus or the pointer entered it).
    virtual bool pollEvents(input::InputState& input) = 0;
    virtual Canvas& canvas() = 0;
    /// Shows the frame drawn since the last present().
    virtual void present() = 0;
    /// Saves the frame drawn so far as a PNG; throws engine::Error naming the file on failure.
    virtual void saveScreenshot(const std::filesystem::path& file) = 0;
    virtual AudioService& audio() = 0;
    /// Monotonic time in seconds.
    virtual double seconds() = 0;
    virtual void sleep(double seconds) = 0;
    virtual bool isHeadless() const = 0;
    /// Switches between a window and the whole screen; a no-op without a display.
    virtual void setFullscreen(bool fullscreen) = 0;
};

} // namespace respect::engine
