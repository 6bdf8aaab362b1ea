#include "SaveJson.hpp"

#include <engine/core/Error.hpp>
#include <game/progress/SaveGame.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace respect::game {

namespace dlg = engine::dialogue;
using nlohmann::json;

namespace {

constexpr Facing kFacings[] = {Facing::Down, Facing::Left, Facing::Right, Facing::Up};
constexpr dlg::RunnerState kStates[] = {dlg::RunnerState::ShowingLine,
                                        dlg::RunnerState::AwaitingChoice, dlg::RunnerState::Ended};
constexpr dlg::ValueType kTypes[] = {dlg::ValueType::Bool, dlg::ValueType::Int,
                                     dlg::ValueType::String};

[[noreturn]] void bad(const std::string& where, const std::string& what) {
    throw detail::SaveFormatError(where + ": " + what);
}

std::string path(const std::string& where, const std::string& key) {
    return where.empty() ? key : where + "." + key;
}

const json& member(const json& object, const char* key, const std::string& where) {
    const auto found = object.find(key);
    if (found == object.end()) {
        bad(path(where, key), "missing");
    }
    return *found;
}

const json& objectMember(const json& object, const char* key, const std::string& where) {
    const json& value = member(object, key, where);
    if (!value.is_object()) {
        bad(path(where, key), "expected an object");
    }
    return value;
}

const json& arrayMember(const json& object, const char* key, const std::string& where) {
    const json& value = member(object, key, where);
    if (!value.is_array()) {
        bad(path(where, key), "expected an array");
    }
    return value;
}

std::string asString(const json& value, const std::string& where) {
    if (!value.is_string()) {
        bad(where, "expected a string");
    }
    return value.get<std::string>();
}

std::string stringMember(const json& object, const char* key, const std::string& where) {
    return asString(member(object, key, where), path(where, key));
}

std::int64_t asInt64(const json& value, const std::string& where) {
    if (value.is_number_unsigned()) {
        const auto unsignedValue = value.get<std::uint64_t>();
        if (unsignedValue > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            bad(where, "integer out of range");
        }
        return static_cast<std::int64_t>(unsignedValue);
    }
    if (!value.is_number_integer()) {
        bad(where, "expected an integer");
    }
    return value.get<std::int64_t>();
}

int asInt(const json& value, const std::string& where) {
    const std::int64_t wide = asInt64(value, where);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        bad(where, "integer out of range");
    }
    return static_cast<int>(wide);
}

double doubleMember(const json& object, const char* key, const std::string& where) {
    const json& value = member(object, key, where);
    if (!value.is_number()) {
        bad(path(where, key), "expected a number");
    }
    const double number = value.get<double>();
    if (!std::isfinite(number)) {
        bad(path(where, key), "expected a finite number");
    }
    return number;
}

std::vector<std::string> asStrings(const json& array, const std::string& where) {
    if (!array.is_array()) {
        bad(where, "expected an array");
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array.size(); ++i) {
        out.push_back(asString(array[i], where + "[" + std::to_string(i) + "]"));
    }
    return out;
}

std::vector<std::string> stringArray(const json& object, const char* key,
                                     const std::string& where) {
    return asStrings(arrayMember(object, key, where), path(where, key));
}

json valueToJson(const dlg::Value& value) {
    json out = json::object();
    out["type"] = dlg::typeName(value.type());
    switch (value.type()) {
    case dlg::ValueType::Bool:
        out["value"] = value.asBool();
        break;
    case dlg::ValueType::Int:
        out["value"] = value.asInt();
        break;
    case dlg::ValueType::String:
        out["value"] = value.asString();
        break;
    }
    return out;
}

dlg::Value valueFromJson(const json& object, const std::string& where) {
    if (!object.is_object()) {
        bad(where, "expected an object");
    }
    const std::string type = stringMember(object, "type", where);
    const json& value = member(object, "value", where);
    for (const dlg::ValueType candidate : kTypes) {
        if (type != dlg::typeName(candidate)) {
            continue;
        }
        switch (candidate) {
        case dlg::ValueType::Bool:
            if (!value.is_boolean()) {
                bad(path(where, "value"), "expected a bool");
            }
            return dlg::Value(value.get<bool>());
        case dlg::ValueType::Int:
            return dlg::Value(asInt64(value, path(where, "value")));
        case dlg::ValueType::String:
            return dlg::Value(asString(value, path(where, "value")));
        }
    }
    bad(path(where, "type"), "unknown type '" + type + "'");
}

} // namespace

