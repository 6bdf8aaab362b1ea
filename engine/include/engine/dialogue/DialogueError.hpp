#pragma once
// The exception the dialogue module throws for misuse at run time or bad data at build
// time. sourceLine() is the content line it is about, or 0 when unknown.

#include <stdexcept>
#include <string>

namespace respect::engine::dialogue {

class DialogueError : public std::runtime_error {
public:
    explicit DialogueError(const std::string& message, int sourceLine = 0);

    int sourceLine() const { return sourceLine_; }

private:
    int sourceLine_ = 0;
};

} // namespace respect::engine::dialogue
