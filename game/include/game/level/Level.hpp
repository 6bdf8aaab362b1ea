#pragma once
// A scenario as loaded from its XML file: metadata, cast, variables, encounters, and one
// dialogue graph holding every encounter's nodes (ids "encounter/node"). What the engine
// does not know about (scores, feedback) is kept here by choice id.

#include <engine/dialogue/DialogueGraph.hpp>
#include <engine/dialogue/Expression.hpp>
#include <engine/dialogue/Value.hpp>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace respect::game {

struct Character {
    std::string id;
    std::string name;
    std::string role;     ///< colleague or customer
    std::string sprite;   ///< under assets/, may be empty
    std::string portrait; ///< under assets/, may be empty
    int line = 0;
};

struct VariableDeclaration {
    std::string name;
    engine::dialogue::Value initial;
    int line = 0;
};

struct ScoreChange {
    std::string dimension;
    int delta = 0;
    int line = 0;
};

struct Feedback {
    std::string rule;
    std::string text;
    int line = 0;
};

/// The game's side of a choice: what it scores and how it is explained.
struct ChoiceInfo {
    std::vector<ScoreChange> scores;
    std::optional<Feedback> feedback;
};

enum class Trigger { Talk, Zone, After, Start };
const char* triggerName(Trigger trigger);

struct Encounter {
    std::string id;
    std::string title;
    std::string with; ///< character id; may be empty for zone/start triggers
    Trigger trigger = Trigger::Talk;
    std::string zone;  ///< Trigger::Zone: a map object name
    std::string after; ///< Trigger::After: an encounter id
    std::optional<engine::dialogue::Expression> condition;
    bool once = true;
    std::string note; ///< for the facilitator
    std::vector<std::string> tags;
    std::string startNode;          ///< qualified id of the first node
    std::vector<std::string> nodes; ///< qualified ids, document order
    int line = 0;
};

struct Level {
    std::string file; ///< as the user named it, for diagnostics
    std::string id;
    int version = 1;
    std::string map; ///< under levels/, may be empty
    int minutes = 0;
    std::string lang = "en";
    std::string title;
    std::string summary;
    std::vector<std::pair<std::string, int>> dimensions; ///< meta refs with their lines
    std::vector<Character> cast;
    std::vector<VariableDeclaration> variables;
    std::vector<Encounter> encounters;
    std::vector<std::string> debriefQuestions;
    engine::dialogue::DialogueGraph graph;
    /// By choice id; hashed (levels have tens of thousands), so walk the graph's choices
    /// for document order.
    std::unordered_map<std::string, ChoiceInfo> choices;
    int line = 0;

    const Character* findCharacter(std::string_view id) const;
    const Encounter* findEncounter(std::string_view id) const;
    /// The encounter a qualified node id belongs to.
    const Encounter* encounterOfNode(std::string_view nodeId) const;
    /// The display name of a speaker id, or the id itself when the cast does not name it
    /// ("narrator"). A view into the level, or into `id`.
    std::string_view speakerName(std::string_view id) const;
};

/// The speaker id for narration; it needs no cast entry.
constexpr const char* kNarrator = "narrator";

} // namespace respect::game
