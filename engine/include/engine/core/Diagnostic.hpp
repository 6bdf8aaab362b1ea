#pragma once
// A problem found in a content file, reported as `file:line: severity: message`.

#include <string>
#include <vector>

namespace respect::engine {

enum class Severity { Error, Warning, Note };

const char* severityName(Severity severity);

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file; ///< path as the user gave it; empty when not about a file
    int line = 0;     ///< 1-based; 0 when the problem is about the whole file
    std::string message;

    /// "file:line: error: message" (or "file: error: message" when line is 0).
    std::string format() const;
};

/// Collects diagnostics in the order they were found.
class DiagnosticList {
public:
    void add(Diagnostic diagnostic);
    void error(const std::string& file, int line, const std::string& message);
    void warning(const std::string& file, int line, const std::string& message);
    void append(const DiagnosticList& other);

    const std::vector<Diagnostic>& items() const { return items_; }
    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    bool empty() const { return items_.empty(); }
    /// Every diagnostic formatted, one per line.
    std::string formatAll() const;
    /// The first error formatted ("file:line: error: ..."), or `fallback` when there is none.
    std::string firstError(const std::string& fallback = {}) const;

private:
    std::vector<Diagnostic> items_;
};

} // namespace respect::engine