std::string readableTime(const std::string& iso) {
    if (iso.size() < 16) {
        return iso;
    }
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

const char* facingName(Facing facing) {
    switch (facing) {
    case Facing::Down:
        return "down";
    case Facing::Left:
        return "left";
    case Facing::Right:
        return "right";
    case Facing::Up:
        return "up";
    }
    return "down";
}

std::string saveChecksum(std::string_view canonicalJson) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : canonicalJson) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(hash));
    return digits;
}

std::string utcTimestamp(std::time_t time) {
    std::tm parts{};
    if (::gmtime_r(&time, &parts) == nullptr) {
        return "1970-01-01T00:00:00Z";
    }
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

std::string compactTimestamp(std::string iso) {
    iso.erase(std::remove_if(iso.begin(), iso.end(), [](char c) { return c == '-' || c == ':'; }),
              iso.end());
    std::replace(iso.begin(), iso.end(), 'T', '-');
    if (!iso.empty() && iso.back() == 'Z') {
        iso.pop_back();
    }
    return iso;
}

bool operator==(const SaveGame& a, const SaveGame& b) {
    const auto sameResults = [](const auto& x, const auto& y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (x[i].encounter != y[i].encounter || x[i].outcome != y[i].outcome ||
                x[i].choices != y[i].choices || x[i].offered != y[i].offered) {
                return false;
            }
        }
        return true;
    };
    return a.formatVersion == b.formatVersion && a.gameVersion == b.gameVersion &&
           a.levelId == b.levelId && a.levelFile == b.levelFile && a.dialogue == b.dialogue &&
           a.lineText == b.lineText && a.scores == b.scores &&
           sameResults(a.encounters, b.encounters) && a.currentEncounter == b.currentEncounter &&
           a.playerXPixels == b.playerXPixels && a.playerYPixels == b.playerYPixels &&
           a.playerFacing == b.playerFacing && a.registration == b.registration &&
           a.startedAt == b.startedAt && a.playSeconds == b.playSeconds &&
           a.timestamp == b.timestamp && a.slot == b.slot;
}

std::string SaveGame::toJson() const {
    json object = detail::saveToJson(*this);
    try {
        const std::string canonical = object.dump();
        object["checksum"] = saveChecksum(canonical);
        return object.dump(2) + "\n";
    } catch (const json::exception& error) {
        throw engine::Error("", 0, std::string("cannot encode the save: ") + error.what());
    }
}

