#pragma once
// The exception every loader throws for a fatal content or file problem; it carries
// the diagnostic so callers can show `file:line: error: message` and go on or stop.

#include <engine/core/Diagnostic.hpp>

#include <stdexcept>

namespace respect::engine {

class Error : public std::runtime_error {
public:
    explicit Error(Diagnostic diagnostic);
    Error(const std::string& file, int line, const std::string& message);

    const Diagnostic& diagnostic() const { return diagnostic_; }

private:
    Diagnostic diagnostic_;
};

} // namespace respect::engine
