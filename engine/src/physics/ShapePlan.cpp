#include "ShapePlan.hpp"

#include <engine/physics/ShapeValidation.hpp>
#include <engine/physics/Units.hpp>

#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>

namespace respect::engine::physics::detail {
namespace {

// Geometry runs in double on the exact float coordinates Box2D will be given.
struct Point {
    double x = 0.0;
    double y = 0.0;
};

Point operator-(Point a, Point b) {
    return {a.x - b.x, a.y - b.y};
}
double dot(Point a, Point b) {
    return a.x * b.x + a.y * b.y;
}
double distanceSquared(Point a, Point b) {
    return dot(a - b, a - b);
}
// Twice the signed area of triangle o-a-b: positive when it turns counter-clockwise (y up).
double cross(Point o, Point a, Point b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

double distanceToSegment(Point p, Point a, Point b) {
    const Point ab = b - a;
    const double lengthSquared = dot(ab, ab);
    double t = lengthSquared > 0.0 ? dot(p - a, ab) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const Point closest{a.x + ab.x * t, a.y + ab.y * t};
    return std::sqrt(distanceSquared(p, closest));
}

double distanceToLine(Point p, Point a, Point b) {
    return std::abs(cross(a, b, p)) / std::sqrt(distanceSquared(a, b));
}

bool properlyIntersect(Point a, Point b, Point c, Point d) {
    const double d1 = cross(c, d, a);
    const double d2 = cross(c, d, b);
    const double d3 = cross(a, b, c);
    const double d4 = cross(a, b, d);
    return ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0)) &&
           ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0));
}

double segmentDistance(Point a, Point b, Point c, Point d) {
    if (properlyIntersect(a, b, c, d)) {
        return 0.0;
    }
    return std::min({distanceToSegment(a, c, d), distanceToSegment(b, c, d),
                     distanceToSegment(c, a, b), distanceToSegment(d, a, b)});
}

// How far the points are from lying on one line: the largest distance of a point from the
// line through the two points farthest apart.
double thickness(const std::vector<Point>& points) {
    std::size_t first = 0;
    std::size_t second = 0;
    double farthest = -1.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        for (std::size_t j = i + 1; j < points.size(); ++j) {
            const double d = distanceSquared(points[i], points[j]);
            if (d > farthest) {
                farthest = d;
                first = i;
                second = j;
            }
        }
    }
    if (farthest <= 0.0) {
        return 0.0;
    }
    double widest = 0.0;
    for (const Point& p : points) {
        widest = std::max(widest, distanceToLine(p, points[first], points[second]));
    }
    return widest;
}

const double kTolerance = static_cast<double>(kMinimumDistanceMetres);

// b lies (within tolerance) on the segment from a to c, so dropping it changes nothing.
bool isStraight(Point a, Point b, Point c) {
    return distanceToSegment(b, a, c) < kTolerance;
}

using Ring = std::vector<std::size_t>; // indices into the polygon's points, counter-clockwise

std::size_t previous(std::size_t k, std::size_t size) {
    return (k + size - 1) % size;
}
std::size_t next(std::size_t k, std::size_t size) {
    return (k + 1) % size;
}

std::vector<Point> pointsOf(const Ring& ring, const std::vector<Point>& points) {
    std::vector<Point> out;
    out.reserve(ring.size());
    for (std::size_t index : ring) {
        out.push_back(points[index]);
    }
    return out;
}

void dropStraightCorners(Ring& ring, const std::vector<Point>& points) {
    bool dropped = true;
    while (dropped && ring.size() > 3) {
        dropped = false;
        for (std::size_t k = 0; k < ring.size(); ++k) {
            const Point a = points[ring[previous(k, ring.size())]];
            const Point c = points[ring[next(k, ring.size())]];
            if (isStraight(a, points[ring[k]], c)) {
                ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(k));
                dropped = true;
                break;
            }
        }
    }
}

