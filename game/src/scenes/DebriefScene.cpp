#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/report/DebriefReport.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/ui/Theme.hpp>

#include <algorithm>
#include <cstdlib>

namespace respect::game {

DebriefScene::Summary DebriefScene::summarize(const LevelSession& session,
                                              const DiversityCode& code) {
    const DebriefReport report = buildDebriefReport(session, code, "");
    Summary summary;
    summary.levelTitle = report.levelTitle;
    for (const auto& encounter : report.encounters) {
        summary.encounters.emplace_back(encounter.title, encounter.outcome);
    }
    // The screen shows the level's own dimensions (in its order), then any other it scored.
    const auto& listed = session.level().dimensions;
    for (const auto& [ref, line] : listed) {
        const auto found = std::find_if(report.scores.begin(), report.scores.end(),
                                        [&](const DebriefScore& s) { return s.dimension == ref; });
        summary.scores.emplace_back(found != report.scores.end() ? found->name : ref,
                                    found != report.scores.end() ? found->total : 0);
    }
    for (const auto& score : report.scores) {
        const bool isListed = std::any_of(listed.begin(), listed.end(), [&](const auto& d) {
            return d.first == score.dimension;
        });
        if (!isListed && session.scores().count(score.dimension) != 0) {
            summary.scores.emplace_back(score.name, score.total);
        }
    }
    summary.questions = report.questions;
    return summary;
}

DebriefScene::DebriefScene(GameContext& context, Summary summary)
    : context_(context), summary_(std::move(summary)), menu_({context.text.get("debrief.back")}) {}

bool DebriefScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    bool changed = false;
    if (menu_.update(input, context_.audio, changed) ||
        input.pressed(engine::input::Action::Back)) {
        stack.pop();
        return true;
    }
    return changed;
}

void DebriefScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme::kBackground);
    engine::TextStyle heading;
    heading.font = "bold";
    heading.sizePixels = theme::kBodySize;
    heading.color = theme::kTitle;
    engine::TextStyle body;
    body.sizePixels = theme::kHintSize + 2.0f;
    body.color = theme::kText;
    engine::TextStyle title = heading;
    title.sizePixels = theme::kMenuSize;

    const float left = 40.0f;
    const float column = size.x / 2.0f + 20.0f;
    canvas.drawText(context_.text.get("debrief.title") + ": " + summary_.levelTitle, {left, 24.0f},
                    title);

    float y = 90.0f;
    canvas.drawText(context_.text.get("debrief.encounters"), {left, y}, heading);
    y += 44.0f;
    for (const auto& [name, outcome] : summary_.encounters) {
        canvas.drawText(name + ": " + context_.text.get("outcome." + outcome), {left, y}, body);
        y += 30.0f;
    }

    y += 16.0f;
    canvas.drawText(context_.text.get("debrief.scores"), {left, y}, heading);
    y += 44.0f;
    const float barLeft = left + 240.0f;
    const float unit = 24.0f; // pixels per point
    const float zero = barLeft + 5 * unit;
    for (const auto& [name, total] : summary_.scores) {
        canvas.drawText(name, {left, y}, body);
        const float length = static_cast<float>(std::min(std::abs(total), 5)) * unit;
        const engine::Rect bar{total >= 0 ? zero : zero - length, y + 4.0f, length, 20.0f};
        canvas.fillRect({zero - 1.0f, y, 2.0f, 28.0f}, theme::kMutedText);
        canvas.fillRect(bar, total >= 0 ? engine::Color{110, 190, 120, 255}
                                        : engine::Color{220, 120, 100, 255});
        canvas.drawText((total > 0 ? "+" : "") + std::to_string(total),
                        {zero + 5 * unit + 12.0f, y}, body);
        y += 34.0f;
    }

    float qy = 90.0f;
    canvas.drawText(context_.text.get("debrief.questions"), {column, qy}, heading);
    qy += 44.0f;
    for (const auto& question : summary_.questions) {
        for (const auto& line :
             engine::wrapText(canvas, "• " + question, body, size.x - column - 40.0f)) {
            canvas.drawText(line, {column, qy}, body);
            qy += 28.0f;
        }
        qy += 10.0f;
    }
    menu_.draw(canvas, size.y - 100.0f);
}

} // namespace respect::game
