#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/FileReader.hpp>
#include <game/progress/SaveGame.hpp>
#include <game/progress/SaveStore.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace respect;
using nlohmann::json;

namespace {

game::SaveGame sampleSave() {
    game::SaveGame save;
    save.gameVersion = "0.1.0";
    save.levelId = "first-day";
    save.levelFile = "levels/first-day.xml";
    save.dialogue.nodeId = "counter/switch";
    save.dialogue.lineId = "counter/switch#line-2";
    save.dialogue.state = engine::dialogue::RunnerState::ShowingLine;
    save.dialogue.variables = {{"trust", 3},
                               {"big", std::int64_t{-9007199254740993}},
                               {"offered_help", true},
                               {"mood", "h\u00e9, \"quoted\""}};
    save.dialogue.visits = {{"counter/start", 1}, {"counter/switch", 2}};
    save.dialogue.onceTaken = {"counter/start#choice-1"};
    save.lineText = "Tot ziens.";
    save.scores = {{"language", 2}, {"disability", -1}};
    // No `offered` lists: format-1.json was written before they were recorded.
    save.encounters = {{"intro", "respectful", {"intro/start#choice-2"}, {}},
                       {"counter", "", {"counter/start#choice-1"}, {}}};
    save.currentEncounter = "counter";
    save.playerXPixels = 312.5;
    save.playerYPixels = 0.1;
    save.playerFacing = game::Facing::Up;
    save.timestamp = "2024-05-01T09:30:00Z";
    save.slot = "slot-1";
    return save;
}

} // namespace

TEST_CASE("FNV-1a 64 matches its published test vectors", "[save][unit]") {
    CHECK(game::saveChecksum("") == "cbf29ce484222325");
    CHECK(game::saveChecksum("a") == "af63dc4c8601ec8c");
    CHECK(game::saveChecksum("foobar") == "85944171f73967e8");
}

TEST_CASE("A save's JSON has sorted keys, a checksum over the rest, and decodes to the same save",
          "[save][unit]") {
    const auto save = sampleSave();
    const std::string text = save.toJson();
    CHECK(text == save.toJson()); // stable

    const json object = json::parse(text);
    CHECK(object.at("formatVersion") == 1);
    CHECK(object.at("dialogue").at("variables").at("trust") == json{{"type", "int"}, {"value", 3}});
    CHECK(object.at("player").at("facing") == "up");
    json rest = object;
    rest.erase("checksum");
    CHECK(object.at("checksum") == game::saveChecksum(rest.dump()));
    // Keys appear in sorted order in the text itself.
    CHECK(text.find("\"checksum\"") < text.find("\"currentEncounter\""));
    CHECK(text.find("\"currentEncounter\"") < text.find("\"dialogue\""));
    CHECK(text.find("\"scores\"") < text.find("\"slot\""));

    const auto decoded = game::SaveStore::decode(text, "memory.json");
    INFO(decoded.message);
    REQUIRE(decoded.status == game::SaveStatus::Ok);
    CHECK(*decoded.save == save);

    // Layout does not matter, only content: the compact form validates too.
    CHECK(game::SaveStore::decode(object.dump(), "memory.json").status == game::SaveStatus::Ok);
}

TEST_CASE("A save that cannot be represented is refused when encoding", "[save][unit]") {
    auto save = sampleSave();
    save.playerXPixels = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(save.toJson(), engine::Error);
    save = sampleSave();
    save.levelId = "\xff\xfe";
    CHECK_THROWS_AS(save.toJson(), engine::Error);
}

