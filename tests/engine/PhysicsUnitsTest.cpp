#include <engine/physics/Units.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine;
using namespace respect::engine::physics;

static_assert(kPixelsPerMetre == 32.0f);
static_assert(toMetres(64.0f) == 2.0f);
static_assert(toPixels(Vec2{1.0f, -0.5f}).x == 32.0f && toPixels(Vec2{1.0f, -0.5f}).y == -16.0f);

TEST_CASE("Pixels and metres convert both ways without loss", "[physics][unit]") {
    GIVEN("32 pixels to the metre") {
        CHECK(toMetres(32.0f) == 1.0f);
        CHECK(toPixels(2.5f) == 80.0f);
        CHECK(toMetres(Vec2{16.0f, -48.0f}) == Vec2{0.5f, -1.5f});

        THEN("any value survives a round trip exactly") {
            for (float pixels : {0.0f, 1.0f, -1.0f, 0.1f, -13.37f, 12345.678f, 1.0e6f, 3.0e-7f}) {
                CHECK(toPixels(toMetres(pixels)) == pixels);
                CHECK(toMetres(toPixels(pixels)) == pixels);
                const Vec2 point{pixels, -pixels * 0.5f};
                CHECK(toPixels(toMetres(point)) == point);
            }
        }
    }
}
