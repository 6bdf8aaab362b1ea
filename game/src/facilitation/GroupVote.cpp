#include <game/facilitation/GroupVote.hpp>

#include <algorithm>
#include <numeric>

namespace respect::game {

int GroupVote::total() const {
    return std::accumulate(hands_.begin(), hands_.end(), 0);
}

void GroupVote::addHand(std::size_t option) {
    if (option < hands_.size()) {
        hands_[option] = std::min(kMaxHands, hands_[option] + 1);
    }
}

void GroupVote::removeHand(std::size_t option) {
    if (option < hands_.size()) {
        hands_[option] = std::max(0, hands_[option] - 1);
    }
}

void GroupVote::typeDigit(std::size_t option, int digit, bool fresh) {
    if (option >= hands_.size() || digit < 0 || digit > 9) {
        return;
    }
    const int typed = fresh ? digit : hands_[option] * 10 + digit;
    hands_[option] = std::min(kMaxHands, typed);
}

void GroupVote::clear(std::size_t option) {
    if (option < hands_.size()) {
        hands_[option] = 0;
    }
}

std::optional<std::size_t> GroupVote::majority() const {
    if (total() == 0) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(std::max_element(hands_.begin(), hands_.end()) -
                                    hands_.begin());
}

bool GroupVote::tied() const {
    if (total() == 0) {
        return false;
    }
    const int most = *std::max_element(hands_.begin(), hands_.end());
    return std::count(hands_.begin(), hands_.end(), most) > 1;
}

std::vector<int> GroupVote::percents() const {
    std::vector<int> result(hands_.size(), 0);
    const int all = total();
    if (all == 0) {
        return result;
    }
    // Floors first, then the points left go to the largest remainders (first listed wins).
    std::vector<std::pair<int, std::size_t>> remainders;
    int given = 0;
    for (std::size_t i = 0; i < hands_.size(); ++i) {
        result[i] = hands_[i] * 100 / all;
        given += result[i];
        remainders.emplace_back(hands_[i] * 100 % all, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < 100 && k < remainders.size(); ++k, ++given) {
        ++result[remainders[k].second];
    }
    return result;
}

} // namespace respect::game
