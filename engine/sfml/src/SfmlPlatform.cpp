#include "KeyNames.hpp"
#include "SfmlAudio.hpp"
#include "SfmlCanvas.hpp"

#include <engine/core/Error.hpp>
#include <engine/sfml/SfmlPlatform.hpp>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Joystick.hpp>

#include <chrono>
#include <thread>

namespace respect::engine::sfml {
namespace {

constexpr float kStickThreshold = 50.0f; // of SFML's -100..100 axis range

// One direction of a joystick axis reported as a named input going down and up.
struct AxisInput {
    sf::Joystick::Axis axis;
    float sign;
    const char* name;
};
constexpr AxisInput kAxisInputs[] = {
    {sf::Joystick::PovY, 1.0f, "Pad:Up"},      {sf::Joystick::PovY, -1.0f, "Pad:Down"},
    {sf::Joystick::PovX, -1.0f, "Pad:Left"},   {sf::Joystick::PovX, 1.0f, "Pad:Right"},
    {sf::Joystick::Y, -1.0f, "Pad:StickUp"},   {sf::Joystick::Y, 1.0f, "Pad:StickDown"},
    {sf::Joystick::X, -1.0f, "Pad:StickLeft"}, {sf::Joystick::X, 1.0f, "Pad:StickRight"},
};

} // namespace

struct SfmlPlatform::Impl {
    Impl(const WindowConfig& windowConfig, const io::ContentRoot& root)
        : config(windowConfig), content(root), canvas(window, root), audio(root) {
        open();
    }

    // Creates (or re-creates, when fullscreen changes) the window from `config`.
    void open() {
        const sf::Uint32 style = config.fullscreen  ? sf::Uint32{sf::Style::Fullscreen}
                                 : config.resizable ? sf::Uint32{sf::Style::Default}
                                                    : static_cast<sf::Uint32>(sf::Style::Titlebar) |
                                                          sf::Uint32{sf::Style::Close};
        const sf::VideoMode mode = config.fullscreen ? sf::VideoMode::getDesktopMode()
                                                     : sf::VideoMode(config.width, config.height);
        window.create(mode, sf::String::fromUtf8(config.title.begin(), config.title.end()), style);
        if (!window.isOpen()) {
            throw Error("", 0, "cannot open a window (is a display available?)");
        }
        window.setKeyRepeatEnabled(false);
    }

    void pollAxes(input::InputState& input) {
        for (std::size_t i = 0; i < std::size(kAxisInputs); ++i) {
            const auto& axis = kAxisInputs[i];
            bool down = false;
            for (unsigned pad = 0; pad < sf::Joystick::Count && !down; ++pad) {
                if (sf::Joystick::isConnected(pad) && sf::Joystick::hasAxis(pad, axis.axis)) {
                    down =
                        sf::Joystick::getAxisPosition(pad, axis.axis) * axis.sign > kStickThreshold;
                }
            }
            if (down != axisDown[i]) {
                axisDown[i] = down;
                down ? input.inputDown(axis.name) : input.inputUp(axis.name);
            }
        }
    }

