#include <engine/core/Error.hpp>
#include <engine/core/Utf8.hpp>
#include <engine/dialogue/GraphAnalysis.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>
#include <engine/render/ImageHeader.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/level/LevelChecker.hpp>
#include <game/level/LevelLimits.hpp>
#include <game/world/OfficeWorld.hpp>

#include <algorithm>

namespace respect::game {
namespace {

namespace dlg = engine::dialogue;

class Checker {
public:
    Checker(const Level& level, const DiversityCode& code, const engine::io::ContentRoot* data,
            engine::DiagnosticList& diagnostics, std::optional<engine::tiled::Map>* keptMap)
        : level_(level), code_(code), data_(data), diagnostics_(diagnostics), keptMap_(keptMap) {
        for (const auto& variable : level.variables) {
            environment_.declare(variable.name, variable.initial.type());
        }
    }

    void run() {
        checkLimits();
        checkMeta();
        checkCast();
        for (const auto& encounter : level_.encounters) {
            checkEncounter(encounter);
        }
        checkStory();
        if (level_.debriefQuestions.empty()) {
            warning(level_.line, "the level has no <debrief> questions for reflection");
        }
    }

private:
    void error(int line, const std::string& message) {
        diagnostics_.error(level_.file, line, message);
    }
    void warning(int line, const std::string& message) {
        diagnostics_.warning(level_.file, line, message);
    }

    void checkFile(int line, const std::string& folder, const std::string& path,
                   const std::string& what) {
        if (data_ == nullptr || path.empty()) {
            return;
        }
        try {
            data_->resolve(folder + "/" + path);
        } catch (const engine::Error& problem) {
            error(line, what + " '" + path + "': " + problem.diagnostic().message + " in " +
                            folder + "/");
        }
    }

    // An image must be a PNG whose header declares a size the game will decode.
    void checkImage(int line, const std::string& path, const std::string& what) {
        if (data_ == nullptr || path.empty() || !data_->contains("assets/" + path)) {
            checkFile(line, "assets", path, what);
            return;
        }
        try {
            engine::checkPngHeader(data_->read("assets/" + path, engine::kMaxImageFileBytes), path);
        } catch (const engine::Error& problem) {
            error(line, what + " '" + path + "': " + problem.diagnostic().message);
        }
    }

    void checkDimension(int line, const std::string& id) {
        if (code_.findDimension(id) == nullptr) {
            error(line,
                  "unknown dimension '" + id + "'; expected one of: " + code_.dimensionList());
        }
    }

    void checkMeta() {
        checkFile(level_.line, "levels", level_.map, "map");
        checkMap();
        for (const auto& [id, line] : level_.dimensions) {
            checkDimension(line, id);
        }
    }

    // The map must hold the level: a player start, a spawn point per cast member, and the
    // zones that zone-triggered encounters name.
    void checkMap() {
        if (data_ == nullptr || level_.map.empty() || !data_->contains("levels/" + level_.map)) {
            return;
        }
        engine::tiled::Map map;
        try {
            map = engine::tiled::loadMap(*data_, "levels/" + level_.map);
        } catch (const engine::Error& problem) {
            diagnostics_.add(problem.diagnostic());
            return;
        }
        const int errorsBefore = diagnostics_.errorCount();
        if (map.findObject("player-start") == nullptr) {
            error(level_.line, "map '" + level_.map + "' has no object named 'player-start'");
        }
        for (const auto& character : level_.cast) {
            if (map.findObject(character.id) == nullptr) {
                error(character.line, "character '" + character.id +
                                          "' has no spawn point: add "
                                          "an object named '" +
                                          character.id + "' to map '" + level_.map + "'");
            }
        }
        if (diagnostics_.errorCount() == errorsBefore) {
            // Walls and furniture become physics bodies: a shape Box2D cannot take is an
            // error here rather than when the scenario opens.
            try {
                OfficeWorld world(map, level_);
            } catch (const engine::Error& problem) {
                diagnostics_.add(problem.diagnostic());
            }
        }
        const engine::tiled::ObjectLayer* zones = map.findObjectLayer("zones");
        for (const auto& encounter : level_.encounters) {
            if (encounter.trigger != Trigger::Zone || encounter.zone.empty()) {
                continue;
            }
            const bool found = zones != nullptr &&
                               std::any_of(zones->objects.begin(), zones->objects.end(),
                                           [&](const auto& o) { return o.name == encounter.zone; });
            if (!found) {
                error(encounter.line, "encounter '" + encounter.id + "' is triggered by zone '" +
                                          encounter.zone +
                                          "', which is not in the 'zones' layer "
                                          "of map '" +
                                          level_.map + "'");
            }
        }
        if (keptMap_ != nullptr) {
            *keptMap_ = std::move(map);
        }
    }