// Counter-clockwise and no corner turns back, ignoring straight corners.
bool isConvexAllowingStraight(const Ring& ring, const std::vector<Point>& points) {
    for (std::size_t k = 0; k < ring.size(); ++k) {
        const Point a = points[ring[previous(k, ring.size())]];
        const Point b = points[ring[k]];
        const Point c = points[ring[next(k, ring.size())]];
        if (cross(a, b, c) <= 0.0 && !isStraight(a, b, c)) {
            return false;
        }
    }
    return true;
}

std::size_t cornerCount(const Ring& ring, const std::vector<Point>& points) {
    std::size_t corners = 0;
    for (std::size_t k = 0; k < ring.size(); ++k) {
        if (!isStraight(points[ring[previous(k, ring.size())]], points[ring[k]],
                        points[ring[next(k, ring.size())]])) {
            ++corners;
        }
    }
    return corners;
}

// Ear clipping that always cuts the best-shaped ear, so pieces are not needlessly thin.
std::optional<std::vector<Ring>> triangulate(Ring ring, const std::vector<Point>& points) {
    std::vector<Ring> triangles;
    while (ring.size() > 3) {
        std::optional<std::size_t> best;
        double bestQuality = 0.0;
        for (std::size_t k = 0; k < ring.size(); ++k) {
            const std::size_t ia = ring[previous(k, ring.size())];
            const std::size_t ib = ring[k];
            const std::size_t ic = ring[next(k, ring.size())];
            const Point a = points[ia];
            const Point b = points[ib];
            const Point c = points[ic];
            if (cross(a, b, c) <= 0.0 || distanceToLine(b, a, c) < kTolerance) {
                continue;
            }
            bool empty = true;
            for (std::size_t index : ring) {
                if (index == ia || index == ib || index == ic) {
                    continue;
                }
                const Point p = points[index];
                if (cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0) {
                    empty = false;
                    break;
                }
            }
            if (!empty) {
                continue;
            }
            const double longest =
                std::max({distanceSquared(a, b), distanceSquared(b, c), distanceSquared(c, a)});
            const double quality = cross(a, b, c) / longest;
            if (!best || quality > bestQuality) {
                best = k;
                bestQuality = quality;
            }
        }
        if (!best) {
            return std::nullopt;
        }
        const std::size_t k = *best;
        triangles.push_back({ring[previous(k, ring.size())], ring[k], ring[next(k, ring.size())]});
        ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(k));
    }
    triangles.push_back(ring);
    return triangles;
}

// Ring `piece` turned so that it starts at position `start`.
Ring rotated(const Ring& piece, std::size_t start) {
    Ring out;
    out.reserve(piece.size());
    for (std::size_t k = 0; k < piece.size(); ++k) {
        out.push_back(piece[(start + k) % piece.size()]);
    }
    return out;
}

