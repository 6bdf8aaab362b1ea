#include "ExpressionParser.hpp"

#include <engine/dialogue/ExpressionError.hpp>

#include <limits>
#include <string>

namespace respect::engine::dialogue {

namespace {

enum class Token {
    End,
    Integer,
    String,
    Identifier,
    True,
    False,
    And,
    Or,
    Not,
    LeftParen,
    RightParen,
    Comma,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
};

bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : tree_(std::make_shared<ExpressionTree>()), src_(text) {}

    std::shared_ptr<const ExpressionTree> run() {
        // Spans are 32-bit and operator spellings 8-bit; expressions are a line or two.
        if (src_.size() > maxLength) {
            fail("expression is longer than " + std::to_string(maxLength) + " characters", 0);
        }
        next();
        if (token_ == Token::End) {
            fail("empty expression", start_);
        }
        const std::uint32_t root = parseOr();
        if (token_ != Token::End) {
            fail("unexpected " + describeToken(), start_);
        }
        tree_->finish(std::string(src_), std::move(nodes_), root);
        return tree_;
    }

private:
    [[noreturn]] void fail(const std::string& reason, std::size_t offset) const {
        throw ExpressionError(reason, offset + 1);
    }

    std::string describeToken() const {
        if (token_ == Token::End) {
            return "end of expression";
        }
        return "'" + std::string(text_) + "'";
    }

