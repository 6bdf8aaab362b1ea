#include "ScoreChartSvg.hpp"

#include "HtmlText.hpp"

#include <algorithm>
#include <cstdlib>

namespace respect::game {

namespace {

// Layout in SVG user units (the page scales the whole chart to its width).
constexpr int kWidth = 640;
constexpr int kRowHeight = 30;
constexpr int kBarHeight = 18;
constexpr int kLabelRight = 185; // dimension names end here
constexpr int kZero = 420;       // the zero line
constexpr int kHalfWidth = 160;  // the longest bar; leaves room for a number either side
constexpr int kMinimumScale = 5; // small totals do not fill the width

std::string attribute(const char* name, int value) {
    return std::string(" ") + name + "=\"" + std::to_string(value) + "\"";
}

} // namespace

std::string signedScore(int value) {
    return (value > 0 ? "+" : "") + std::to_string(value);
}

std::string scoreChartSvg(const std::vector<DebriefScore>& scores, const std::string& title) {
    int scale = kMinimumScale;
    for (const auto& score : scores) {
        scale = std::max(scale, std::abs(score.total));
    }
    const int rows = static_cast<int>(scores.size());
    const int height = std::max(1, rows) * kRowHeight + 10;

    std::string description;
    for (const auto& score : scores) {
        description +=
            (description.empty() ? "" : ", ") + score.name + " " + signedScore(score.total);
    }

    std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                      std::to_string(kWidth) + " " + std::to_string(height) +
                      "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n";
    svg += "<title id=\"chart-title\">" + escapeHtml(title) + "</title>\n";
    svg += "<desc id=\"chart-desc\">" + escapeHtml(description) + "</desc>\n";
    svg += "<line class=\"axis\"" + attribute("x1", kZero) + attribute("y1", 0) +
           attribute("x2", kZero) + attribute("y2", height) + "/>\n";
    int top = 5;
    for (const auto& score : scores) {
        // Integer arithmetic on purpose: whole units are sharp enough and avoid conversions.
        const int length = std::abs(score.total) * kHalfWidth / scale;
        const int barTop = top + (kRowHeight - kBarHeight) / 2;
        const int textBaseline = top + kRowHeight / 2 + 5;
        const bool negative = score.total < 0;
        const char* kind = negative ? "negative" : score.total > 0 ? "positive" : "zero";
        svg += "<g class=\"row " + std::string(kind) + "\">";
        svg += "<text class=\"label\"" + attribute("x", kLabelRight) +
               attribute("y", textBaseline) + " text-anchor=\"end\">" + escapeHtml(score.name) +
               "</text>";
        svg += "<rect class=\"bar\"" + attribute("x", negative ? kZero - length : kZero) +
               attribute("y", barTop) + attribute("width", length) +
               attribute("height", kBarHeight) + "/>";
        const int numberX = negative ? kZero - length - 6 : kZero + length + 6;
        svg += "<text class=\"value\"" + attribute("x", numberX) + attribute("y", textBaseline) +
               " text-anchor=\"" + (negative ? "end" : "start") + "\">" + signedScore(score.total) +
               "</text>";
        svg += "</g>\n";
        top += kRowHeight;
    }
    svg += "</svg>\n";
    return svg;
}

} // namespace respect::game
