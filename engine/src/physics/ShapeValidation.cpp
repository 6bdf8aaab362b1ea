#include "ShapePlan.hpp"

#include <engine/physics/ShapeValidation.hpp>

#include <box2d/box2d.h>

#include <cmath>

namespace respect::engine::physics {

static_assert(kMinimumDistanceMetres == 0.5f * b2_linearSlop,
              "the minimum distance is where Box2D welds points together");
static_assert(kMaxPolygonPoints == b2_maxPolygonVertices, "Box2D's polygon limit");

std::optional<std::string> validatePolygon(const std::vector<Vec2>& pointsPixels) {
    return detail::planPolygon(pointsPixels).problem;
}

std::optional<std::string> validateBox(Rect pixels) {
    if (auto problem = detail::checkPoint({pixels.x, pixels.y}, "box corner")) {
        return problem;
    }
    if (auto problem = detail::checkLength(pixels.width, "box width")) {
        return problem;
    }
    if (auto problem = detail::checkLength(pixels.height, "box height")) {
        return problem;
    }
    return detail::checkPoint({pixels.x + pixels.width, pixels.y + pixels.height},
                              "box far corner");
}

std::optional<std::string> validateCircle(Vec2 centrePixels, float radiusPixels) {
    if (auto problem = detail::checkPoint(centrePixels, "circle centre")) {
        return problem;
    }
    return detail::checkLength(radiusPixels, "circle radius");
}

std::optional<std::string> validateEllipse(Rect boundsPixels) {
    if (auto problem = detail::checkPoint({boundsPixels.x, boundsPixels.y}, "ellipse corner")) {
        return problem;
    }
    if (auto problem = detail::checkLength(boundsPixels.width, "ellipse width")) {
        return problem;
    }
    if (auto problem = detail::checkLength(boundsPixels.height, "ellipse height")) {
        return problem;
    }
    if (auto problem = detail::checkPoint(
            {boundsPixels.x + boundsPixels.width, boundsPixels.y + boundsPixels.height},
            "ellipse far corner")) {
        return problem;
    }
    if (detail::isRound(boundsPixels)) {
        return std::nullopt;
    }
    if (auto problem = detail::planPolygon(detail::ellipseOctagon(boundsPixels)).problem) {
        return "the ellipse is too small or too flat to be an 8-point polygon (" + *problem + ")";
    }
    return std::nullopt;
}

std::optional<std::string> validateDamping(float linearDampingPerSecond) {
    if (!std::isfinite(linearDampingPerSecond) || linearDampingPerSecond < 0.0f) {
        return "linear damping must be a finite number, zero or more, not " +
               detail::formatNumber(linearDampingPerSecond);
    }
    return std::nullopt;
}

} // namespace respect::engine::physics
