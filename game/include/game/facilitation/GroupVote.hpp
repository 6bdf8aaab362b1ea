#pragma once
// A show of hands at a choice point in a team event. The facilitator either types the
// number of hands for an option or counts them in one press per hand; the split is what
// the vote chart shows and what the event record keeps. No names, only counts.

#include <cstddef>
#include <optional>
#include <vector>

namespace respect::game {

class GroupVote {
public:
    static constexpr int kMaxHands = 999; ///< more than any room; typing stops there

    explicit GroupVote(std::size_t options) : hands_(options, 0) {}
    /// A vote already counted (from an event's record).
    explicit GroupVote(std::vector<int> hands) : hands_(std::move(hands)) {}

    std::size_t options() const { return hands_.size(); }
    const std::vector<int>& hands() const { return hands_; }
    int total() const;

    /// One more raised hand for `option` (0-based; out of range is ignored).
    void addHand(std::size_t option);
    /// One fewer, never below zero.
    void removeHand(std::size_t option);
    /// Typing a count: the digit is appended to `option`'s count ("1" then "2" is 12).
    /// `fresh` starts a new number instead (the first digit after moving to the option).
    void typeDigit(std::size_t option, int digit, bool fresh);
    void clear(std::size_t option);

    /// The option with the most hands, the first listed on a tie; none without hands.
    std::optional<std::size_t> majority() const;
    /// More than one option shares the most hands.
    bool tied() const;
    /// Whole percentages per option that add up to 100 (largest remainders), or all 0.
    std::vector<int> percents() const;

private:
    std::vector<int> hands_;
};

} // namespace respect::game
