#pragma once
// Checks a shape, in pixels, the way PhysicsWorld checks it before Box2D sees it (Box2D
// aborts the process on bad shapes). Each function returns the problem as a sentence without
// a file name, or nothing when the shape is fine. Loaders use them to report `file:line`
// problems without building a world.

#include <engine/core/Vec2.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::engine::physics {

/// Box2D's limit on the points of one convex polygon; longer outlines are refused.
inline constexpr int kMaxPolygonPoints = 8;
/// Points closer than this are one point to Box2D (half its linear slop, 2.5 mm = 0.08 px);
/// it is also the smallest size, radius and thickness a shape may have.
inline constexpr float kMinimumDistanceMetres = 0.0025f;
/// Coordinates and sizes beyond this are refused (float precision is gone far out).
inline constexpr float kMaximumCoordinatePixels = 1.0e6f;

/// 3 to 8 finite points, none within 2.5 mm of another, not all on one line, edges not crossing.
/// A concave outline is fine: PhysicsWorld splits it into convex pieces.
std::optional<std::string> validatePolygon(const std::vector<Vec2>& pointsPixels);
/// Finite position, width and height positive (at least 2.5 mm) and finite.
std::optional<std::string> validateBox(Rect pixels);
/// Finite centre, radius positive (at least 2.5 mm) and finite.
std::optional<std::string> validateCircle(Vec2 centrePixels, float radiusPixels);
/// As validateBox; a flat ellipse must also make a valid 8-point polygon.
std::optional<std::string> validateEllipse(Rect boundsPixels);
/// Damping slows a mover down by this fraction per second: finite and zero or more.
std::optional<std::string> validateDamping(float linearDampingPerSecond);

} // namespace respect::engine::physics