    void checkCast() {
        for (const auto& character : level_.cast) {
            checkImage(character.line, character.sprite, "sprite");
            checkImage(character.line, character.portrait, "portrait");
        }
    }

    // What one level may hold (LevelLimits); each excess is reported where it is.
    void checkLimits() {
        const LevelLimits limits;
        const auto count = [&](int line, std::size_t found, std::size_t limit,
                               const std::string& what) {
            if (found > limit) {
                error(line, "the level has " + std::to_string(found) + " " + what +
                                "; the limit is " + std::to_string(limit));
            }
        };
        count(level_.line, level_.encounters.size(), limits.maxEncounters, "encounters");
        count(level_.line, level_.graph.nodes().size(), limits.maxNodes, "nodes");
        count(level_.line, level_.cast.size(), limits.maxCast, "characters in <cast>");
        count(level_.line, level_.variables.size(), limits.maxVariables, "variables");
        // `what` names the text; it is called only for a text over the limit.
        const auto text = [&](int line, const std::string& value, std::size_t limit,
                              const auto& what) {
            const std::size_t characters = engine::codePointCount(value);
            if (characters > limit) {
                error(line, std::string(what()) + " is " + std::to_string(characters) +
                                " characters long; the limit is " + std::to_string(limit));
            }
        };
        text(level_.line, level_.title, limits.maxTitleCharacters, [] { return "the title"; });
        text(level_.line, level_.summary, limits.maxTextCharacters, [] { return "the summary"; });
        for (const auto& encounter : level_.encounters) {
            text(encounter.line, encounter.title, limits.maxTitleCharacters,
                 [&] { return "the title of encounter '" + encounter.id + "'"; });
            text(encounter.line, encounter.note, limits.maxTextCharacters,
                 [&] { return "the note of encounter '" + encounter.id + "'"; });
        }
        for (const auto& node : level_.graph.nodes()) {
            if (node.choices.size() > limits.maxChoicesPerNode) {
                const Encounter* encounter = level_.encounterOfNode(node.id);
                const std::string where = encounter != nullptr
                                              ? "encounter '" + encounter->id + "': node '" +
                                                    local(node.id, encounter->id + "/") + "'"
                                              : "node '" + node.id + "'";
                error(node.sourceLine, where + " offers " + std::to_string(node.choices.size()) +
                                           " choices; the limit is " +
                                           std::to_string(limits.maxChoicesPerNode));
            }
            for (const auto& spoken : node.lines) {
                text(spoken.sourceLine, spoken.text, limits.maxTextCharacters,
                     [] { return "this <say>"; });
            }
            for (const auto& choice : node.choices) {
                text(choice.sourceLine, choice.text, limits.maxTextCharacters,
                     [] { return "this <choice>"; });
                const auto info = level_.choices.find(choice.id);
                if (info != level_.choices.end() && info->second.feedback) {
                    const Feedback& feedback = *info->second.feedback;
                    text(feedback.line, feedback.text, limits.maxTextCharacters,
                         [] { return "this <feedback>"; });
                }
            }
        }
        for (const auto& question : level_.debriefQuestions) {
            text(level_.line, question, limits.maxTextCharacters,
                 [] { return "a debrief <question>"; });
        }
    }

    void checkSpeaker(int line, const std::string& who) {
        if (who != kNarrator && level_.findCharacter(who) == nullptr) {
            error(line, "unknown character '" + who + "'; add it to <cast> or use 'narrator'");
        }
    }

