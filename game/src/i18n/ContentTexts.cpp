#include <engine/dialogue/DialogueGraphBuilder.hpp>
#include <game/i18n/ContentTexts.hpp>

namespace respect::game {

namespace i18n = engine::i18n;
namespace dlg = engine::dialogue;

namespace {

/// `text` in double quotes for a note, unless it is already quoted speech.
std::string quoted(const std::string& text) {
    if (!text.empty() && text.front() == '"') {
        return text;
    }
    return "\"" + text + "\"";
}

i18n::SourceText unit(std::string id, std::string text, std::string note) {
    i18n::SourceText source;
    source.id = std::move(id);
    source.forms = {std::move(text)};
    source.notes = {{i18n::kDeveloperNote, std::move(note)}};
    return source;
}

std::string speakerWords(const Level& level, const std::string& speaker) {
    if (speaker == kNarrator) {
        return "Narration (second person, describing the scene)";
    }
    const Character* character = level.findCharacter(speaker);
    if (character == nullptr) {
        return "Said by " + speaker;
    }
    return "Said by " + character->name + " (" + character->role + ")";
}

std::string ruleWords(const DiversityCode& code, const std::string& ruleId) {
    const Rule* rule = code.findRule(ruleId);
    return rule == nullptr ? ruleId : "\"" + rule->title + "\" (" + ruleId + ")";
}

} // namespace

std::string levelCatalogPattern(const std::string& levelId) {
    return "locales/{lang}/" + levelId + ".xlf";
}

std::vector<i18n::SourceText> levelSourceTexts(const Level& level, const DiversityCode& code) {
    std::vector<i18n::SourceText> units;
    const auto add = [&](std::string id, const std::string& text, std::string note) {
        if (!text.empty()) {
            units.push_back(unit(std::move(id), text, std::move(note)));
        }
    };
    add("title", level.title, "The scenario's title, on the scenario list and the debrief");
    add("summary", level.summary, "The scenario's summary on the scenario list");
    for (const auto& character : level.cast) {
        add("character:" + character.id, character.name,
            "The name of a " + character.role +
                ", shown above their lines; keep titles such as Mr/Ms in the target "
                "language's formal usage");
    }
    for (const auto& encounter : level.encounters) {
        const std::string where = "Encounter '" + encounter.id + "'";
        add("encounter:" + encounter.id + ":title", encounter.title,
            where + ": its title, in the debrief");
        add("encounter:" + encounter.id + ":note", encounter.note,
            where + ": the facilitator's note (what to discuss, sensitive points)");
        for (const auto& nodeId : encounter.nodes) {
            const dlg::Node* node = level.graph.findNode(nodeId);
            if (node == nullptr) {
                continue;
            }
            add(nodeId + ":note", node->note, where + ": a note for the facilitator");
            for (const auto& line : node->lines) {
                add(line.id, line.text, where + ". " + speakerWords(level, line.speaker));
            }
            for (const auto& choice : node->choices) {
                add(choice.id, choice.text,
                    where + ": a choice the player can make (the player's own words or action)");
                if (choice.unavailableReason) {
                    add(choice.id + ":unavailable", *choice.unavailableReason,
                        where + ": why the choice " + quoted(choice.text) + " cannot be made now");
                }
                const auto info = level.choices.find(choice.id);
                if (info != level.choices.end() && info->second.feedback) {
                    add(choice.id + ":feedback", info->second.feedback->text,
                        where + ": feedback after the choice " + quoted(choice.text) +
                            ", explaining the rule " +
                            ruleWords(code, info->second.feedback->rule));
                }
            }
        }
    }
    for (std::size_t i = 0; i < level.debriefQuestions.size(); ++i) {
        add("question:" + std::to_string(i + 1), level.debriefQuestions[i],
            "A question for group discussion in the debrief");
    }
    return units;
}

std::vector<i18n::SourceText> codeSourceTexts(const DiversityCode& code) {
    std::vector<i18n::SourceText> units;
    units.push_back(unit("title", code.title(), "The name of the office's code of conduct"));
    for (const auto& dimension : code.dimensions()) {
        units.push_back(unit("dimension:" + dimension.id, dimension.name,
                             "A dimension of diversity, on score bars and in feedback"));
    }
    for (const auto& rule : code.rules()) {
        units.push_back(unit("rule:" + rule.id + ":title", rule.title,
                             "The title of a rule of the code, quoted in feedback cards"));
        units.push_back(unit("rule:" + rule.id + ":text", rule.text,
                             "The full text of the rule \"" + rule.title + "\""));
    }
    return units;
}

Level translateLevel(const Level& level, const i18n::Translator& translator) {
    const auto tr = [&](const std::string& id, const std::string& source) {
        return source.empty() ? source : translator.translate(id, source);
    };
    Level copy = level;
    copy.title = tr("title", level.title);
    copy.summary = tr("summary", level.summary);
    for (auto& character : copy.cast) {
        character.name = tr("character:" + character.id, character.name);
    }
    for (auto& encounter : copy.encounters) {
        encounter.title = tr("encounter:" + encounter.id + ":title", encounter.title);
        encounter.note = tr("encounter:" + encounter.id + ":note", encounter.note);
    }
    for (std::size_t i = 0; i < copy.debriefQuestions.size(); ++i) {
        copy.debriefQuestions[i] =
            tr("question:" + std::to_string(i + 1), level.debriefQuestions[i]);
    }
    for (auto& [choiceId, info] : copy.choices) {
        if (info.feedback) {
            info.feedback->text = tr(choiceId + ":feedback", info.feedback->text);
        }
    }
    // The graph is immutable: build it again from translated nodes. Ids and structure are
    // unchanged, so saves, snapshots and visit counts carry over between languages.
    dlg::DialogueGraphBuilder builder;
    for (dlg::Node node : level.graph.nodes()) {
        node.note = tr(node.id + ":note", node.note);
        for (auto& line : node.lines) {
            line.text = tr(line.id, line.text);
        }
        for (auto& choice : node.choices) {
            if (choice.unavailableReason) {
                choice.unavailableReason =
                    tr(choice.id + ":unavailable", *choice.unavailableReason);
            }
            choice.text = tr(choice.id, choice.text);
        }
        builder.addNode(std::move(node));
    }
    copy.graph = builder.build();
    return copy;
}

void localizeContent(const engine::io::ContentRoot& content, const std::string& language,
                     Level& level, DiversityCode& code) {
    if (language.empty() || language == level.lang) {
        return;
    }
    level = translateLevel(
        level, i18n::Translator::load(content, levelCatalogPattern(level.id), language));
    code = translateCode(code, i18n::Translator::load(content, kCodeCatalogPattern, language));
}

DiversityCode translateCode(const DiversityCode& code, const i18n::Translator& translator) {
    return code.translated([&](const std::string& id, const std::string& source) {
        return source.empty() ? source : translator.translate(id, source);
    });
}

} // namespace respect::game
