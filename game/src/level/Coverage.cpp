#include <game/level/Coverage.hpp>

#include <algorithm>

namespace respect::game {

namespace dlg = engine::dialogue;

namespace {

const char* roleWord(CounterpartRole role) {
    return role == CounterpartRole::Colleague ? "colleague" : "customer";
}

bool hasRespectfulEnding(const Level& level, const Encounter& encounter) {
    return std::any_of(encounter.nodes.begin(), encounter.nodes.end(), [&](const auto& id) {
        const dlg::Node* node = level.graph.findNode(id);
        return node != nullptr && node->exit == dlg::ExitKind::End && node->outcome == "respectful";
    });
}

/// A well-meant mistake shows either as an ending other than respectful or as a choice
/// that costs points; an encounter with neither teaches nothing by contrast.
bool offersAMistake(const Level& level, const Encounter& encounter) {
    for (const auto& id : encounter.nodes) {
        const dlg::Node* node = level.graph.findNode(id);
        if (node == nullptr) {
            continue;
        }
        if (node->exit == dlg::ExitKind::End && node->outcome != "respectful") {
            return true;
        }
        for (const auto& choice : node->choices) {
            const auto info = level.choices.find(choice.id);
            if (info != level.choices.end() &&
                std::any_of(info->second.scores.begin(), info->second.scores.end(),
                            [](const auto& score) { return score.delta < 0; })) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

Coverage computeCoverage(const std::vector<const Level*>& levels, const DiversityCode& code,
                         engine::DiagnosticList& diagnostics) {
    Coverage coverage;
    for (const auto& dimension : code.dimensions()) {
        coverage.rows.push_back({dimension.id, dimension.name, {}});
    }
    for (const Level* level : levels) {
        if (level->debriefQuestions.empty()) {
            diagnostics.warning(level->file, level->line,
                                "the scenario has no debrief questions for group discussion");
        }
        for (const auto& encounter : level->encounters) {
            if (!hasRespectfulEnding(*level, encounter)) {
                diagnostics.warning(level->file, encounter.line,
                                    "encounter '" + encounter.id +
                                        "' has no respectful ending (outcome=\"respectful\")");
            }
            if (!offersAMistake(*level, encounter)) {
                diagnostics.warning(level->file, encounter.line,
                                    "encounter '" + encounter.id +
                                        "' offers no plausible mistake: every ending is "
                                        "respectful and no choice scores below zero");
            }
            if (encounter.note.empty()) {
                diagnostics.warning(level->file, encounter.line,
                                    "encounter '" + encounter.id +
                                        "' has no note for the facilitator");
            }
            const Character* with = level->findCharacter(encounter.with);
            std::vector<std::string> scored;
            for (const auto& nodeId : encounter.nodes) {
                const dlg::Node* node = level->graph.findNode(nodeId);
                if (node == nullptr) {
                    continue;
                }
                for (const auto& choice : node->choices) {
                    const auto info = level->choices.find(choice.id);
                    if (info == level->choices.end() || !info->second.feedback) {
                        diagnostics.warning(level->file, choice.sourceLine,
                                            "choice \"" + choice.text +
                                                "\" has no feedback naming a rule");
                    }
                    if (info == level->choices.end()) {
                        continue;
                    }
                    for (const auto& score : info->second.scores) {
                        if (score.delta != 0) {
                            scored.push_back(score.dimension);
                        }
                    }
                }
            }
            if (with == nullptr || (with->role != "colleague" && with->role != "customer")) {
                continue; // only encounters with a colleague or a customer fill the matrix
            }
            const auto role =
                with->role == "colleague" ? CounterpartRole::Colleague : CounterpartRole::Customer;
            for (auto& row : coverage.rows) {
                if (std::find(scored.begin(), scored.end(), row.dimension) != scored.end()) {
                    row.cells[static_cast<std::size_t>(role)].encounters.push_back(level->id + "/" +
                                                                                   encounter.id);
                }
            }
        }
    }
    for (const auto& row : coverage.rows) {
        for (const auto role : {CounterpartRole::Colleague, CounterpartRole::Customer}) {
            if (row.cells[static_cast<std::size_t>(role)].encounters.empty()) {
                ++coverage.emptyCells;
                diagnostics.warning("", 0,
                                    "no encounter with a " + std::string(roleWord(role)) +
                                        " scores the dimension '" + row.dimension + "'");
            }
        }
    }
    return coverage;
}

std::string formatCoverage(const Coverage& coverage) {
    std::size_t width = 0;
    for (const auto& row : coverage.rows) {
        width = std::max(width, row.name.size());
    }
    std::string text = "Diversity Code coverage (dimension × colleague / customer):\n";
    for (const auto& row : coverage.rows) {
        for (const auto role : {CounterpartRole::Colleague, CounterpartRole::Customer}) {
            const auto& cell = row.cells[static_cast<std::size_t>(role)];
            std::string label =
                row.name + std::string(width - row.name.size(), ' ') + "  " + roleWord(role);
            label.resize(width + 12, ' ');
            text += "  " + label + std::to_string(cell.encounters.size()) + "  ";
            if (cell.encounters.empty()) {
                text += "— (none)";
            }
            for (std::size_t i = 0; i < cell.encounters.size(); ++i) {
                text += (i == 0 ? "" : ", ") + cell.encounters[i];
            }
            text += "\n";
        }
    }
    const int cells = static_cast<int>(coverage.rows.size()) * 2;
    text += "  " + std::to_string(cells - coverage.emptyCells) + " of " + std::to_string(cells) +
            " cells covered\n";
    return text;
}

} // namespace respect::game
