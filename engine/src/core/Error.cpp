#include <engine/core/Error.hpp>

namespace respect::engine {

Error::Error(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.format()), diagnostic_(std::move(diagnostic)) {}

Error::Error(const std::string& file, int line, const std::string& message)
    : Error(Diagnostic{Severity::Error, file, line, message}) {}

} // namespace respect::engine
