#include <engine/core/Log.hpp>

#include <iostream>

namespace respect::engine::log {
namespace {

const char* prefix(Level level) {
    switch (level) {
    case Level::Debug:
        return "debug: ";
    case Level::Info:
        return "";
    case Level::Warning:
        return "warning: ";
    case Level::Error:
        return "error: ";
    }
    return "";
}

void writeToStderr(Level level, const std::string& message) {
    std::cerr << "respect: " << prefix(level) << message << '\n';
}

// Process-wide logging state: a plain function object, no resources behind it.
Sink& currentSink() {
    static Sink sink = writeToStderr;
    return sink;
}

Level& minimumLevel() {
    static Level level = Level::Info;
    return level;
}

} // namespace

void write(Level level, const std::string& message) {
    if (level < minimumLevel()) {
        return;
    }
    currentSink()(level, message);
}

void setMinimumLevel(Level level) {
    minimumLevel() = level;
}

ScopedMinimumLevel::ScopedMinimumLevel(Level level) : previous_(minimumLevel()) {
    minimumLevel() = level;
}

ScopedMinimumLevel::~ScopedMinimumLevel() {
    minimumLevel() = previous_;
}

ScopedSink::ScopedSink(Sink sink) : previous_(std::move(currentSink())) {
    currentSink() = std::move(sink);
}

ScopedSink::~ScopedSink() {
    currentSink() = std::move(previous_);
}

} // namespace respect::engine::log