// Joins two pieces across a shared edge when the result stays convex and within 8 corners.
bool mergeOnce(std::vector<Ring>& pieces, const std::vector<Point>& points) {
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        for (std::size_t j = i + 1; j < pieces.size(); ++j) {
            const Ring& first = pieces[i];
            const Ring& second = pieces[j];
            for (std::size_t e = 0; e < first.size(); ++e) {
                const std::size_t u = first[e];
                const std::size_t v = first[next(e, first.size())];
                for (std::size_t f = 0; f < second.size(); ++f) {
                    if (second[f] != v || second[next(f, second.size())] != u) {
                        continue;
                    }
                    Ring joined = rotated(first, next(e, first.size()));        // v ... u
                    const Ring other = rotated(second, next(f, second.size())); // u ... v
                    joined.insert(joined.end(), other.begin() + 1, other.end() - 1);
                    if (isConvexAllowingStraight(joined, points) &&
                        cornerCount(joined, points) <=
                            static_cast<std::size_t>(kMaxPolygonPoints)) {
                        pieces[i] = std::move(joined);
                        pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(j));
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

std::string pointName(std::size_t index) {
    return "point " + std::to_string(index + 1);
}

std::string edgeName(std::size_t index, std::size_t count) {
    return "the edge from point " + std::to_string(index + 1) + " to point " +
           std::to_string(next(index, count) + 1);
}

} // namespace

std::string formatNumber(float value) {
    if (std::isnan(value)) {
        return "nan";
    }
    if (std::isinf(value)) {
        return value > 0.0f ? "inf" : "-inf";
    }
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

std::optional<std::string> checkPoint(Vec2 pixels, const std::string& what) {
    // Spelled out only for a bad point: maps have hundreds of good ones.
    const auto shown = [&] {
        return "(" + formatNumber(pixels.x) + ", " + formatNumber(pixels.y) + ")";
    };
    if (!std::isfinite(pixels.x) || !std::isfinite(pixels.y)) {
        return what + " " + shown() + " is not a finite number";
    }
    if (std::abs(pixels.x) > kMaximumCoordinatePixels ||
        std::abs(pixels.y) > kMaximumCoordinatePixels) {
        return what + " " + shown() + " is too far out: coordinates must be within " +
               formatNumber(kMaximumCoordinatePixels) + " px of the origin";
    }
    return std::nullopt;
}

std::optional<std::string> checkLength(float pixels, const std::string& what) {
    if (!std::isfinite(pixels)) {
        return what + " must be a finite number of pixels, not " + formatNumber(pixels);
    }
    if (pixels <= 0.0f) {
        return what + " must be positive, not " + formatNumber(pixels) + " px";
    }
    if (toMetres(pixels) < kMinimumDistanceMetres) {
        return what + " of " + formatNumber(pixels) + " px is too small: it must be at least " +
               formatNumber(toPixels(kMinimumDistanceMetres)) + " px (2.5 mm)";
    }
    if (pixels > kMaximumCoordinatePixels) {
        return what + " of " + formatNumber(pixels) + " px is too large: at most " +
               formatNumber(kMaximumCoordinatePixels) + " px";
    }
    return std::nullopt;
}

PolygonPlan planPolygon(const std::vector<Vec2>& pointsPixels) {
    PolygonPlan plan;
    const std::size_t count = pointsPixels.size();
    if (count < 3) {
        plan.problem = "a polygon needs at least 3 points; this one has " + std::to_string(count);
        return plan;
    }
    if (count > static_cast<std::size_t>(kMaxPolygonPoints)) {
        plan.problem = "a polygon may have at most " + std::to_string(kMaxPolygonPoints) +
                       " points; this one has " + std::to_string(count) +
                       " (split it into smaller polygons)";
        return plan;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (auto problem = checkPoint(pointsPixels[i], "polygon " + pointName(i))) {
            plan.problem = std::move(problem);
            return plan;
        }
    }

    // Box2D gets metres relative to the centre of the bounds: check exactly those floats.
    Vec2 low = toMetres(pointsPixels.front());
    Vec2 high = low;
    for (const Vec2& p : pointsPixels) {
        const Vec2 m = toMetres(p);
        low = {std::min(low.x, m.x), std::min(low.y, m.y)};
        high = {std::max(high.x, m.x), std::max(high.y, m.y)};
    }
    plan.centreMetres = (low + high) * 0.5f;
    std::vector<Vec2> local;
    std::vector<Point> points;
    for (const Vec2& p : pointsPixels) {
        local.push_back(toMetres(p) - plan.centreMetres);
        points.push_back(
            {static_cast<double>(local.back().x), static_cast<double>(local.back().y)});
    }

    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t j = i + 1; j < count; ++j) {
            if (distanceSquared(points[i], points[j]) < kTolerance * kTolerance) {
                plan.problem = "polygon " + pointName(i) + " and " + pointName(j) +
                               " are closer than " +
                               formatNumber(toPixels(kMinimumDistanceMetres)) +
                               " px (2.5 mm): remove one of them";
                return plan;
            }
        }
    }
    if (thickness(points) < kTolerance) {
        plan.problem = "the polygon's points lie on one line, so it has no area";
        return plan;
    }
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t j = i + 1; j < count; ++j) {
            const Point a = points[i];
            const Point b = points[next(i, count)];
            const Point c = points[j];
            const Point d = points[next(j, count)];
            const bool adjacent = j == i + 1 || (i == 0 && j == count - 1);
            bool bad = false;
            if (!adjacent) {
                bad = segmentDistance(a, b, c, d) < kTolerance;
            } else if (j == i + 1) { // a-b then b-d share b
                bad = distanceToSegment(d, a, b) < kTolerance ||
                      distanceToSegment(a, b, d) < kTolerance;
            } else { // c-a then a-b share a (j is the last edge, ending at point 0)
                bad = distanceToSegment(c, a, b) < kTolerance ||
                      distanceToSegment(b, c, a) < kTolerance;
            }
            if (bad) {
                plan.problem = "polygon outline crosses itself: " + edgeName(i, count) + " meets " +
                               edgeName(j, count);
                return plan;
            }
        }
    }

    double twiceArea = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const Point a = points[i];
        const Point b = points[next(i, count)];
        twiceArea += a.x * b.y - b.x * a.y;
    }
    Ring ring;
    for (std::size_t i = 0; i < count; ++i) {
        ring.push_back(i);
    }
    if (twiceArea < 0.0) {
        std::reverse(ring.begin(), ring.end());
    }
    dropStraightCorners(ring, points);

    std::vector<Ring> pieces;
    if (isConvexAllowingStraight(ring, points)) {
        pieces.push_back(ring);
    } else {
        auto triangles = triangulate(ring, points);
        if (!triangles) {
            plan.problem = "the concave polygon could not be split into convex pieces; "
                           "draw it as several convex polygons";
            return plan;
        }
        pieces = std::move(*triangles);
        while (mergeOnce(pieces, points)) {
        }
    }

    for (Ring& piece : pieces) {
        dropStraightCorners(piece, points);
        const std::vector<Point> corners = pointsOf(piece, points);
        bool convex = piece.size() >= 3;
        for (std::size_t k = 0; convex && k < piece.size(); ++k) {
            convex = cross(corners[previous(k, piece.size())], corners[k],
                           corners[next(k, piece.size())]) > 0.0;
        }
        if (!convex || piece.size() > static_cast<std::size_t>(kMaxPolygonPoints) ||
            thickness(corners) < kTolerance) {
            plan.problem = "the concave polygon is too thin near " + pointName(piece.front()) +
                           " to be split into convex pieces; widen it or draw it as several "
                           "convex polygons";
            return plan;
        }
        std::vector<Vec2> metres;
        for (std::size_t index : piece) {
            metres.push_back(local[index]);
        }
        plan.piecesMetres.push_back(std::move(metres));
    }
    return plan;
}

bool isRound(Rect boundsPixels) {
    return std::abs(boundsPixels.width - boundsPixels.height) <=
           0.01f * std::max(boundsPixels.width, boundsPixels.height);
}

std::vector<Vec2> ellipseOctagon(Rect boundsPixels) {
    const double pi = 3.14159265358979323846;
    const double step = pi / 4.0;
    // Scaled so the sides, not the corners, touch the bounds.
    const double reach = 1.0 / std::cos(step / 2.0);
    const double halfWidth = static_cast<double>(boundsPixels.width) * 0.5;
    const double halfHeight = static_cast<double>(boundsPixels.height) * 0.5;
    const double centreX = static_cast<double>(boundsPixels.x) + halfWidth;
    const double centreY = static_cast<double>(boundsPixels.y) + halfHeight;
    std::vector<Vec2> points;
    for (int i = 0; i < 8; ++i) {
        const double angle = step / 2.0 + step * static_cast<double>(i);
        points.push_back({static_cast<float>(centreX + halfWidth * reach * std::cos(angle)),
                          static_cast<float>(centreY + halfHeight * reach * std::sin(angle))});
    }
    return points;
}

} // namespace respect::engine::physics::detail
