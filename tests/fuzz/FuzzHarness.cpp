#include "FuzzHarness.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/PathExplorer.hpp>
#include <game/progress/SaveGame.hpp>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace respect::fuzz {
namespace fs = std::filesystem;
using game::FileKind;

namespace {

/// Where the fuzzed file goes inside the scratch folder: where the game would look for it.
const char* inputPathFor(FileKind kind) {
    switch (kind) {
    case FileKind::Level:
        return "levels/fuzzed.xml";
    case FileKind::DiversityCode:
        return "code/diversity-code.xml";
    case FileKind::Campaign:
        return "levels/campaign.xml"; // beside the shipped scenarios it lists
    case FileKind::Map:
        return "levels/maps/fuzzed.tmx"; // the shipped tilesets are at ../../assets/tiles
    case FileKind::Tileset:
        return "assets/tiles/fuzzed.tsx"; // beside the shipped tileset image
    case FileKind::Translation:
        return "locales/fr/fuzzed.xlf";
    case FileKind::Save:
        return "saves/slot-1.json";
    case FileKind::Settings:
        return "config/settings.json";
    case FileKind::Progress:
        return "progress/progress.json";
    case FileKind::InputScript:
        return "scripts/fuzzed.txt";
    case FileKind::Image:
        return "images/fuzzed.png";
    case FileKind::Sound:
        return "sounds/fuzzed.wav";
    }
    return "fuzzed";
}

void copyFolder(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

void writeFile(const fs::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

} // namespace

FuzzHarness::FuzzHarness(FileKind kind, const fs::path& sourceDir) : kind_(kind) {
    std::string pattern = (fs::temp_directory_path() / "respect-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot make a scratch folder in " +
                                 fs::temp_directory_path().string());
    }
    scratch_ = pattern;
    // The shipped content a fuzzed file may name, and the test fixtures' tilesets at the
    // place the fixture maps expect them (../tiles from levels/maps).
    copyFolder(sourceDir / "levels", scratch_ / "levels");
    for (const char* folder : {"characters", "portraits", "tiles"}) {
        copyFolder(sourceDir / "assets" / folder, scratch_ / "assets" / folder);
    }
    copyFolder(sourceDir / "tests/data/maps/tiles", scratch_ / "levels/tiles");
    fs::remove(scratch_ / "levels/campaign.xml");
    displayName_ = inputPathFor(kind);
    input_ = scratch_ / displayName_;
    fs::create_directories(input_.parent_path());
    data_ = std::make_unique<engine::io::ContentRoot>(scratch_);
    engine::DiagnosticList diagnostics;
    code_ = game::loadDiversityCode(scratch_ / game::kDiversityCodePath, game::kDiversityCodePath,
                                    diagnostics);
    if (!code_) {
        throw std::runtime_error("the shipped Diversity Code does not load: " +
                                 diagnostics.formatAll());
    }
}

FuzzHarness::~FuzzHarness() {
    std::error_code ignored;
    fs::remove_all(scratch_, ignored);
}

engine::DiagnosticList FuzzHarness::run(std::string_view bytes) {
    writeFile(input_, bytes);
    engine::DiagnosticList diagnostics;
    if (kind_ == FileKind::Level) {
        playLevel(input_, diagnostics);
        return diagnostics;
    }
    const game::CheckContext context{data_.get(), &*code_};
    game::checkUserFile(kind_, input_, displayName_, context, diagnostics);
    if (kind_ == FileKind::Save) {
        runRestampedSave(bytes, diagnostics);
    }
    return diagnostics;
}

// A level that passes the checker (which also loads its map, builds the office's collision
// shapes and finds the cast's spawn points) is played along a few paths.
void FuzzHarness::playLevel(const fs::path& file, engine::DiagnosticList& diagnostics) {
    const auto level = game::loadCheckedLevel(file, displayName_, *code_, data_.get(), diagnostics);
    if (!level) {
        return;
    }
    const auto report = game::explorePaths(*level, *code_, 32);
    for (const auto& problem : report.problems) {
        diagnostics.error(displayName_, 0, "a checked level fails in play: " + problem);
    }
}

// Saves carry a checksum that random bytes never match; to reach the fields behind it, a
// JSON object is also tried with its checksum made right.
void FuzzHarness::runRestampedSave(std::string_view bytes, engine::DiagnosticList& diagnostics) {
    auto object = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!object.is_object()) {
        return;
    }
    object.erase("checksum");
    object["checksum"] = game::saveChecksum(object.dump());
    writeFile(input_, object.dump(2));
    const game::CheckContext context{data_.get(), &*code_};
    game::checkUserFile(kind_, input_, displayName_, context, diagnostics);
}

} // namespace respect::fuzz
