#pragma once
// The xAPI 1.0.3 statements that record one finished scenario for a Learning Record
// Store: `initialized`, a `selected` per choice (the Serious Games profile's verb),
// `completed` with score, success and duration, and `terminated`. The scenario, its
// encounters and choice points are activities with stable IRIs under one base, so the
// same scenario is the same activity in every record.

#include <game/report/DebriefReport.hpp>

#include <functional>
#include <string>
#include <vector>

namespace respect::game {

/// Where activity IRIs live unless the settings name another base. `.invalid` is reserved
/// (RFC 2606): it can never point at someone else's site.
inline constexpr const char* kDefaultActivityBase = "https://respect.invalid/xapi";

/// Who the records are about. xAPI identifies an agent by a mailbox or an account: the
/// e-mail address when there is one, otherwise an account named by the player id (a UUID
/// made once per installation). With neither a name nor an address the records are
/// anonymous.
struct Learner {
    std::string name;     ///< shown to HR; may be empty
    std::string email;    ///< without "mailto:"; may be empty
    std::string playerId; ///< the account's name when there is no e-mail address
    bool anonymous() const { return name.empty() && email.empty(); }
};

/// Everything about one play that the scenario's debrief does not say.
struct PlayRecordContext {
    Learner learner;
    std::string activityBase = kDefaultActivityBase; ///< no trailing slash
    std::string registration;                        ///< a UUID per play, grouping its statements
    std::string startedAt;                           ///< ISO 8601 UTC
    std::string finishedAt;                          ///< ISO 8601 UTC
    double durationSeconds = 0.0;
    std::string language;    ///< what the player played in, "fr"
    std::string gameVersion; ///< "0.1.0"
};

/// One choice a group made in a team event, replays included.
struct TeamChoice {
    std::string encounter;      ///< id
    std::string encounterTitle; ///< as shown
    std::string choiceId;       ///< the option played, "encounter/node#choice-2"
    std::string text;           ///< its text
    std::vector<int> hands;     ///< the vote split over the options offered, in their order
    bool replay = false;        ///< made while replaying an encounter (forum theatre)
};

/// A team event: the group is the actor (anonymous: an account named after the play, no
/// members, no names), the facilitator (the context's learner) is the instructor, and each
/// `selected` statement carries the vote split.
struct TeamRecord {
    std::vector<TeamChoice> choices; ///< in the order they were made
};

/// The sum of the scenario's dimension scores.
int totalScore(const DebriefReport& report);

/// Success, for HR: no encounter ended hurtful and the total score is above zero.
bool scenarioSucceeded(const DebriefReport& report);

/// An ISO 8601 duration, "PT12M5S" (whole seconds; "PT0S" for none).
std::string isoDuration(double seconds);

/// The statements of a finished play, in order, each as one line of compact JSON with an
/// id from `newId` (randomUuid() in the game, a counter in tests).
/// With `team`, the statements of a team event instead (see TeamRecord): `report` is then
/// the debrief of the play as it ended, replays included.
std::vector<std::string> buildXapiStatements(const DebriefReport& report,
                                             const PlayRecordContext& context,
                                             const std::function<std::string()>& newId,
                                             const TeamRecord* team = nullptr);

} // namespace respect::game
