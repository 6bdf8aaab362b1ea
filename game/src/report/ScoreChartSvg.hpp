#pragma once
// The debrief's score chart as inline SVG: one horizontal bar per dimension from a zero
// line (right for positive, left for negative) with the signed number written beside it,
// so the chart never relies on colour or length alone.

#include <game/report/DebriefReport.hpp>

#include <string>
#include <vector>

namespace respect::game {

/// An <svg role="img"> whose <title> is `title` and whose <desc> lists every dimension
/// with its total. Text is escaped here.
std::string scoreChartSvg(const std::vector<DebriefScore>& scores, const std::string& title);

/// "+2", "0", "-3".
std::string signedScore(int value);

} // namespace respect::game
