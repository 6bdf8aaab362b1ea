// Canvas::drawLayer without a window: the visible part is painted straight into the canvas,
// at the place and scale a window backend would copy its cached picture to.
#include <engine/render/RecordingCanvas.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;

TEST_CASE("A layer is painted where its source part lands, on its background",
          "[render][unit]") {
    RecordingCanvas canvas;
    const Color background{10, 20, 30, 255};
    int paints = 0;
    Vec2 origin;
    float scale = 0.0f;
    Rect visible;
    // Layer pixels 100..300 x 50..150, drawn twice their size at (-2, 4).
    canvas.drawLayer("map", 1, {640.0f, 480.0f}, background, {100.0f, 50.0f, 200.0f, 100.0f},
                     {-2.0f, 4.0f, 400.0f, 200.0f},
                     [&](Canvas& target, Vec2 at, float by, const Rect& part) {
                         ++paints;
                         origin = at;
                         scale = by;
                         visible = part;
                         // layer pixel (100, 50) must land on the destination's corner
                         target.drawImage("tiles.png", {0, 0, 32, 32},
                                          {at.x + 100.0f * by, at.y + 50.0f * by, 64, 64});
                     });
    CHECK(paints == 1);
    CHECK(scale == 2.0f);
    CHECK(origin == Vec2{-202.0f, -96.0f});
    CHECK(visible.x == 100.0f);
    CHECK(visible.width == 200.0f);
    REQUIRE(canvas.commands().size() == 2);
    CHECK(canvas.commands()[0].kind == RecordingCanvas::Command::Kind::FillRect);
    CHECK(canvas.commands()[0].color == background);
    CHECK(canvas.commands()[0].rect.width == 400.0f);
    const auto tiles = canvas.images("tiles.png");
    REQUIRE(tiles.size() == 1);
    CHECK(tiles[0].rect.x == -2.0f);
    CHECK(tiles[0].rect.y == 4.0f);

    // Nothing of the layer in view: nothing drawn.
    canvas.drawLayer("map", 1, {640.0f, 480.0f}, background, {0, 0, 0, 0}, {0, 0, 0, 0},
                     [&](Canvas&, Vec2, float, const Rect&) { ++paints; });
    CHECK(paints == 1);
}
