#pragma once
// An EvalContext over a VariableStore; visit counts come from an optional function and
// are zero without one.

#include <engine/dialogue/EvalContext.hpp>
#include <engine/dialogue/VariableStore.hpp>

#include <functional>

namespace respect::engine::dialogue {

class StoreContext : public EvalContext {
public:
    using VisitsFunction = std::function<int(std::string_view reference)>;

    explicit StoreContext(const VariableStore& store, VisitsFunction visits = {})
        : store_(store), visits_(std::move(visits)) {}

    const Value* variable(std::string_view name) const override { return store_.find(name); }
    int nodeVisits(std::string_view reference) const override {
        return visits_ ? visits_(reference) : 0;
    }

private:
    const VariableStore& store_;
    VisitsFunction visits_;
};

} // namespace respect::engine::dialogue