TEST_CASE("Members of the wrong type make a save corrupt even with a valid checksum",
          "[save][unit]") {
    const auto resigned = [](json object) {
        object.erase("checksum");
        object["checksum"] = game::saveChecksum(object.dump());
        return object.dump();
    };
    const json good = json::parse(sampleSave().toJson());
    const auto expectCorrupt = [&](json object, const std::string& where) {
        const auto result = game::SaveStore::decode(resigned(std::move(object)), "x/slot-1.json");
        CHECK(result.status == game::SaveStatus::Corrupt);
        CHECK_FALSE(result.save);
        CHECK(result.message.find("x/slot-1.json: damaged save: " + where) == 0);
    };
    json bad = good;
    bad["scores"]["language"] = "two";
    expectCorrupt(bad, "scores.language: expected an integer");
    bad = good;
    bad["dialogue"]["variables"]["trust"]["value"] = true;
    expectCorrupt(bad, "dialogue.variables.trust.value: expected an integer");
    bad = good;
    bad["dialogue"]["state"] = "Dancing";
    expectCorrupt(bad, "dialogue.state: unknown state 'Dancing'");
    bad = good;
    bad.erase("player");
    expectCorrupt(bad, "player: missing");
    bad = good;
    bad["encounters"][0]["choices"][0] = 7;
    expectCorrupt(bad, "encounters[0].choices[0]: expected a string");
    bad = good;
    bad["dialogue"]["visits"]["counter/start"] = -1;
    expectCorrupt(bad, "dialogue.visits.counter/start: negative count");
    bad = good;
    bad["formatVersion"] = 0;
    expectCorrupt(bad, "unknown save format 0");

    // Unknown members are ignored (they are still covered by the checksum).
    json extra = good;
    extra["notes"] = "from a tool";
    CHECK(game::SaveStore::decode(resigned(extra), "x").status == game::SaveStatus::Ok);
}

TEST_CASE("The format 1 save checked into tests/data stays readable", "[save][unit]") {
    const auto file = std::filesystem::path(RESPECT_TEST_DATA_DIR) / "saves" / "format-1.json";
    const auto result = game::SaveStore::decode(engine::io::readFileLimited(file), file);
    INFO(result.message);
    REQUIRE(result.status == game::SaveStatus::Ok);
    CHECK(*result.save == sampleSave());
}

TEST_CASE("The choices offered at each choice point round-trip and are checked", "[save][unit]") {
    auto save = sampleSave();
    save.encounters[0].offered = {{"intro/start#choice-1", "intro/start#choice-2"}};
    save.encounters[1].offered = {{"counter/start#choice-1"}};
    const std::string text = save.toJson();
    const json object = json::parse(text);
    CHECK(object.at("encounters").at(0).at("offered") ==
          json::array({json::array({"intro/start#choice-1", "intro/start#choice-2"})}));
    const auto decoded = game::SaveStore::decode(text, "memory.json");
    INFO(decoded.message);
    REQUIRE(decoded.status == game::SaveStatus::Ok);
    CHECK(*decoded.save == save);
    auto other = save;
    other.encounters[0].offered[0].pop_back();
    CHECK(other != save);

    json bad = object;
    bad.erase("checksum");
    bad["encounters"][0]["offered"][0] = "intro/start#choice-1";
    bad["checksum"] = game::saveChecksum(bad.dump());
    const auto corrupt = game::SaveStore::decode(bad.dump(), "x");
    CHECK(corrupt.status == game::SaveStatus::Corrupt);
    CHECK(corrupt.message.find("encounters[0].offered[0]: expected an array") != std::string::npos);
}

TEST_CASE("Timestamps are ISO 8601 UTC", "[save][unit]") {
    CHECK(game::utcTimestamp(0) == "1970-01-01T00:00:00Z");
    CHECK(game::utcTimestamp(1714555800) == "2024-05-01T09:30:00Z");
}

TEST_CASE("A save carries its play's registration, start and time played", "[save][records][unit]") {
    auto save = sampleSave();
    save.registration = "0b7e2c9a-4f1d-4c3e-9a8b-5d6e7f809a1b";
    save.startedAt = "2024-05-01T09:00:00Z";
    save.playSeconds = 754.25;
    const auto result = game::SaveStore::decode(save.toJson(), "save.json");
    INFO(result.message);
    REQUIRE(result.status == game::SaveStatus::Ok);
    CHECK(*result.save == save);
    CHECK(result.save->playSeconds == 754.25);

    // Saves from before plays were recorded (the format 1 file above) have none.
    CHECK(sampleSave().registration.empty());
}
