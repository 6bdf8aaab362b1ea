#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/DialogueGraphBuilder.hpp>
#include <engine/dialogue/ExpressionError.hpp>
#include <engine/dialogue/VariableStore.hpp>
#include <engine/xml/StrictNumbers.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/LevelLoader.hpp>

#include <algorithm>
#include <bitset>
#include <set>
#include <unordered_set>

namespace respect::game {
namespace {

namespace dlg = engine::dialogue;
using engine::xml::Element;

constexpr std::int64_t kMaxScoreDelta = 10;

// Parsing state for one file.
class Reader {
public:
    Reader(const std::string& file, engine::DiagnosticList& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    void error(int line, const std::string& message) { diagnostics_.error(file_, line, message); }

    std::optional<dlg::Expression> expression(const Element& element, std::string_view attribute) {
        const auto text = element.attribute(attribute);
        if (!text) {
            return std::nullopt;
        }
        try {
            return dlg::Expression::parse(*text);
        } catch (const dlg::ExpressionError& problem) {
            error(element.line(), std::string(attribute) + "=\"" + *text + "\": " + problem.what());
            return std::nullopt;
        }
    }

    /// False when an encounter already took this id (a set: levels have thousands).
    bool claimEncounterId(const std::string& id) { return encounterIds_.insert(id).second; }

    std::string id(const Element& element, const std::string& what) {
        const auto value = element.requiredAttribute("id", diagnostics_);
        if (value && !isValidId(*value)) {
            error(element.line(), "malformed " + what + " id '" + *value +
                                      "' (use lowercase letters, digits, '-' and '_')");
        }
        return value.value_or("");
    }

    std::vector<std::string> tags(const Element& element) {
        std::vector<std::string> out;
        const auto text = element.attribute("tags");
        if (!text) {
            return out;
        }
        // Words separated by XML whitespace (a stream would build a locale per element).
        const std::string_view all(*text);
        std::size_t i = 0;
        while (i < all.size()) {
            const std::size_t begin = all.find_first_not_of(" \t\r\n", i);
            if (begin == std::string_view::npos) {
                break;
            }
            const std::size_t end = std::min(all.find_first_of(" \t\r\n", begin), all.size());
            out.emplace_back(all.substr(begin, end - begin));
            i = end;
        }
        return out;
    }

    std::optional<dlg::Effect> effect(const Element& element) {
        element.checkAttributes({"var", "value", "add", "subtract"}, diagnostics_);
        element.checkChildren({}, diagnostics_);
        dlg::Effect effect;
        effect.sourceLine = element.line();
        effect.variable = element.requiredAttribute("var", diagnostics_).value_or("");
        int given = 0;
        for (const auto& [name, op] :
             {std::pair{"value", dlg::Effect::Op::Set}, std::pair{"add", dlg::Effect::Op::Add},
              std::pair{"subtract", dlg::Effect::Op::Subtract}}) {
            if (element.hasAttribute(name)) {
                ++given;
                effect.op = op;
                auto value = expression(element, name);
                if (!value) {
                    return std::nullopt;
                }
                effect.value = *value;
            }
        }
        if (given != 1) {
            error(element.line(), "<set> needs exactly one of 'value', 'add' or 'subtract'");
            return std::nullopt;
        }
        return effect.variable.empty() ? std::nullopt : std::optional(effect);
    }

    bool boolean(const Element& element, std::string_view name, bool fallback) {
        return element.boolAttribute(name, diagnostics_).value_or(fallback);
    }

    engine::DiagnosticList& diagnostics() { return diagnostics_; }
    const std::string& file() const { return file_; }

private:
    const std::string& file_;
    engine::DiagnosticList& diagnostics_;
    std::unordered_set<std::string> encounterIds_;
};

void readMeta(Reader& reader, const Element& meta, Level& level) {
    meta.checkAttributes({}, reader.diagnostics());
    meta.checkChildren({"title", "summary", "dimension"}, reader.diagnostics());
    if (const auto title = meta.child("title")) {
        level.title = title->normalizedText();
    }
    if (const auto summary = meta.child("summary")) {
        level.summary = summary->normalizedText();
    }
    for (const auto& dimension : meta.children("dimension")) {
        dimension.checkAttributes({"ref"}, reader.diagnostics());
        if (const auto ref = dimension.requiredAttribute("ref", reader.diagnostics())) {
            level.dimensions.emplace_back(*ref, dimension.line());
        }
    }
    if (level.title.empty()) {
        reader.error(meta.line(), "<meta> needs a <title>");
    }
}

void readCast(Reader& reader, const Element& cast, Level& level) {
    cast.checkAttributes({}, reader.diagnostics());
    cast.checkChildren({"character"}, reader.diagnostics());
    for (const auto& element : cast.children("character")) {
        element.checkAttributes({"id", "name", "role", "sprite", "portrait"}, reader.diagnostics());
        element.checkChildren({}, reader.diagnostics());
        Character character;
        character.line = element.line();
        character.id = reader.id(element, "character");
        character.name = element.requiredAttribute("name", reader.diagnostics()).value_or("");
        character.role = element.requiredAttribute("role", reader.diagnostics()).value_or("");
        character.sprite = element.attribute("sprite").value_or("");
        character.portrait = element.attribute("portrait").value_or("");
        if (!character.role.empty() && character.role != "colleague" &&
            character.role != "customer") {
            reader.error(element.line(), "role '" + character.role + "' of character '" +
                                             character.id + "' must be 'colleague' or 'customer'");
        }
        if (character.id == kNarrator) {
            reader.error(element.line(), "'narrator' is reserved for narration; pick another id");
        } else if (level.findCharacter(character.id) != nullptr) {
            reader.error(element.line(), "duplicate character id '" + character.id + "'");
        } else if (!character.id.empty()) {
            level.cast.push_back(std::move(character));
        }
    }
}

void readVariables(Reader& reader, const Element& vars, Level& level) {
    vars.checkAttributes({}, reader.diagnostics());
    vars.checkChildren({"var"}, reader.diagnostics());
    std::set<std::string> seen;
    for (const auto& element : vars.children("var")) {
        element.checkAttributes({"name", "type", "value"}, reader.diagnostics());
        element.checkChildren({}, reader.diagnostics());
        const auto name = element.requiredAttribute("name", reader.diagnostics());
        const auto type = element.requiredAttribute("type", reader.diagnostics());
        const auto value = element.requiredAttribute("value", reader.diagnostics());
        if (!name || !type || !value) {
            continue;
        }
        if (!dlg::isValidVariableName(*name)) {
            reader.error(element.line(), "malformed variable name '" + *name + "'");
            continue;
        }
        if (!seen.insert(*name).second) {
            reader.error(element.line(), "variable '" + *name + "' is declared twice");
            continue;
        }
        VariableDeclaration declaration{*name, {}, element.line()};
        if (*type == "bool") {
            if (*value != "true" && *value != "false") {
                reader.error(element.line(), "variable '" + *name +
                                                 "' is a bool: its value must be true or false, "
                                                 "not '" +
                                                 *value + "'");
                continue;
            }
            declaration.initial = dlg::Value(*value == "true");
        } else if (*type == "int") {
            std::int64_t number = 0;
            if (!engine::xml::parseStrictInt(*value, number)) {
                reader.error(element.line(), "variable '" + *name +
                                                 "' is an int: its value must be a whole number, "
                                                 "not '" +
                                                 *value + "'");
                continue;
            }
            declaration.initial = dlg::Value(number);
        } else if (*type == "string") {
            declaration.initial = dlg::Value(*value);
        } else {
            reader.error(element.line(), "unknown type '" + *type + "' for variable '" + *name +
                                             "'; expected bool, int or string");
            continue;
        }
        level.variables.push_back(std::move(declaration));
    }
}

std::optional<dlg::Choice> readChoice(Reader& reader, const Element& element,
                                      const std::string& encounterId, const std::string& nodeId,
                                      std::size_t position, ChoiceInfo& info) {
    element.checkAttributes({"goto", "when", "once", "fallback", "unavailable", "id", "tags"},
                            reader.diagnostics());
    element.checkChildren({"text", "score", "set", "feedback"}, reader.diagnostics());
    dlg::Choice choice;
    choice.sourceLine = element.line();
    const auto explicitId = element.attribute("id");
    if (explicitId && !isValidId(*explicitId)) {
        reader.error(element.line(), "malformed choice id '" + *explicitId + "'");
    }
    choice.id = nodeId + "#" + explicitId.value_or("choice-" + std::to_string(position));
    if (const auto target = element.requiredAttribute("goto", reader.diagnostics())) {
        choice.target = encounterId + "/" + *target;
    }
    choice.condition = reader.expression(element, "when");
    choice.once = reader.boolean(element, "once", false);
    choice.fallback = reader.boolean(element, "fallback", false);
    choice.unavailableReason = element.attribute("unavailable");
    choice.tags = reader.tags(element);
    const auto text = element.child("text");
    choice.text = text ? text->normalizedText() : "";
    if (choice.text.empty()) {
        reader.error(element.line(), "<choice> needs a <text> the player can read");
    }
    for (const auto& child : element.children()) {
        if (child.name() == "score") {
            child.checkAttributes({"dimension", "delta"}, reader.diagnostics());
            const auto dimension = child.requiredAttribute("dimension", reader.diagnostics());
            const auto delta =
                child.intAttribute("delta", reader.diagnostics(), -kMaxScoreDelta, kMaxScoreDelta);
            if (!child.hasAttribute("delta")) {
                reader.error(child.line(), "<score> needs a 'delta' attribute");
            }
            if (dimension && delta) {
                info.scores.push_back({*dimension, static_cast<int>(*delta), child.line()});
            }
        } else if (child.name() == "set") {
            if (auto effect = reader.effect(child)) {
                choice.effects.push_back(std::move(*effect));
            }
        } else if (child.name() == "feedback") {
            child.checkAttributes({"rule"}, reader.diagnostics());
            child.checkChildren({}, reader.diagnostics());
            if (info.feedback) {
                reader.error(child.line(), "a choice has at most one <feedback>");
            }
            const auto rule = child.requiredAttribute("rule", reader.diagnostics());
            info.feedback = Feedback{rule.value_or(""), child.normalizedText(), child.line()};
            if (info.feedback->text.empty()) {
                reader.error(child.line(), "<feedback> needs text explaining the rule");
            }
        }
    }
    return choice;
}

std::optional<dlg::Node> readNode(Reader& reader, const Element& element, Encounter& encounter,
                                  Level& level) {
    element.checkAttributes({"id", "tags"}, reader.diagnostics());
    element.checkChildren({"note", "set", "say", "choice", "goto", "if", "else", "end"},
                          reader.diagnostics());
    dlg::Node node;
    node.sourceLine = element.line();
    const std::string localId = reader.id(element, "node");
    if (localId.empty()) {
        return std::nullopt;
    }
    node.id = encounter.id + "/" + localId;
    node.tags = reader.tags(element);
    // The kinds of exit seen, in the order their names sort (as a std::set of names would).
    enum ExitSeen : unsigned { kChoice = 1, kEnd = 2, kGoto = 4, kIf = 8 };
    unsigned exits = 0;
    bool sawExit = false;
    std::size_t lineCount = 0;
    std::size_t choiceCount = 0;
    for (const auto& child : element.children()) {
        const std::string_view name = child.name();
        const bool isExit =
            name == "choice" || name == "goto" || name == "if" || name == "else" || name == "end";
        if (!isExit && sawExit && (name == "say" || name == "set")) {
            reader.error(child.line(), "<" + std::string(name) +
                                           "> must come before the node's "
                                           "choices, goto, if/else or end");
        }
        if (isExit) {
            sawExit = true;
            exits |= name == "choice" ? kChoice
                     : name == "end"  ? kEnd
                     : name == "goto" ? kGoto
                                      : kIf;
        }
        if (name == "note") {
            child.checkAttributes({}, reader.diagnostics());
            node.note = child.normalizedText();
        } else if (name == "set") {
            if (auto effect = reader.effect(child)) {
                node.onEnter.push_back(std::move(*effect));
            }
        } else if (name == "say") {
            child.checkAttributes({"who", "when", "id"}, reader.diagnostics());
            child.checkChildren({}, reader.diagnostics());
            dlg::Line line;
            line.sourceLine = child.line();
            ++lineCount;
            const auto explicitId = child.attribute("id");
            if (explicitId && !isValidId(*explicitId)) {
                reader.error(child.line(), "malformed line id '" + *explicitId + "'");
            }
            line.id = node.id + "#" + explicitId.value_or("line-" + std::to_string(lineCount));
            line.speaker = child.requiredAttribute("who", reader.diagnostics()).value_or("");
            line.condition = reader.expression(child, "when");
            line.text = child.normalizedText();
            if (line.text.empty()) {
                reader.error(child.line(), "<say> has no text");
            }
            node.lines.push_back(std::move(line));
        } else if (name == "choice") {
            ChoiceInfo info;
            if (auto choice =
                    readChoice(reader, child, encounter.id, node.id, ++choiceCount, info)) {
                level.choices[choice->id] = std::move(info);
                node.choices.push_back(std::move(*choice));
            }
        } else if (name == "goto") {
            child.checkAttributes({"node"}, reader.diagnostics());
            if (const auto target = child.requiredAttribute("node", reader.diagnostics())) {
                node.gotoTarget = encounter.id + "/" + *target;
            }
        } else if (name == "if" || name == "else") {
            if (name == "if") {
                child.checkAttributes({"when", "goto"}, reader.diagnostics());
            } else {
                child.checkAttributes({"goto"}, reader.diagnostics());
            }
            dlg::Branch branch;
            branch.sourceLine = child.line();
            if (name == "if") {
                branch.condition = reader.expression(child, "when");
                if (!child.hasAttribute("when")) {
                    reader.error(child.line(), "<if> needs a 'when' attribute");
                }
            }
            if (const auto target = child.requiredAttribute("goto", reader.diagnostics())) {
                branch.target = encounter.id + "/" + *target;
            }
            node.branches.push_back(std::move(branch));
        } else if (name == "end") {
            child.checkAttributes({"outcome"}, reader.diagnostics());
            const auto outcome = child.requiredAttribute("outcome", reader.diagnostics());
            if (outcome && *outcome != "respectful" && *outcome != "awkward" &&
                *outcome != "hurtful" && *outcome != "neutral") {
                reader.error(child.line(), "unknown outcome '" + *outcome +
                                               "'; expected respectful, awkward, hurtful or "
                                               "neutral");
            }
            node.outcome = outcome.value_or("neutral");
        }
    }
    const std::size_t exitKinds = std::bitset<4>(exits).count();
    if (exitKinds > 1) {
        reader.error(element.line(), "node '" + localId +
                                         "' mixes different exits; use only one of: choices, "
                                         "goto, if/else, end");
    }
    if (exitKinds == 0) {
        reader.error(element.line(), "node '" + localId +
                                         "' has no way out; end it with choices, a goto, "
                                         "if/else or an end");
    }
    const unsigned first = exits & (~exits + 1u); // the first kind in name order
    node.exit = first == kChoice ? dlg::ExitKind::Choices
                : first == kGoto ? dlg::ExitKind::Goto
                : first == kIf   ? dlg::ExitKind::Branch
                                 : dlg::ExitKind::End;
    if (node.exit == dlg::ExitKind::End && node.outcome.empty()) {
        node.outcome = "neutral";
    }
    return node;
}

void readEncounter(Reader& reader, const Element& element, Level& level,
                   std::vector<dlg::Node>& nodes) {
    element.checkAttributes({"id", "with", "trigger", "zone", "after", "when", "once", "tags"},
                            reader.diagnostics());
    element.checkChildren({"title", "note", "node"}, reader.diagnostics());
    Encounter encounter;
    encounter.line = element.line();
    encounter.id = reader.id(element, "encounter");
    if (encounter.id.empty()) {
        return;
    }
    if (!reader.claimEncounterId(encounter.id)) {
        reader.error(element.line(), "duplicate encounter id '" + encounter.id + "'");
        return;
    }
    encounter.with = element.attribute("with").value_or("");
    const std::string trigger = element.attribute("trigger").value_or("talk");
    if (trigger == "talk") {
        encounter.trigger = Trigger::Talk;
    } else if (trigger == "zone") {
        encounter.trigger = Trigger::Zone;
    } else if (trigger == "after") {
        encounter.trigger = Trigger::After;
    } else if (trigger == "start") {
        encounter.trigger = Trigger::Start;
    } else {
        reader.error(element.line(),
                     "unknown trigger '" + trigger + "'; expected talk, zone, after or start");
    }
    encounter.zone = element.attribute("zone").value_or("");
    encounter.after = element.attribute("after").value_or("");
    encounter.condition = reader.expression(element, "when");
    encounter.once = reader.boolean(element, "once", true);
    encounter.tags = reader.tags(element);
    if (const auto title = element.child("title")) {
        encounter.title = title->normalizedText();
    }
    if (const auto note = element.child("note")) {
        encounter.note = note->normalizedText();
    }
    std::set<std::string> ids;
    for (const auto& child : element.children("node")) {
        auto node = readNode(reader, child, encounter, level);
        if (!node) {
            continue;
        }
        if (!ids.insert(node->id).second) {
            reader.error(child.line(), "duplicate node id '" +
                                           node->id.substr(encounter.id.size() + 1) +
                                           "' in encounter '" + encounter.id + "'");
            continue;
        }
        encounter.nodes.push_back(node->id);
        nodes.push_back(std::move(*node));
    }
    if (encounter.nodes.empty()) {
        reader.error(element.line(), "encounter '" + encounter.id + "' has no <node>");
    } else {
        encounter.startNode = encounter.nodes.front();
    }
    level.encounters.push_back(std::move(encounter));
}

} // namespace

std::optional<Level> loadLevel(const engine::xml::Document& document,
                               engine::DiagnosticList& diagnostics) {
    Level level;
    level.file = document.fileName();
    Reader reader(level.file, diagnostics);
    const Element root = document.root();
    level.line = root.line();
    if (root.name() != "level") {
        reader.error(root.line(), "expected <level> as the root element, found <" +
                                      std::string(root.name()) + ">");
        return std::nullopt;
    }
    root.checkAttributes({"id", "version", "map", "minutes", "lang"}, diagnostics);
    root.checkChildren({"meta", "cast", "vars", "encounter", "debrief"}, diagnostics);
    level.id = reader.id(root, "level");
    if (root.hasAttribute("version")) {
        if (const auto version = root.intAttribute("version", diagnostics, 1, 1000)) {
            level.version = static_cast<int>(*version);
            if (level.version != 1) {
                reader.error(root.line(), "level version " + std::to_string(level.version) +
                                              " is newer than this game reads (1)");
            }
        }
    }
    level.map = root.attribute("map").value_or("");
    level.minutes = static_cast<int>(root.intAttribute("minutes", diagnostics, 1, 600).value_or(0));
    level.lang = root.attribute("lang").value_or("en");

    const auto meta = root.child("meta");
    if (meta) {
        readMeta(reader, *meta, level);
    } else {
        reader.error(root.line(), "<level> needs a <meta> with a <title>");
    }
    if (const auto cast = root.child("cast")) {
        readCast(reader, *cast, level);
    }
    if (const auto vars = root.child("vars")) {
        readVariables(reader, *vars, level);
    }
    std::vector<dlg::Node> nodes;
    for (const auto& encounter : root.children("encounter")) {
        readEncounter(reader, encounter, level, nodes);
    }
    if (level.encounters.empty()) {
        reader.error(root.line(), "the level has no <encounter>");
    }
    if (const auto debrief = root.child("debrief")) {
        debrief->checkAttributes({}, diagnostics);
        debrief->checkChildren({"question"}, diagnostics);
        for (const auto& question : debrief->children("question")) {
            level.debriefQuestions.push_back(question.normalizedText());
        }
    }
    try {
        dlg::DialogueGraphBuilder builder;
        for (auto& node : nodes) {
            builder.addNode(std::move(node));
        }
        level.graph = builder.build();
    } catch (const dlg::DialogueError& problem) {
        reader.error(problem.sourceLine(), problem.what());
        return std::nullopt;
    }
    return level;
}

} // namespace respect::game