    void checkEncounter(const Encounter& encounter) {
        const int line = encounter.line;
        if (!encounter.with.empty()) {
            checkSpeaker(line, encounter.with);
        }
        switch (encounter.trigger) {
        case Trigger::Talk:
            if (encounter.with.empty()) {
                error(line, "encounter '" + encounter.id +
                                "' is triggered by talking: it needs 'with' naming a character");
            }
            break;
        case Trigger::Zone:
            if (encounter.zone.empty()) {
                error(line, "encounter '" + encounter.id +
                                "' is triggered by a zone: it needs 'zone' naming a map object");
            }
            break;
        case Trigger::After:
            if (encounter.after.empty()) {
                error(line, "encounter '" + encounter.id +
                                "' is triggered after another: it needs 'after' naming it");
            } else if (encounter.after == encounter.id) {
                error(line, "encounter '" + encounter.id + "' cannot follow itself");
            } else if (level_.findEncounter(encounter.after) == nullptr) {
                error(line, "encounter '" + encounter.id + "' follows unknown encounter '" +
                                encounter.after + "'");
            }
            break;
        case Trigger::Start:
            break;
        }
        if (encounter.condition) {
            const auto result = encounter.condition->typeCheck(environment_, dlg::ValueType::Bool);
            for (const auto& problem : result.errors) {
                error(line, "when=\"" + encounter.condition->source() + "\": " + problem);
            }
            for (const auto& reference : encounter.condition->visitedReferences()) {
                if (level_.graph.findNode(reference) == nullptr) {
                    error(line, "when=\"" + encounter.condition->source() + "\": no node '" +
                                    reference +
                                    "' (outside an encounter, write \"encounter/node\")");
                }
            }
        }
        // An encounter's nodes sit one after another in the graph: look up the first only.
        std::size_t next = encounter.nodes.empty() ? dlg::DialogueGraph::npos
                                                   : level_.graph.indexOf(encounter.nodes.front());
        for (const auto& nodeId : encounter.nodes) {
            if (next >= level_.graph.size() || level_.graph.node(next).id != nodeId) {
                next = level_.graph.indexOf(nodeId);
            }
            if (next == dlg::DialogueGraph::npos) {
                continue; // not in the graph: the loader has reported it
            }
            const dlg::Node* node = &level_.graph.node(next);
            ++next;
            for (const auto& spoken : node->lines) {
                checkSpeaker(spoken.sourceLine, spoken.speaker);
            }
            for (const auto& choice : node->choices) {
                checkChoice(choice);
            }
        }
    }

    void checkChoice(const dlg::Choice& choice) {
        const auto found = level_.choices.find(choice.id);
        if (found == level_.choices.end()) {
            return;
        }
        for (const auto& score : found->second.scores) {
            checkDimension(score.line, score.dimension);
        }
        if (const auto& feedback = found->second.feedback) {
            if (!feedback->rule.empty() && code_.findRule(feedback->rule) == nullptr) {
                error(feedback->line, "unknown rule '" + feedback->rule +
                                          "' of the Diversity Code (levels/diversity-code.xml)");
            }
        }
    }

    // Node ids carry the encounter ("counter/start"); authors wrote only "start".
    static std::string local(const std::string& message, const std::string& encounterPrefix) {
        std::string out = message;
        for (std::size_t at = out.find(encounterPrefix); at != std::string::npos;
             at = out.find(encounterPrefix, at)) {
            out.erase(at, encounterPrefix.size());
        }
        return out;
    }

    void checkStory() {
        std::vector<std::string> entries;
        for (const auto& encounter : level_.encounters) {
            if (!encounter.startNode.empty()) {
                entries.push_back(encounter.startNode);
            }
        }
        auto issues = dlg::analyze(level_.graph, entries);
        const auto typed = dlg::checkExpressions(level_.graph, environment_);
        issues.insert(issues.end(), typed.begin(), typed.end());
        for (const auto& issue : issues) {
            const Encounter* encounter = level_.encounterOfNode(issue.nodeId);
            auto diagnostic = issue.toDiagnostic(level_.file);
            if (encounter != nullptr) {
                diagnostic.message = "encounter '" + encounter->id +
                                     "': " + local(diagnostic.message, encounter->id + "/");
            }
            diagnostics_.add(diagnostic);
        }
    }

    const Level& level_;
    const DiversityCode& code_;
    const engine::io::ContentRoot* data_;
    engine::DiagnosticList& diagnostics_;
    std::optional<engine::tiled::Map>* keptMap_; ///< where the loaded map goes, or nullptr
    dlg::TypeEnvironment environment_;
};

} // namespace

void checkLevel(const Level& level, const DiversityCode& code, const engine::io::ContentRoot* data,
                engine::DiagnosticList& diagnostics, std::optional<engine::tiled::Map>* map) {
    Checker(level, code, data, diagnostics, map).run();
}

} // namespace respect::game
