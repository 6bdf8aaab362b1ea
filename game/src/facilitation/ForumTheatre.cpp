#include <game/facilitation/ForumTheatre.hpp>
#include <game/progress/SessionSaving.hpp>

#include <stdexcept>

namespace respect::game {

namespace {

std::map<std::string, int> difference(const std::map<std::string, int>& after,
                                      const std::map<std::string, int>& before) {
    std::map<std::string, int> changes;
    for (const auto& [dimension, total] : after) {
        const auto found = before.find(dimension);
        const int delta = total - (found == before.end() ? 0 : found->second);
        if (delta != 0) {
            changes[dimension] = delta;
        }
    }
    return changes;
}

} // namespace

void ForumTheatre::encounterStarted(const Encounter& encounter) {
    EncounterPlay play;
    play.encounter = encounter.id;
    play.title = encounter.title.empty() ? encounter.id : encounter.title;
    plays_.push_back(std::move(play));
    checkpoints_.emplace_back();
    scoresBefore_ = session_.scores();
    playing_ = true;
}

void ForumTheatre::choiceOffered() {
    if (!playing_) {
        return;
    }
    checkpoints_.back().push_back({captureSave(session_, levelFile_), scoresBefore_});
}

void ForumTheatre::choiceMade(std::size_t offeredIndex, const GroupVote& vote) {
    if (!playing_) {
        return;
    }
    GroupChoice choice;
    const auto& offered = session_.runner().offeredChoices();
    choice.node = session_.runner().currentNodeId();
    for (const auto& option : offered) {
        choice.optionIds.push_back(option.choice->id);
        choice.options.push_back(option.choice->text);
    }
    choice.hands = vote.hands();
    choice.hands.resize(offered.size(), 0);
    choice.played = offeredIndex;
    plays_.back().choices.push_back(std::move(choice));
}

void ForumTheatre::encounterEnded(const std::string& outcome) {
    if (!playing_) {
        return;
    }
    plays_.back().outcome = outcome;
    plays_.back().scoreChanges = difference(session_.scores(), scoresBefore_);
    playing_ = false;
}

std::size_t ForumTheatre::rewindPoints() const {
    return playing_ || plays_.empty() ? 0 : plays_.back().choices.size();
}

void ForumTheatre::rewindTo(std::size_t index) {
    if (index >= rewindPoints()) {
        throw std::out_of_range("no such choice point to rewind to");
    }
    const std::size_t from = plays_.size() - 1;
    const Checkpoint checkpoint = checkpoints_[from][index];
    resumeSession(session_, checkpoint.save);

    EncounterPlay replay;
    replay.encounter = plays_[from].encounter;
    replay.title = plays_[from].title;
    replay.replayOf = static_cast<int>(from);
    replay.fromChoice = index;
    // The choices before the rewind point were made in this replay too.
    replay.choices.assign(plays_[from].choices.begin(),
                          plays_[from].choices.begin() + static_cast<std::ptrdiff_t>(index));
    plays_.push_back(std::move(replay));
    checkpoints_.emplace_back(checkpoints_[from].begin(),
                              checkpoints_[from].begin() + static_cast<std::ptrdiff_t>(index));
    scoresBefore_ = checkpoint.scoresBefore;
    playing_ = true;
    // The session now offers the choice again; remember it as this play's own point.
    choiceOffered();
}

} // namespace respect::game