namespace detail {

json saveToJson(const SaveGame& save) {
    if (!std::isfinite(save.playerXPixels) || !std::isfinite(save.playerYPixels)) {
        throw engine::Error("", 0, "cannot encode the save: the player's position is not finite");
    }
    json dialogue = json::object();
    dialogue["nodeId"] = save.dialogue.nodeId;
    dialogue["lineId"] = save.dialogue.lineId;
    dialogue["lineText"] = save.lineText;
    dialogue["state"] = dlg::runnerStateName(save.dialogue.state);
    dialogue["outcome"] = save.dialogue.outcome;
    json variables = json::object();
    for (const auto& [name, value] : save.dialogue.variables) {
        variables[name] = valueToJson(value);
    }
    dialogue["variables"] = std::move(variables);
    json visits = json::object();
    for (const auto& [node, count] : save.dialogue.visits) {
        visits[node] = count;
    }
    dialogue["visits"] = std::move(visits);
    dialogue["onceTaken"] = save.dialogue.onceTaken;

    json encounters = json::array();
    for (const auto& result : save.encounters) {
        encounters.push_back({{"id", result.encounter},
                              {"outcome", result.outcome},
                              {"choices", result.choices},
                              {"offered", result.offered}});
    }
    json scores = json::object();
    for (const auto& [dimension, total] : save.scores) {
        scores[dimension] = total;
    }

    json object = json::object();
    object["formatVersion"] = save.formatVersion;
    object["gameVersion"] = save.gameVersion;
    object["level"] = {{"id", save.levelId}, {"file", save.levelFile}};
    object["dialogue"] = std::move(dialogue);
    object["scores"] = std::move(scores);
    object["encounters"] = std::move(encounters);
    object["currentEncounter"] = save.currentEncounter;
    object["player"] = {{"xPixels", save.playerXPixels},
                        {"yPixels", save.playerYPixels},
                        {"facing", facingName(save.playerFacing)}};
    object["play"] = {{"registration", save.registration},
                      {"startedAt", save.startedAt},
                      {"seconds", save.playSeconds}};
    object["timestamp"] = save.timestamp;
    object["slot"] = save.slot;
    return object;
}

SaveGame saveFromJson(const json& object) {
    if (!object.is_object()) {
        bad("save", "expected an object");
    }
    SaveGame save;
    save.formatVersion = asInt(member(object, "formatVersion", ""), "formatVersion");
    save.gameVersion = stringMember(object, "gameVersion", "");
    const json& level = objectMember(object, "level", "");
    save.levelId = stringMember(level, "id", "level");
    save.levelFile = stringMember(level, "file", "level");

    const json& dialogue = objectMember(object, "dialogue", "");
    save.dialogue.nodeId = stringMember(dialogue, "nodeId", "dialogue");
    save.dialogue.lineId = stringMember(dialogue, "lineId", "dialogue");
    save.lineText = stringMember(dialogue, "lineText", "dialogue");
    const std::string state = stringMember(dialogue, "state", "dialogue");
    bool knownState = false;
    for (const dlg::RunnerState candidate : kStates) {
        if (state == dlg::runnerStateName(candidate)) {
            save.dialogue.state = candidate;
            knownState = true;
        }
    }
    if (!knownState) {
        bad("dialogue.state", "unknown state '" + state + "'");
    }
    save.dialogue.outcome = stringMember(dialogue, "outcome", "dialogue");
    for (const auto& [name, value] : objectMember(dialogue, "variables", "dialogue").items()) {
        save.dialogue.variables.emplace(name, valueFromJson(value, "dialogue.variables." + name));
    }
    for (const auto& [node, count] : objectMember(dialogue, "visits", "dialogue").items()) {
        const int visits = asInt(count, "dialogue.visits." + node);
        if (visits < 0) {
            bad("dialogue.visits." + node, "negative count");
        }
        save.dialogue.visits.emplace(node, visits);
    }
    save.dialogue.onceTaken = stringArray(dialogue, "onceTaken", "dialogue");

    for (const auto& [dimension, total] : objectMember(object, "scores", "").items()) {
        save.scores.emplace(dimension, asInt(total, "scores." + dimension));
    }
    const json& encounters = arrayMember(object, "encounters", "");
    for (std::size_t i = 0; i < encounters.size(); ++i) {
        const std::string where = "encounters[" + std::to_string(i) + "]";
        if (!encounters[i].is_object()) {
            bad(where, "expected an object");
        }
        LevelSession::EncounterResult result;
        result.encounter = stringMember(encounters[i], "id", where);
        result.outcome = stringMember(encounters[i], "outcome", where);
        result.choices = stringArray(encounters[i], "choices", where);
        // Optional: saves written before the alternatives were recorded do not have it.
        if (encounters[i].contains("offered")) {
            const json& offered = arrayMember(encounters[i], "offered", where);
            for (std::size_t k = 0; k < offered.size(); ++k) {
                result.offered.push_back(
                    asStrings(offered[k], path(where, "offered") + "[" + std::to_string(k) + "]"));
            }
        }
        save.encounters.push_back(std::move(result));
    }
    save.currentEncounter = stringMember(object, "currentEncounter", "");

    const json& player = objectMember(object, "player", "");
    save.playerXPixels = doubleMember(player, "xPixels", "player");
    save.playerYPixels = doubleMember(player, "yPixels", "player");
    const std::string facing = stringMember(player, "facing", "player");
    bool knownFacing = false;
    for (const Facing candidate : kFacings) {
        if (facing == facingName(candidate)) {
            save.playerFacing = candidate;
            knownFacing = true;
        }
    }
    if (!knownFacing) {
        bad("player.facing", "unknown facing '" + facing + "'");
    }
    if (object.contains("play")) {
        const json& play = objectMember(object, "play", "");
        save.registration = stringMember(play, "registration", "play");
        save.startedAt = stringMember(play, "startedAt", "play");
        save.playSeconds = doubleMember(play, "seconds", "play");
        if (!std::isfinite(save.playSeconds) || save.playSeconds < 0.0) {
            bad("play.seconds", "not a duration");
        }
    }
    save.timestamp = stringMember(object, "timestamp", "");
    save.slot = stringMember(object, "slot", "");
    return save;
}

} // namespace detail

} // namespace respect::game
