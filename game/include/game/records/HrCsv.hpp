#pragma once
// The completion list HR opens in a spreadsheet: one row per finished scenario. Cells are
// escaped against formula injection: a player's name such as =HYPERLINK(...) must reach
// the spreadsheet as text, never run as a formula.

#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

/// One CSV cell: a cell that starts with =, +, -, @, a tab or a carriage return is prefixed
/// with an apostrophe (plain numbers such as -4 excepted), then quoted when it holds a
/// comma, a quote or a line break.
std::string csvCell(std::string_view text);

/// The cells joined with commas and ended with CRLF, as RFC 4180 writes rows.
std::string csvRow(const std::vector<std::string>& cells);

} // namespace respect::game
