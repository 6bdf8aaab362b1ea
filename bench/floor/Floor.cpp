// bench-floor: the floor the game's system rows are measured against, a bare SFML program
// (SFML only, none of our code) that loads the game's font and a sprite sheet of the game.
//
//   bench-floor first-frame      opens the game's window (1280x720), draws 200 sprites and
//                                a text, and exits right after the first display()
//   bench-floor redraw SECONDS   redraws 200 sprites and a text at 60 Hz for SECONDS (the
//                                idle-CPU floor: what a loop that always redraws costs)
//   bench-floor frames N         draws N frames of 500 sprites and 4 texts with no frame
//                                limit and no vsync; prints {"median":ms,"p99":ms,...}
//
// The data folder is $RESPECT_DATA, else the source tree it was built from.

#include <SFML/Graphics.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#ifndef RESPECT_SOURCE_DIR
#define RESPECT_SOURCE_DIR "."
#endif

namespace {

using Clock = std::chrono::steady_clock;

std::string dataFolder() {
    const char* fromEnvironment = std::getenv("RESPECT_DATA");
    return fromEnvironment != nullptr ? fromEnvironment : RESPECT_SOURCE_DIR;
}

struct Scene {
    sf::Texture texture;
    sf::Font font;
    std::vector<sf::Sprite> sprites;
    std::vector<sf::Text> texts;

    Scene(int spriteCount, int textCount) {
        const std::string data = dataFolder();
        if (!texture.loadFromFile(data + "/assets/characters/player.png") ||
            !font.loadFromFile(data + "/assets/fonts/DejaVuSans.ttf")) {
            std::fprintf(stderr, "bench-floor: cannot load the game's assets from %s\n",
                         data.c_str());
            std::exit(2);
        }
        const sf::Vector2u size = texture.getSize();
        const int frameWidth = static_cast<int>(size.x) / 4; // a 4x4 character sheet
        const int frameHeight = static_cast<int>(size.y) / 4;
        for (int i = 0; i < spriteCount; ++i) {
            sf::Sprite sprite(texture,
                              sf::IntRect((i % 4) * frameWidth, ((i / 4) % 4) * frameHeight,
                                          frameWidth, frameHeight));
            sprite.setPosition(static_cast<float>((i * 37) % 1240),
                               static_cast<float>((i * 53) % 680));
            sprites.push_back(sprite);
        }
        const std::string line =
            "Goeiemorgen. Ik help u graag, al is mijn Nederlands niet perfect. Ça va ?";
        for (int i = 0; i < textCount; ++i) {
            sf::Text text(sf::String::fromUtf8(line.begin(), line.end()), font, 22);
            text.setPosition(40.0f, 480.0f + 48.0f * static_cast<float>(i));
            texts.push_back(text);
        }
    }

    void draw(sf::RenderWindow& window) const {
        window.clear(sf::Color(30, 30, 36));
        for (const auto& sprite : sprites) {
            window.draw(sprite);
        }
        for (const auto& text : texts) {
            window.draw(text);
        }
    }
};

void openWindow(sf::RenderWindow& window) {
    // As the game opens its window: 1280x720, the default style, no frame limit, no vsync.
    window.create(sf::VideoMode(1280, 720), "Respect floor", sf::Style::Default);
    if (!window.isOpen()) {
        std::fprintf(stderr, "bench-floor: cannot open a window\n");
        std::exit(2);
    }
    window.setKeyRepeatEnabled(false);
}

void pollEvents(sf::RenderWindow& window) {
    sf::Event event;
    while (window.pollEvent(event)) {
    }
}

int firstFrame() {
    sf::RenderWindow window;
    openWindow(window);
    const Scene scene(200, 1);
    pollEvents(window);
    scene.draw(window);
    window.display();
    return 0;
}

int redraw(double seconds) {
    sf::RenderWindow window;
    openWindow(window);
    const Scene scene(200, 1);
    const auto step =
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / 60.0));
    const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(seconds));
    auto next = Clock::now();
    while (Clock::now() < end) {
        pollEvents(window);
        scene.draw(window);
        window.display();
        next += step;
        std::this_thread::sleep_until(next);
    }
    return 0;
}

int frames(long count) {
    sf::RenderWindow window;
    openWindow(window);
    const Scene scene(500, 4);
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(count));
    for (long i = 0; i < count; ++i) {
        const auto started = Clock::now();
        pollEvents(window);
        scene.draw(window);
        window.display();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
    }
    // The first frames compile shaders and upload textures: leave out the first tenth, as
    // the game's row leaves out its first frames.
    std::vector<double> kept(times.begin() + static_cast<long>(times.size() / 10), times.end());
    std::sort(kept.begin(), kept.end());
    const double median = kept[kept.size() / 2];
    const double p99 = kept[std::min(kept.size() - 1, kept.size() * 99 / 100)];
    std::printf("{\"frames\": %ld, \"median\": %.3f, \"p99\": %.3f}\n", count, median, p99);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "first-frame") {
        return firstFrame();
    }
    if (mode == "redraw" && argc > 2) {
        return redraw(std::atof(argv[2]));
    }
    if (mode == "frames" && argc > 2 && std::atol(argv[2]) >= 10) {
        return frames(std::atol(argv[2]));
    }
    std::fprintf(stderr, "usage: bench-floor first-frame | redraw SECONDS | frames N (N >= 10)\n");
    return 2;
}
