#pragma once
// A platform with no window, no GL context and no sound: frames go to a RecordingCanvas,
// time advances only by simulated steps, and it never sleeps.

#include <engine/app/Platform.hpp>
#include <engine/render/RecordingCanvas.hpp>

namespace respect::engine {

class HeadlessPlatform final : public Platform {
public:
    explicit HeadlessPlatform(Vec2 size = {1280.0f, 720.0f}) : canvas_(size) {}

    bool pollEvents(input::InputState&) override { return false; }
    Canvas& canvas() override { return canvas_; }
    void present() override;
    /// Headless runs draw nothing visible, so a screenshot is an error.
    void saveScreenshot(const std::filesystem::path& file) override;
    AudioService& audio() override { return audio_; }
    double seconds() override { return seconds_; }
    void sleep(double seconds) override { seconds_ += seconds; }
    bool isHeadless() const override { return true; }
    void setFullscreen(bool) override {}

    RecordingCanvas& recording() { return canvas_; }
    RecordingAudio& recordedAudio() { return audio_; }
    int framesPresented() const { return framesPresented_; }

private:
    RecordingCanvas canvas_;
    RecordingAudio audio_;
    double seconds_ = 0.0;
    int framesPresented_ = 0;
};

} // namespace respect::engine
