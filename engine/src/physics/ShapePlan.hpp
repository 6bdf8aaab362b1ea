#pragma once
// Private: turns shapes in pixels into what Box2D may be given (metres, convex pieces of at
// most 8 points), or says in a sentence why it cannot. Shared by ShapeValidation and
// PhysicsWorld so the checks and the world can never disagree.

#include <engine/core/Vec2.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::engine::physics::detail {

/// A number as people write it: "12", "0.5", "nan", "inf".
std::string formatNumber(float value);

/// `what` is a finite point within the coordinate limit.
std::optional<std::string> checkPoint(Vec2 pixels, const std::string& what);
/// `what` is a finite length of at least the minimum distance and within the limit.
std::optional<std::string> checkLength(float pixels, const std::string& what);

struct PolygonPlan {
    std::optional<std::string> problem;          ///< set when the polygon is refused
    Vec2 centreMetres;                           ///< centre of the points' bounds
    std::vector<std::vector<Vec2>> piecesMetres; ///< convex, 3..8 points, relative to centre
};

/// Checks a polygon and splits it into convex pieces when it is concave.
PolygonPlan planPolygon(const std::vector<Vec2>& pointsPixels);

/// True when the bounds are square within 1 %: the ellipse is a circle.
bool isRound(Rect boundsPixels);
/// An octagon whose flat sides touch the middle of each side of the bounds.
std::vector<Vec2> ellipseOctagon(Rect boundsPixels);

} // namespace respect::engine::physics::detail
