#include "LoadedLevel.hpp"

#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>

#include <ostream>

namespace respect::game {
namespace {

namespace dlg = engine::dialogue;

// A DOT string literal: quotes and backslashes escaped, long text shortened.
std::string quoted(const std::string& text, std::size_t maxLength = 48) {
    std::string shown = text;
    if (shown.size() > maxLength) {
        std::size_t cut = maxLength;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0u) == 0x80u) {
            --cut; // never split a UTF-8 sequence
        }
        shown = shown.substr(0, cut) + "…";
    }
    std::string out = "\"";
    for (const char c : shown) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c == '\n' ? ' ' : c;
    }
    return out + "\"";
}

const char* outcomeColour(const std::string& outcome) {
    if (outcome == "respectful") {
        return "palegreen";
    }
    if (outcome == "awkward") {
        return "orange";
    }
    if (outcome == "hurtful") {
        return "salmon";
    }
    return "lightgrey";
}

void writeEncounter(std::ostream& out, const Level& level, const Encounter& encounter) {
    out << "  subgraph " << quoted("cluster_" + encounter.id, 200) << " {\n";
    out << "    label="
        << quoted(encounter.id + (encounter.title.empty() ? "" : ": " + encounter.title)) << ";\n";
    for (const auto& nodeId : encounter.nodes) {
        const dlg::Node& node = *level.graph.findNode(nodeId);
        const std::string local = nodeId.substr(encounter.id.size() + 1);
        std::string label = local;
        if (!node.lines.empty()) {
            label += "\\n" + node.lines.front().text.substr(0, 40);
        }
        out << "    " << quoted(nodeId, 200) << " [label=" << quoted(label, 120);
        if (node.exit == dlg::ExitKind::End) {
            out << ", shape=doubleoctagon, style=filled, fillcolor=" << outcomeColour(node.outcome)
                << ", xlabel=" << quoted(node.outcome);
        }
        if (nodeId == encounter.startNode) {
            out << ", penwidth=2";
        }
        out << "];\n";
    }
    for (const auto& nodeId : encounter.nodes) {
        const dlg::Node& node = *level.graph.findNode(nodeId);
        for (const auto& choice : node.choices) {
            std::string label = choice.text;
            if (choice.condition) {
                label = "[" + choice.condition->source() + "] " + label;
            }
            out << "    " << quoted(nodeId, 200) << " -> " << quoted(choice.target, 200)
                << " [label=" << quoted(label) << (choice.fallback ? ", style=dotted" : "")
                << "];\n";
        }
        if (node.exit == dlg::ExitKind::Goto) {
            out << "    " << quoted(nodeId, 200) << " -> " << quoted(node.gotoTarget, 200)
                << " [style=dashed];\n";
        }
        for (const auto& branch : node.branches) {
            out << "    " << quoted(nodeId, 200) << " -> " << quoted(branch.target, 200)
                << " [style=dashed, label="
                << quoted(branch.condition ? "if " + branch.condition->source() : "else") << "];\n";
        }
    }
    out << "  }\n";
}

} // namespace

int runGraphCommand(const std::vector<std::string>& args, const std::filesystem::path& executable,
                    CommandStreams streams) {
    std::string levelPath;
    std::string only;
    std::optional<std::filesystem::path> data;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--encounter" && i + 1 < args.size()) {
            only = args[++i];
        } else if (args[i] == "--data" && i + 1 < args.size()) {
            data = args[++i];
        } else if (!args[i].empty() && args[i][0] == '-') {
            throw UsageError("graph: unknown option '" + args[i] + "'");
        } else if (levelPath.empty()) {
            levelPath = args[i];
        } else {
            throw UsageError("graph: one level at a time, got '" + args[i] + "' too");
        }
    }
    if (levelPath.empty()) {
        throw UsageError("graph: which level? respect graph LEVEL [--encounter ID]");
    }
    const auto loaded = loadLevelForCommand(levelPath, data, executable, streams);
    if (!loaded) {
        return 2;
    }
    if (!only.empty() && loaded->level.findEncounter(only) == nullptr) {
        streams.err << levelPath << ": error: no encounter '" << only << "'\n";
        return 2;
    }
    streams.out << "digraph " << quoted(loaded->level.id, 200) << " {\n"
                << "  rankdir=TB;\n  node [shape=box, fontname=\"DejaVu Sans\"];\n"
                << "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
    for (const auto& encounter : loaded->level.encounters) {
        if (only.empty() || encounter.id == only) {
            writeEncounter(streams.out, loaded->level, encounter);
        }
    }
    streams.out << "}\n";
    return 0;
}

} // namespace respect::game
