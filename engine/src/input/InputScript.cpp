#include <engine/core/Error.hpp>
#include <engine/input/InputScript.hpp>
#include <engine/input/InputState.hpp>
#include <engine/io/FileReader.hpp>

#include <algorithm>
#include <limits>
#include <sstream>

namespace respect::engine::input {
namespace {

constexpr std::uint64_t kMaxStep = 60ull * 60ull * 60ull * 24ull; // a day of steps

bool parseUnsigned(const std::string& text, std::uint64_t& out) {
    if (text.empty() || text.size() > 12) {
        return false;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out = value;
    return true;
}

bool parseCoordinate(const std::string& text, float& out) {
    std::uint64_t value = 0;
    if (!parseUnsigned(text, value) || value > 100000) {
        return false;
    }
    out = static_cast<float>(value);
    return true;
}

} // namespace

InputScript InputScript::parse(std::string_view text, const std::string& fileName) {
    InputScript script;
    std::istringstream lines{std::string(text)};
    std::string raw;
    int lineNumber = 0;
    std::uint64_t previous = 0;
    while (std::getline(lines, raw)) {
        ++lineNumber;
        const auto error = [&](const std::string& message) {
            return Error(fileName, lineNumber, message);
        };
        std::istringstream words(raw.substr(0, raw.find('#')));
        std::vector<std::string> w;
        for (std::string word; words >> word;) {
            w.push_back(word);
        }
        if (w.empty()) {
            continue;
        }
        if (w.size() < 2) {
            throw error("expected '<step> <action>', got '" + w[0] + "'");
        }
        const bool relative = w[0][0] == '+';
        std::uint64_t when = 0;
        if (!parseUnsigned(relative ? w[0].substr(1) : w[0], when) || when > kMaxStep) {
            throw error("'" + w[0] + "' is not a step number (use 10 or +10)");
        }
        if (relative) {
            when += previous;
        } else if (when < previous) {
            throw error("step " + w[0] + " comes before the previous line's step " +
                        std::to_string(previous));
        }
        previous = when;
        ScriptEvent event;
        event.step = when;
        event.line = lineNumber;
        if (w[1] == "quit") {
            if (w.size() != 2) {
                throw error("'quit' takes no arguments");
            }
            event.kind = ScriptEvent::Kind::Quit;
            script.events_.push_back(event);
            continue;
        }
        if (w[1] == "type") {
            // The rest of the line, spaces included: "12 type Ann Peeters".
            const std::string content = raw.substr(0, raw.find('#'));
            const auto at = content.find("type") + 4;
            event.text = content.substr(std::min(content.size(), at + 1));
            while (!event.text.empty() && (event.text.back() == ' ' || event.text.back() == '\r')) {
                event.text.pop_back();
            }
            event.kind = ScriptEvent::Kind::Type;
            script.events_.push_back(event);
            continue;
        }
        if (w[1] == "click") {
            if (w.size() != 4 || !parseCoordinate(w[2], event.position.x) ||
                !parseCoordinate(w[3], event.position.y)) {
                throw error("expected 'click <x> <y>' with whole pixel coordinates");
            }
            event.kind = ScriptEvent::Kind::Click;
            script.events_.push_back(event);
            continue;
        }
        const auto action = actionFromName(w[1]);
        if (!action) {
            throw error("unknown action '" + w[1] + "'; expected one of: " + allActionNames() +
                        ", click, type, quit");
        }
        std::uint64_t duration = 1;
        if (w.size() == 4 && w[2] == "for") {
            if (!parseUnsigned(w[3], duration) || duration == 0 || duration > kMaxStep) {
                throw error("'" + w[3] + "' is not a number of steps");
            }
        } else if (w.size() != 2) {
            throw error("expected '<step> " + w[1] + "' or '<step> " + w[1] + " for <steps>'");
        }
        event.kind = ScriptEvent::Kind::Press;
        event.action = *action;
        script.events_.push_back(event);
        event.kind = ScriptEvent::Kind::Release;
        event.step = when + duration;
        script.events_.push_back(event);
    }
    std::stable_sort(script.events_.begin(), script.events_.end(),
                     [](const ScriptEvent& a, const ScriptEvent& b) { return a.step < b.step; });
    return script;
}

InputScript InputScript::load(const std::filesystem::path& path) {
    return parse(io::readFileLimited(path, 1024 * 1024), path.string());
}

void InputScript::apply(std::uint64_t step, InputState& state) const {
    const auto first = std::lower_bound(
        events_.begin(), events_.end(), step,
        [](const ScriptEvent& event, std::uint64_t value) { return event.step < value; });
    for (auto it = first; it != events_.end() && it->step == step; ++it) {
        switch (it->kind) {
        case ScriptEvent::Kind::Press:
            state.actionDown(it->action);
            break;
        case ScriptEvent::Kind::Release:
            state.actionUp(it->action);
            break;
        case ScriptEvent::Kind::Click:
            state.pointerClickedAt(it->position);
            break;
        case ScriptEvent::Kind::Quit:
            state.requestQuit();
            break;
        case ScriptEvent::Kind::Type:
            state.textTyped(it->text);
            break;
        }
    }
}

std::uint64_t InputScript::lastStep() const {
    return events_.empty() ? 0 : events_.back().step;
}

} // namespace respect::engine::input
