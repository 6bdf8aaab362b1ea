#include <engine/render/RecordingCanvas.hpp>
#include <engine/render/TextLayout.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;

// RecordingCanvas measures 0.55 × size per character: at size 20, 11 px per character.
TEST_CASE("Text wraps at spaces to fit the width", "[render][unit]") {
    RecordingCanvas canvas;
    TextStyle style;
    style.sizePixels = 20.0f;
    const auto lines = wrapText(canvas, "Serving people in their own language", style, 11.0f * 16);
    CHECK(lines == std::vector<std::string>{"Serving people", "in their own", "language"});
}

TEST_CASE("Newlines start new lines and long words are broken between characters",
          "[render][unit]") {
    RecordingCanvas canvas;
    TextStyle style;
    style.sizePixels = 20.0f;
    CHECK(wrapText(canvas, "one\ntwo", style, 1000.0f) == std::vector<std::string>{"one", "two"});
    // Accented letters are one character each, never split inside their bytes.
    CHECK(wrapText(canvas, "éééééé", style, 11.0f * 4) == std::vector<std::string>{"éééé", "éé"});
    CHECK(wrapText(canvas, "", style, 100.0f) == std::vector<std::string>{""});
}
