#include <engine/core/Diagnostic.hpp>

#include <algorithm>

namespace respect::engine {

const char* severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Note:
        return "note";
    }
    return "error";
}

std::string Diagnostic::format() const {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) {
            out += ':' + std::to_string(line);
        }
        out += ": ";
    }
    out += severityName(severity);
    out += ": ";
    out += message;
    return out;
}

void DiagnosticList::add(Diagnostic diagnostic) {
    items_.push_back(std::move(diagnostic));
}

void DiagnosticList::error(const std::string& file, int line, const std::string& message) {
    add({Severity::Error, file, line, message});
}

void DiagnosticList::warning(const std::string& file, int line, const std::string& message) {
    add({Severity::Warning, file, line, message});
}

void DiagnosticList::append(const DiagnosticList& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int DiagnosticList::errorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error;
    }));
}

int DiagnosticList::warningCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Warning;
    }));
}

std::string DiagnosticList::formatAll() const {
    std::string out;
    for (const auto& item : items_) {
        out += item.format();
        out += '\n';
    }
    return out;
}

std::string DiagnosticList::firstError(const std::string& fallback) const {
    for (const auto& item : items_) {
        if (item.severity == Severity::Error) {
            return item.format();
        }
    }
    return fallback;
}

} // namespace respect::engine