    WindowConfig config;
    const io::ContentRoot& content;
    sf::RenderWindow window;
    SfmlCanvas canvas;
    SfmlAudio audio;
    bool framePresented = false;
    bool axisDown[std::size(kAxisInputs)] = {};
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
};

SfmlPlatform::SfmlPlatform(const WindowConfig& config, const io::ContentRoot& content)
    : impl_(std::make_unique<Impl>(config, content)) {}

SfmlPlatform::~SfmlPlatform() = default;

void SfmlPlatform::loadFont(const std::string& id, const std::string& contentPath) {
    const auto path = impl_->content.resolve(contentPath);
    auto font = std::make_unique<sf::Font>();
    if (!font->loadFromFile(path.string())) {
        throw Error(contentPath, 0, "not a font file SFML can read");
    }
    impl_->canvas.addFont(id, std::move(font));
}

void SfmlPlatform::setFullscreen(bool fullscreen) {
    if (impl_->config.fullscreen == fullscreen) {
        return;
    }
    impl_->config.fullscreen = fullscreen;
    try {
        impl_->open();
    } catch (const Error&) {
        // The screen refused the mode: go back to the window the player had.
        impl_->config.fullscreen = !fullscreen;
        impl_->open();
        throw;
    }
}

bool SfmlPlatform::pollEvents(input::InputState& input) {
    if (impl_->framePresented) {
        // Sound waits until the first picture is on screen, and the loop comes round again.
        impl_->audio.startAfterFirstFrame();
    }
    bool redraw = false;
    sf::Event event;
    auto& window = impl_->window;
    while (window.pollEvent(event)) {
        switch (event.type) {
        case sf::Event::Closed:
            input.requestQuit();
            break;
        case sf::Event::Resized:
            window.setView(sf::View(sf::FloatRect(0.0f, 0.0f, static_cast<float>(event.size.width),
                                                  static_cast<float>(event.size.height))));
            redraw = true;
            break;
        case sf::Event::LostFocus:
            input.releaseAll(); // keys released while away must not stay held
            break;
        case sf::Event::GainedFocus:
        case sf::Event::MouseEntered: // often what follows uncovering the window
            redraw = true;
            break;
        case sf::Event::KeyPressed:
            input.inputDown(keyInputName(event.key.code));
            break;
        case sf::Event::TextEntered:
            // Printable characters only: Backspace, Enter and Tab arrive as keys.
            if (event.text.unicode >= 32 && event.text.unicode != 127) {
                const auto utf8 = sf::String(event.text.unicode).toUtf8();
                input.textTyped(std::string(utf8.begin(), utf8.end()));
            }
            break;
        case sf::Event::KeyReleased:
            input.inputUp(keyInputName(event.key.code));
            break;
        case sf::Event::JoystickButtonPressed:
            input.inputDown(padButtonInputName(event.joystickButton.button));
            break;
        case sf::Event::JoystickButtonReleased:
            input.inputUp(padButtonInputName(event.joystickButton.button));
            break;
        case sf::Event::MouseMoved:
            input.pointerMovedTo(
                {static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)});
            break;
        case sf::Event::MouseButtonPressed:
            if (event.mouseButton.button == sf::Mouse::Right) {
                input.inputDown("Mouse:Right");
            }
            break;
        case sf::Event::MouseButtonReleased:
            if (event.mouseButton.button == sf::Mouse::Left) {
                input.pointerClickedAt({static_cast<float>(event.mouseButton.x),
                                        static_cast<float>(event.mouseButton.y)});
            } else if (event.mouseButton.button == sf::Mouse::Right) {
                input.inputUp("Mouse:Right");
            }
            break;
        default:
            break;
        }
    }
    impl_->pollAxes(input);
    return redraw;
}

Canvas& SfmlPlatform::canvas() {
    return impl_->canvas;
}

void SfmlPlatform::present() {
    impl_->window.display();
    impl_->framePresented = true;
}

void SfmlPlatform::saveScreenshot(const std::filesystem::path& file) {
    auto& window = impl_->window;
    sf::Texture texture;
    if (!texture.create(window.getSize().x, window.getSize().y)) {
        throw Error(file.string(), 0, "cannot capture the window");
    }
    texture.update(window); // read back before display(): exact pixels of this frame
    if (!texture.copyToImage().saveToFile(file.string())) {
        throw Error(file.string(), 0, "cannot write the screenshot");
    }
}

AudioService& SfmlPlatform::audio() {
    return impl_->audio;
}

double SfmlPlatform::seconds() {
    const auto elapsed = std::chrono::steady_clock::now() - impl_->start;
    return std::chrono::duration<double>(elapsed).count();
}

void SfmlPlatform::sleep(double seconds) {
    if (seconds > 0.0) {
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    }
}

} // namespace respect::engine::sfml
