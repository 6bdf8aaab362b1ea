#include <game/level/Level.hpp>

namespace respect::game {

const char* triggerName(Trigger trigger) {
    switch (trigger) {
    case Trigger::Talk:
        return "talk";
    case Trigger::Zone:
        return "zone";
    case Trigger::After:
        return "after";
    case Trigger::Start:
        return "start";
    }
    return "talk";
}

const Character* Level::findCharacter(std::string_view wanted) const {
    for (const auto& character : cast) {
        if (character.id == wanted) {
            return &character;
        }
    }
    return nullptr;
}

const Encounter* Level::findEncounter(std::string_view wanted) const {
    for (const auto& encounter : encounters) {
        if (encounter.id == wanted) {
            return &encounter;
        }
    }
    return nullptr;
}

const Encounter* Level::encounterOfNode(std::string_view nodeId) const {
    const auto slash = nodeId.find('/');
    return slash == std::string_view::npos ? nullptr : findEncounter(nodeId.substr(0, slash));
}

std::string_view Level::speakerName(std::string_view wanted) const {
    if (const Character* character = findCharacter(wanted)) {
        return character->name;
    }
    return wanted;
}

} // namespace respect::game