    // Reads the next token into token_ / text_ / start_.
    void next() {
        while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t' ||
                                      src_[pos_] == '\n' || src_[pos_] == '\r')) {
            ++pos_;
        }
        start_ = pos_;
        if (pos_ >= src_.size()) {
            token_ = Token::End;
            text_ = {};
            return;
        }
        const char c = src_[pos_];
        if (isDigit(c)) {
            while (pos_ < src_.size() && isDigit(src_[pos_])) {
                ++pos_;
            }
            setToken(Token::Integer);
            return;
        }
        if (isLetter(c)) {
            while (pos_ < src_.size() &&
                   (isLetter(src_[pos_]) || isDigit(src_[pos_]) || src_[pos_] == '.')) {
                ++pos_;
            }
            setToken(Token::Identifier);
            if (text_ == "and") {
                token_ = Token::And;
            } else if (text_ == "or") {
                token_ = Token::Or;
            } else if (text_ == "not") {
                token_ = Token::Not;
            } else if (text_ == "true") {
                token_ = Token::True;
            } else if (text_ == "false") {
                token_ = Token::False;
            }
            return;
        }
        if (c == '"') {
            readString();
            return;
        }
        const char n = pos_ + 1 < src_.size() ? src_[pos_ + 1] : '\0';
        const auto two = [&](Token t) {
            pos_ += 2;
            setToken(t);
        };
        const auto one = [&](Token t) {
            pos_ += 1;
            setToken(t);
        };
        switch (c) {
        case '(':
            return one(Token::LeftParen);
        case ')':
            return one(Token::RightParen);
        case ',':
            return one(Token::Comma);
        case '+':
            return one(Token::Plus);
        case '-':
            return one(Token::Minus);
        case '*':
            return one(Token::Star);
        case '/':
            return one(Token::Slash);
        case '%':
            return one(Token::Percent);
        case '<':
            return n == '=' ? two(Token::LessEqual) : one(Token::Less);
        case '>':
            return n == '=' ? two(Token::GreaterEqual) : one(Token::Greater);
        case '!':
            return n == '=' ? two(Token::NotEqual) : one(Token::Not);
        case '=':
            if (n == '=') {
                return two(Token::Equal);
            }
            fail("unexpected '=' (use '==' to compare)", pos_);
        case '&':
            if (n == '&') {
                return two(Token::And);
            }
            fail("unexpected '&' (use '&&' or 'and')", pos_);
        case '|':
            if (n == '|') {
                return two(Token::Or);
            }
            fail("unexpected '|' (use '||' or 'or')", pos_);
        default:
            break;
        }
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            fail("unexpected character", pos_);
        }
        fail(std::string("unexpected character '") + c + "'", pos_);
    }

    void setToken(Token token) {
        token_ = token;
        text_ = src_.substr(start_, pos_ - start_);
    }

    void readString() {
        ++pos_; // opening quote
        stringValue_.clear();
        while (true) {
            if (pos_ >= src_.size()) {
                fail("unterminated string", start_);
            }
            const char c = src_[pos_];
            if (c == '"') {
                ++pos_;
                break;
            }
            if (c == '\\') {
                const char e = pos_ + 1 < src_.size() ? src_[pos_ + 1] : '\0';
                if (e != '"' && e != '\\') {
                    fail("unknown escape in string (only \\\" and \\\\ are allowed)", pos_);
                }
                stringValue_ += e;
                pos_ += 2;
                continue;
            }
            stringValue_ += c;
            ++pos_;
        }
        setToken(Token::String);
    }

    static constexpr std::size_t maxLength = 100000;

    static std::uint32_t u32(std::size_t value) { return static_cast<std::uint32_t>(value); }

    std::uint32_t add(const ExpressionNode& node) {
        nodes_.push_back(node);
        return u32(nodes_.size() - 1);
    }

    static ExpressionNode opNode(ExpressionOp op) {
        ExpressionNode node;
        node.op = op;
        return node;
    }

    std::uint32_t binary(ExpressionNode node, std::uint32_t left, std::uint32_t right) {
        node.left = left;
        node.right = right;
        node.begin = nodes_[left].begin;
        node.end = nodes_[right].end;
        return add(node);
    }

    std::uint32_t parseOr() {
        std::uint32_t left = parseAnd();
        while (token_ == Token::Or) {
            const ExpressionNode op = opNode(ExpressionOp::Or);
            next();
            left = binary(op, left, parseAnd());
        }
        return left;
    }

    std::uint32_t parseAnd() {
        std::uint32_t left = parseNot();
        while (token_ == Token::And) {
            const ExpressionNode op = opNode(ExpressionOp::And);
            next();
            left = binary(op, left, parseNot());
        }
        return left;
    }

    // `not` binds looser than comparisons, so `not trust > 2` means `not (trust > 2)`.
    std::uint32_t parseNot() {
        if (token_ != Token::Not) {
            return parseComparison();
        }
        ExpressionNode node = opNode(ExpressionOp::Not);
        node.begin = u32(start_);
        next();
        node.left = parseNot();
        node.end = nodes_[node.left].end;
        return add(node);
    }

    static bool comparison(Token token, ExpressionOp& op) {
        switch (token) {
        case Token::Equal:
            op = ExpressionOp::Equal;
            return true;
        case Token::NotEqual:
            op = ExpressionOp::NotEqual;
            return true;
        case Token::Less:
            op = ExpressionOp::Less;
            return true;
        case Token::LessEqual:
            op = ExpressionOp::LessEqual;
            return true;
        case Token::Greater:
            op = ExpressionOp::Greater;
            return true;
        case Token::GreaterEqual:
            op = ExpressionOp::GreaterEqual;
            return true;
        default:
            return false;
        }
    }

    std::uint32_t parseComparison() {
        const std::uint32_t left = parseAdditive();
        ExpressionOp op{};
        if (!comparison(token_, op)) {
            return left;
        }
        const ExpressionNode node = opNode(op);
        next();
        const std::uint32_t result = binary(node, left, parseAdditive());
        if (comparison(token_, op)) {
            fail("comparisons cannot be chained; join them with 'and'", start_);
        }
        return result;
    }

    std::uint32_t parseAdditive() {
        std::uint32_t left = parseMultiplicative();
        while (token_ == Token::Plus || token_ == Token::Minus) {
            const ExpressionNode op =
                opNode(token_ == Token::Plus ? ExpressionOp::Add : ExpressionOp::Subtract);
            next();
            left = binary(op, left, parseMultiplicative());
        }
        return left;
    }

    std::uint32_t parseMultiplicative() {
        std::uint32_t left = parseUnary();
        while (token_ == Token::Star || token_ == Token::Slash || token_ == Token::Percent) {
            const ExpressionNode op = opNode(token_ == Token::Star    ? ExpressionOp::Multiply
                                             : token_ == Token::Slash ? ExpressionOp::Divide
                                                                      : ExpressionOp::Modulo);
            next();
            left = binary(op, left, parseUnary());
        }
        return left;
    }

    std::uint32_t parseUnary() {
        if (token_ != Token::Minus) {
            return parsePrimary();
        }
        ExpressionNode node = opNode(ExpressionOp::Negate);
        node.begin = u32(start_);
        next();
        node.left = parseUnary();
        node.end = nodes_[node.left].end;
        return add(node);
    }

    std::uint32_t literal(ExpressionOp op, std::int64_t number = 0) {
        ExpressionNode node;
        node.op = op;
        node.number = number;
        if (op == ExpressionOp::StringLiteral) {
            node.data = u32(tree_->strings.size());
            tree_->strings.emplace_back(stringValue_);
        }
        node.begin = u32(start_);
        node.end = u32(pos_);
        next();
        return add(node);
    }

    std::uint32_t parsePrimary() {
        switch (token_) {
        case Token::Integer:
            return literal(ExpressionOp::IntLiteral, parseInteger());
        case Token::String:
            return literal(ExpressionOp::StringLiteral);
        case Token::True:
            return literal(ExpressionOp::BoolLiteral, 1);
        case Token::False:
            return literal(ExpressionOp::BoolLiteral, 0);
        case Token::LeftParen: {
            const std::uint32_t open = u32(start_);
            next();
            const std::uint32_t inner = parseOr();
            const std::uint32_t close = u32(pos_);
            expect(Token::RightParen, "')'");
            // The span includes the parentheses so messages quote balanced text.
            nodes_[inner].begin = open;
            nodes_[inner].end = close;
            return inner;
        }
        case Token::Identifier:
            return parseIdentifier();
        case Token::Not:
            fail("'" + std::string(text_) + "' must start a condition; add parentheses", start_);
        default:
            fail("expected a value but found " + describeToken(), start_);
        }
    }

    std::int64_t parseInteger() const {
        std::int64_t value = 0;
        for (char c : text_) {
            const std::int64_t digit = c - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
                fail("number too large", start_);
            }
            value = value * 10 + digit;
        }
        return value;
    }

    std::uint32_t parseIdentifier() {
        ExpressionNode node;
        const std::string name(text_);
        node.begin = u32(start_);
        node.end = u32(pos_);
        const std::size_t nameStart = start_;
        next();
        if (token_ != Token::LeftParen) {
            node.op = ExpressionOp::Variable;
            node.left = node.begin; // the name keeps its own span when parentheses widen it
            node.right = node.end;
            return add(node);
        }
        if (name == "visited") {
            node.op = ExpressionOp::Visited;
        } else if (name == "visits") {
            node.op = ExpressionOp::Visits;
        } else {
            fail("unknown function '" + name + "' (known: visited, visits)", nameStart);
        }
        next();
        if (token_ != Token::String) {
            fail(name + "() needs a node id in double quotes", start_);
        }
        node.data = u32(tree_->references.size());
        tree_->references.push_back(stringValue_);
        next();
        node.end = u32(pos_);
        expect(Token::RightParen, "')'");
        return add(node);
    }

    void expect(Token token, const char* what) {
        if (token_ != token) {
            fail(std::string("expected ") + what, start_);
        }
        next();
    }

    std::shared_ptr<ExpressionTree> tree_;
    std::vector<ExpressionNode> nodes_;
    std::string_view src_;
    std::size_t pos_ = 0;
    std::size_t start_ = 0;
    Token token_ = Token::End;
    std::string_view text_;
    std::string stringValue_;
};

} // namespace

std::shared_ptr<const ExpressionTree> ExpressionParser::parse(std::string_view text) {
    return Parser(text).run();
}

} // namespace respect::engine::dialogue
