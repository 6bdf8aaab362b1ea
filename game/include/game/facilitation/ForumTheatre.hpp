#pragma once
// Forum theatre, the corporate-theatre method in digital form: in a team event the group
// votes at each choice, and once an encounter has ended the facilitator can rewind it to
// any of its choice points and play another option, so the room compares outcomes. Every
// play, the first and each replay, stays in the event's record with its votes.

#include <game/facilitation/GroupVote.hpp>
#include <game/level/LevelSession.hpp>
#include <game/progress/SaveGame.hpp>

#include <map>
#include <string>
#include <vector>

namespace respect::game {

/// One choice the group made.
struct GroupChoice {
    std::string node;                   ///< the choice point, "encounter/node"
    std::vector<std::string> optionIds; ///< as offered, in the order shown
    std::vector<std::string> options;   ///< their texts, as shown
    std::vector<int> hands;             ///< the vote split; all 0 when no vote was taken
    std::size_t played = 0;             ///< 0-based among the offered options
};

/// One play of an encounter: the first, or a replay from one of its choice points.
struct EncounterPlay {
    std::string encounter;
    std::string title;
    int replayOf = -1;          ///< the play it was rewound from (index in plays()); -1: first
    std::size_t fromChoice = 0; ///< for a replay: the choice point it went back to
    std::vector<GroupChoice> choices;
    std::string outcome;                     ///< empty while being played
    std::map<std::string, int> scoreChanges; ///< by dimension id, over the whole encounter
};

class ForumTheatre {
public:
    /// `session` must outlive this; `levelFile` names its level in the checkpoints.
    ForumTheatre(LevelSession& session, std::string levelFile)
        : session_(session), levelFile_(std::move(levelFile)) {}

    /// The session has just started `encounter`: a first play begins.
    void encounterStarted(const Encounter& encounter);
    /// The session offers a choice now: remembers the moment, to rewind to.
    void choiceOffered();
    /// The group played `offeredIndex` (0-based) after `vote` (a vote of zero hands when
    /// none was taken). Call before LevelSession::choose.
    void choiceMade(std::size_t offeredIndex, const GroupVote& vote);
    /// The encounter being played has ended with `outcome`.
    void encounterEnded(const std::string& outcome);

    /// The choice points of the play that ended last, to rewind to; 0 while one is played.
    std::size_t rewindPoints() const;
    /// Puts the session back where choice point `index` of the play that ended last was
    /// offered, and starts a replay from there. Throws std::out_of_range for a bad index.
    void rewindTo(std::size_t index);

    const std::vector<EncounterPlay>& plays() const { return plays_; }

private:
    struct Checkpoint {
        SaveGame save;
        std::map<std::string, int> scoresBefore; ///< at the start of the encounter
    };

    LevelSession& session_;
    std::string levelFile_;
    std::vector<EncounterPlay> plays_;
    /// Per play (same index as plays_): the session at each of its choice points.
    std::vector<std::vector<Checkpoint>> checkpoints_;
    std::map<std::string, int> scoresBefore_;
    bool playing_ = false;
};

} // namespace respect::game
