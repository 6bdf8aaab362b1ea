#pragma once
// nlohmann::json explains a problem as "[json.exception.parse_error.101] parse error at
// line 8, column 15: ..."; players and HR read it without the library's tag.

#include <string>

namespace respect::game {

/// `what` (an exception's what()) without a leading "[json.exception.…] " tag.
std::string jsonProblem(const char* what);

} // namespace respect::game
