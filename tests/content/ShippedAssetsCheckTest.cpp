// Every image, sound, map and tileset we ship passes the checks a trainer's file would
// face (respect check FILE): the limits are not stricter than our own content.

#include <engine/audio/SoundHeader.hpp>
#include <engine/io/FileReader.hpp>
#include <game/check/UserFiles.hpp>

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using respect::game::FileKind;

TEST_CASE("Every shipped image, sound, map and tileset passes respect check", "[content][assets]") {
    const respect::engine::io::ContentRoot data(RESPECT_SOURCE_DIR);
    const respect::game::CheckContext context{&data, nullptr};
    int checked = 0;
    for (const char* folder : {"assets", "levels/maps"}) {
        for (const auto& entry : fs::recursive_directory_iterator(data.path() / folder)) {
            const auto kind = respect::game::fileKindOf(entry.path());
            if (!entry.is_regular_file() || !kind ||
                (*kind != FileKind::Image && *kind != FileKind::Sound && *kind != FileKind::Map &&
                 *kind != FileKind::Tileset)) {
                continue;
            }
            respect::engine::DiagnosticList diagnostics;
            respect::game::checkUserFile(*kind, entry.path(), entry.path().string(), context,
                                         diagnostics);
            INFO(diagnostics.formatAll());
            CHECK(diagnostics.empty());
            ++checked;
        }
    }
    CHECK(checked >= 45); // 37 PNGs, 9 sounds, a tileset, 2 maps
}

TEST_CASE("Sound headers are read as the files declare them", "[assets][sound]") {
    const fs::path seeds = fs::path(RESPECT_SOURCE_DIR) / "tests/fuzz/seeds/sound";
    const auto read = [&](const char* name) {
        return respect::engine::checkSoundHeader(respect::engine::io::readFileLimited(seeds / name),
                                                 name);
    };
    const auto wav = read("tiny.wav");
    CHECK(wav.format == "WAV");
    CHECK(wav.channels == 1);
    CHECK(wav.sampleRate == 22050);
    CHECK(wav.frames == 220);
    const auto ogg = read("tiny.ogg");
    CHECK(ogg.format == "OGG");
    CHECK(ogg.sampleRate == 22050);
    CHECK(ogg.frames == 22050); // the last page's granule position
    const auto flac = read("tiny.flac");
    CHECK(flac.format == "FLAC");
    CHECK(flac.channels == 1);
    CHECK(flac.sampleRate == 22050);
    CHECK(flac.frames == 22050);

    const auto music = respect::engine::checkSoundHeader(
        respect::engine::io::readFileLimited(fs::path(RESPECT_SOURCE_DIR) /
                                             "assets/sounds/music-calm.wav"),
        "music-calm.wav");
    CHECK(music.frames / music.sampleRate == 24); // seconds
    respect::engine::SoundLimits effects;
    effects.maxSeconds = 10;
    CHECK_THROWS_WITH(respect::engine::checkSoundHeader(
                          respect::engine::io::readFileLimited(fs::path(RESPECT_SOURCE_DIR) /
                                                               "assets/sounds/music-calm.wav"),
                          "music-calm.wav", effects),
                      "music-calm.wav: error: WAV sound lasts 24 s; the limit is 10 s");
}
