#pragma once
// What the end-of-scenario debrief shows, as plain data built headless from a played (or
// partly played) session: each encounter's outcome and the player's choices against the
// alternatives offered, the score per Diversity Code dimension, the rules that came up
// and the level's questions. The screen, the PNG and the HTML page all draw from it.

#include <game/code/DiversityCode.hpp>
#include <game/level/LevelSession.hpp>

#include <string>
#include <vector>

namespace respect::game {

struct DebriefScoreChange {
    std::string dimension;     ///< id
    std::string dimensionName; ///< as the Diversity Code names it
    int delta = 0;
};

/// One option of a choice point, as the level defines it.
struct DebriefOption {
    std::string id; ///< choice id
    std::string text;
    std::vector<DebriefScoreChange> scores;
    std::string rule;      ///< the rule its feedback names; empty when it has no feedback
    std::string ruleTitle; ///< that rule's title (its id when the code does not know it)
    std::string feedback;  ///< the feedback's text; empty when none
};

struct DebriefChoicePoint {
    DebriefOption chosen;
    /// The other options offered at that moment, in the order they were shown. For a
    /// session resumed from a save that predates recording them: the other non-fallback
    /// choices of the node, the best guess left.
    std::vector<DebriefOption> alternatives;
};

struct DebriefEncounter {
    std::string id;
    std::string title; ///< the id when the encounter has no title
    std::string who;   ///< the character's name; empty when the encounter has none
    std::string role;  ///< "colleague", "customer" or empty
    /// "respectful", "awkward", "hurtful" or "neutral" as the session recorded it; empty
    /// for an encounter still being played.
    std::string outcome;
    std::vector<DebriefChoicePoint> choices; ///< in play order
};

struct DebriefScore {
    std::string dimension; ///< id
    std::string name;
    int total = 0; ///< 0 when no choice touched it
};

/// How the player's choices stood against a rule. A chosen option respects the rule its
/// feedback names when the sum of its score changes is positive, and breaks it when the
/// sum is negative (zero counts as neither). Over the scenario: Respected when at least
/// one choice respected it and none broke it, Broken the other way round, Mixed when
/// both happened, Neutral when neither.
enum class RuleVerdict { Respected, Broken, Mixed, Neutral };

/// "respected", "broken", "mixed" or "neutral".
const char* ruleVerdictName(RuleVerdict verdict);

struct DebriefRule {
    std::string id;
    std::string title; ///< the id when the Diversity Code does not know the rule
    std::string text;  ///< empty when the Diversity Code does not know the rule
    std::vector<std::string> dimensionNames; ///< the rule's dimensions, as the code lists them
    int respected = 0;                       ///< chosen options naming it with a positive score sum
    int broken = 0;                          ///< chosen options naming it with a negative score sum
    RuleVerdict verdict = RuleVerdict::Neutral;
};

struct DebriefReport {
    std::string levelId;
    std::string levelTitle;
    std::string lang;                         ///< the level's language, e.g. "en"
    std::string date;                         ///< ISO 8601 UTC, as given by the caller
    std::vector<DebriefEncounter> encounters; ///< in play order (skipped ones are absent)
    std::vector<DebriefScore> scores;         ///< every dimension of the code, in code order
    std::vector<DebriefRule> rules; ///< named by the player's choices, once, first seen first
    std::vector<std::string> questions;
};

/// Builds the debrief of `session` (its level is session.level()). `date` is stored as
/// given, e.g. utcTimestamp(std::time(nullptr)); keeping the clock out makes it testable.
DebriefReport buildDebriefReport(const LevelSession& session, const DiversityCode& code,
                                 std::string date);

} // namespace respect::game
