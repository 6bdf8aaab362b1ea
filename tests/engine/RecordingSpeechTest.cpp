// RecordingSpeech keeps what would have been spoken, and with a log file writes one line per
// utterance for tests that drive the real program (`respect --speech-log FILE`).

#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/speech/RecordingSpeech.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace respect::engine;
using respect::test::TemporaryFolder;

namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("RecordingSpeech keeps every utterance with its language", "[speech][unit]") {
    RecordingSpeech speech;
    CHECK(speech.available());
    speech.say("Goeiedag. Spreekt u Nederlands?", "nl-BE");
    speech.stop();
    speech.say("Bonjour", "fr");
    CHECK(speech.utterances() == std::vector<Utterance>{
                                     {"Goeiedag. Spreekt u Nederlands?", "nl-BE"},
                                     {"Bonjour", "fr"},
                                 });
    CHECK(speech.stops() == 1);
}

TEST_CASE("RecordingSpeech writes one escaped line per utterance, at once", "[speech][unit]") {
    TemporaryFolder folder;
    const auto log = folder / "speech.log";
    RecordingSpeech speech(log);
    speech.say("Déjà vu… « oui »", "fr");
    // Read while the object is alive: each line is flushed as it is said.
    CHECK(readAll(log) == "fr\tDéjà vu… « oui »\n");
    speech.say("1. Yes\n2. No\twait \\ here\r", "en");
    CHECK(readAll(log) == "fr\tDéjà vu… « oui »\nen\t1. Yes\\n2. No\\twait \\\\ here\\r\n");
}

TEST_CASE("A speech log that cannot be opened is an error naming the file", "[speech][unit]") {
    TemporaryFolder folder;
    const auto log = folder / "missing-folder" / "speech.log";
    CHECK_THROWS_AS(RecordingSpeech(log), Error);
    CHECK_THROWS_WITH(RecordingSpeech(log),
                      log.string() + ": error: cannot open the speech log for writing");
}

TEST_CASE("NullSpeech says nothing and is never available", "[speech][unit]") {
    NullSpeech speech;
    speech.say("anything", "en");
    speech.stop();
    CHECK_FALSE(speech.available());
}
