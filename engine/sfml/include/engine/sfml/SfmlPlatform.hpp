#pragma once
// The real window: an SFML render window, keyboard, mouse and gamepad events turned into
// named inputs, text with bundled fonts, and OpenAL sound. SFML types stay inside the
// implementation, so including this header does not pull SFML in.

#include <engine/app/Platform.hpp>
#include <engine/io/ContentRoot.hpp>

#include <memory>
#include <string>

namespace respect::engine::sfml {

struct WindowConfig {
    std::string title = "Respect";
    unsigned width = 1280;
    unsigned height = 720;
    bool resizable = true;
    bool fullscreen = false;
};

class SfmlPlatform final : public Platform {
public:
    /// Opens the window. Sounds are looked up in `content`. Throws engine::Error when the
    /// window cannot be created.
    SfmlPlatform(const WindowConfig& config, const io::ContentRoot& content);
    ~SfmlPlatform() override;
    SfmlPlatform(const SfmlPlatform&) = delete;
    SfmlPlatform& operator=(const SfmlPlatform&) = delete;

    /// Loads a font file from the content folder under an id that TextStyle::font names.
    /// Throws engine::Error naming the file when it is missing or not a font.
    void loadFont(const std::string& id, const std::string& contentPath);

    bool pollEvents(input::InputState& input) override;
    Canvas& canvas() override;
    void present() override;
    void saveScreenshot(const std::filesystem::path& file) override;
    AudioService& audio() override;
    double seconds() override;
    void sleep(double seconds) override;
    bool isHeadless() const override { return false; }
    void setFullscreen(bool fullscreen) override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respect::engine::sfml
