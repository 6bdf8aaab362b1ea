#pragma once
// A seeded "monkey" that plays the whole game headless through its real scenes: random
// presses weighted towards what moves a play on (confirm, choices, interact, walking), and
// now and then everything else (pause, settings, language, backlog, team events, quit).
// When it has wandered the office too long without meeting anyone, it is put beside a
// member of the cast, so runs get across the whole campaign rather than stuck behind a
// desk. Used by SoakTest (short, in CI) and tools/soak (long).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace respect::test {

struct SoakReport {
    std::uint64_t steps = 0;
    int completions = 0;       ///< scenarios finished (debriefs reached)
    int distinctCompleted = 0; ///< different scenarios among them
    int dialogues = 0;         ///< encounters opened
    int titleReopened = 0;     ///< times the monkey quit the game (it starts again)
    long rssAfterFirstKb = 0;  ///< resident memory when the first scenario was finished
    long rssEndKb = 0;         ///< resident memory at the end
};

/// Runs `steps` simulation steps with `seed` as the player whose files are under `home`.
/// `progress`, when set, is called every 10,000 steps with a one-line status.
SoakReport runMonkey(std::uint64_t steps, std::uint32_t seed, const std::filesystem::path& home,
                     const std::function<void(const std::string&)>& progress = {});

/// The process's resident set size in KiB (from /proc/self/statm), after giving free heap
/// pages back to the system (malloc_trim) so cached free memory does not count as held.
long residentKb();

} // namespace respect::test
