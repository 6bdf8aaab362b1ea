#pragma once
// The debrief as a self-contained, printable HTML5 page: no script and nothing loaded from
// elsewhere (inline CSS with print rules, the score chart as inline SVG), every piece of
// level text escaped, headings and labels from the interface text table.

#include <game/report/DebriefReport.hpp>
#include <game/text/UiText.hpp>

#include <filesystem>
#include <string>

namespace respect::game {

/// The page, UTF-8.
std::string debriefHtml(const DebriefReport& report, const UiText& text);

/// Writes debriefHtml() to `file` atomically (engine::io::writeFileAtomically). Throws
/// engine::Error naming the file when it cannot be written.
void writeDebriefHtml(const DebriefReport& report, const UiText& text,
                      const std::filesystem::path& file);

} // namespace respect::game
