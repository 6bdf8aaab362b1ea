#pragma once
// Timed actions read from a text file, so tests and replays drive the game exactly.
//
//   # comment
//   10 down           tap: pressed at step 10, released at step 11
//   +5 confirm        5 steps after the previous line
//   30 right for 20   held from step 30 for 20 steps
//   40 click 640 360  pointer click at window coordinates
//   90 quit           close the game
//
// Steps are simulation steps (60 per second) counted from 0.

#include <engine/core/Vec2.hpp>
#include <engine/input/Action.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::input {

class InputState;

struct ScriptEvent {
    enum class Kind { Press, Release, Click, Quit, Type };
    std::uint64_t step = 0;
    Kind kind = Kind::Press;
    Action action = Action::Confirm;
    Vec2 position;
    std::string text; ///< Type: what is typed, as written after the word "type"
    int line = 0;
};

class InputScript {
public:
    /// Throws engine::Error naming `fileName` and the line of the first malformed entry.
    static InputScript parse(std::string_view text, const std::string& fileName);
    /// Reads through io::readFileLimited; a missing file is an engine::Error too.
    static InputScript load(const std::filesystem::path& path);

    /// Feeds every event scheduled for `step` into `state`.
    void apply(std::uint64_t step, InputState& state) const;
    /// The step after which nothing more happens.
    std::uint64_t lastStep() const;
    const std::vector<ScriptEvent>& events() const { return events_; }

private:
    std::vector<ScriptEvent> events_; ///< sorted by step, stable
};

} // namespace respect::engine::input
