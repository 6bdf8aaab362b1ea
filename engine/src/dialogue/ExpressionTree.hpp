#pragma once
// Private: the flat, immutable tree behind Expression. Evaluating a large story is bound by
// cache misses, so a short expression lives in one allocation: small nodes and the source
// text inline, int and bool literals inside their node. Spans index the source, so messages
// quote exactly what the author wrote.

#include <engine/dialogue/Value.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::dialogue {

enum class ExpressionOp : std::uint8_t {
    BoolLiteral,
    IntLiteral,
    StringLiteral,
    Variable,
    Visited,
    Visits,
    Not,
    Negate,
    And,
    Or,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
};

struct ExpressionNode {
    std::int64_t number = 0; // IntLiteral, BoolLiteral (0 or 1)
    std::uint32_t begin = 0; // source span [begin, end), parentheses included
    std::uint32_t end = 0;
    // Operators: operand indices (unary ones use left). Variable: its name's span.
    std::uint32_t left = 0;
    std::uint32_t right = 0;
    // StringLiteral: index into `strings`. Visited / Visits: index into `references`.
    std::uint32_t data = 0;
    ExpressionOp op = ExpressionOp::BoolLiteral;
};

struct ExpressionTree {
    static constexpr std::size_t inlineNodeCount = 8;
    static constexpr std::size_t inlineTextSize = 40; // with the header, one cache line

    ExpressionTree() = default;
    ExpressionTree(const ExpressionTree&) = delete; // the pointers below point into itself
    ExpressionTree& operator=(const ExpressionTree&) = delete;

    /// Takes the parsed nodes and the source; stores them inline when they fit.
    void finish(std::string text, std::vector<ExpressionNode> built, std::uint32_t rootIndex) {
        source = std::move(text);
        nodeCount = static_cast<std::uint32_t>(built.size());
        if (built.size() <= inlineNodeCount) {
            std::copy(built.begin(), built.end(), inlineNodes.begin());
            nodes = inlineNodes.data();
        } else {
            heapNodes = std::move(built);
            nodes = heapNodes.data();
        }
        if (source.size() <= inlineTextSize) {
            std::copy(source.begin(), source.end(), inlineText.begin());
            text_ = inlineText.data();
        } else {
            text_ = source.data();
        }
        root = rootIndex;
    }

    /// Bytes from the start of this object that an evaluation reads (for prefetching).
    std::size_t hotBytes() const {
        const ExpressionNode* end =
            inlineNodes.data() + (nodes == inlineNodes.data() ? nodeCount : 0);
        return static_cast<std::size_t>(reinterpret_cast<const char*>(end) -
                                        reinterpret_cast<const char*>(this));
    }

    std::string_view text(std::uint32_t begin, std::uint32_t end) const {
        return std::string_view(text_ + begin, end - begin);
    }
    std::string_view name(const ExpressionNode& node) const { return text(node.left, node.right); }
    /// The operator as written ("and" or "&&"): the text between the operands, trimmed.
    std::string_view opText(const ExpressionNode& node) const {
        const bool unary = node.op == ExpressionOp::Not || node.op == ExpressionOp::Negate;
        std::string_view op = unary ? text(node.begin, nodes[node.left].begin)
                                    : text(nodes[node.left].end, nodes[node.right].begin);
        const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        while (!op.empty() && space(op.front())) {
            op.remove_prefix(1);
        }
        while (!op.empty() && space(op.back())) {
            op.remove_suffix(1);
        }
        return op;
    }
    /// The node's source text in single quotes, e.g. 'trust + 1'.
    std::string quote(std::uint32_t index) const {
        return "'" + std::string(text(nodes[index].begin, nodes[index].end)) + "'";
    }

    // Hot, in the order an evaluation reads them.
    const ExpressionNode* nodes = nullptr;
    const char* text_ = nullptr; // the source, inline when short
    std::uint32_t root = 0;
    std::uint32_t nodeCount = 0;
    std::array<char, inlineTextSize> inlineText{};
    std::array<ExpressionNode, inlineNodeCount> inlineNodes{};
    // Cold.
    std::string source;
    std::vector<ExpressionNode> heapNodes;
    std::vector<Value> strings;
    std::vector<std::string> references;
};

} // namespace respect::engine::dialogue
