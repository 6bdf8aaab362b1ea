#pragma once
// Minimal logging to stderr; tests swap the sink to assert on messages.

#include <functional>
#include <string>

namespace respect::engine::log {

enum class Level { Debug, Info, Warning, Error };

using Sink = std::function<void(Level, const std::string&)>;

void write(Level level, const std::string& message);
inline void debug(const std::string& message) {
    write(Level::Debug, message);
}
inline void info(const std::string& message) {
    write(Level::Info, message);
}
inline void warning(const std::string& message) {
    write(Level::Warning, message);
}
inline void error(const std::string& message) {
    write(Level::Error, message);
}

/// Messages below this level are dropped (default: Info).
void setMinimumLevel(Level level);

/// Sets the minimum level for the lifetime of this object, then puts back the one before
/// (so a quiet test or harness does not silence the tests that run after it).
class ScopedMinimumLevel {
public:
    explicit ScopedMinimumLevel(Level level);
    ~ScopedMinimumLevel();
    ScopedMinimumLevel(const ScopedMinimumLevel&) = delete;
    ScopedMinimumLevel& operator=(const ScopedMinimumLevel&) = delete;

private:
    Level previous_;
};

/// Replaces the sink for the lifetime of this object (tests capture logs with it).
class ScopedSink {
public:
    explicit ScopedSink(Sink sink);
    ~ScopedSink();
    ScopedSink(const ScopedSink&) = delete;
    ScopedSink& operator=(const ScopedSink&) = delete;

private:
    Sink previous_;
};

} // namespace respect::engine::log
