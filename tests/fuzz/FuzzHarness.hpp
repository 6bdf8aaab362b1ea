#pragma once
// One fuzz target's world: a scratch content folder laid out like the game's data (the
// shipped levels, tilesets and images the fuzzed file may name), the Diversity Code, and
// run(), which writes the input where the game would find such a file and hands it to the
// loader and checker the game uses (checkUserFile), then plays what loaded. The libFuzzer
// targets and the regression test of tests/data/bugs/ share it, so a crash found by one is
// replayed by the other.

#include <engine/core/Log.hpp>
#include <game/check/UserFiles.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace respect::fuzz {

class FuzzHarness {
public:
    /// `sourceDir` is the repository (its levels/, assets/ and tests/data/ are copied).
    FuzzHarness(game::FileKind kind, const std::filesystem::path& sourceDir);
    ~FuzzHarness();
    FuzzHarness(const FuzzHarness&) = delete;
    FuzzHarness& operator=(const FuzzHarness&) = delete;

    /// Loads, checks and plays `bytes` as a file of the harness's kind; the diagnostics.
    /// Anything but a clean return (a crash, a sanitizer report, an uncaught exception) is
    /// a bug.
    engine::DiagnosticList run(std::string_view bytes);

private:
    void playLevel(const std::filesystem::path& file, engine::DiagnosticList& diagnostics);
    void runRestampedSave(std::string_view bytes, engine::DiagnosticList& diagnostics);

    /// Millions of runs, no chatter; the level before comes back with the harness's end.
    engine::log::ScopedMinimumLevel quiet_{engine::log::Level::Error};
    game::FileKind kind_;
    std::filesystem::path scratch_;
    std::filesystem::path input_; ///< where run() writes the bytes
    std::string displayName_;     ///< how diagnostics name it
    std::unique_ptr<engine::io::ContentRoot> data_;
    std::optional<game::DiversityCode> code_;
};

} // namespace respect::fuzz
