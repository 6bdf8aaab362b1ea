#include "PreScan.hpp"

#include <engine/core/Error.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <vector>

namespace respect::engine::xml {
namespace {

constexpr std::size_t kExcerptBytes = 32;

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// XML names, loosely: tinyxml2 takes any byte >= 0x80 as a name character, and so do we.
bool isNameStart(char c) {
    return isAsciiLetter(c) || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

/// A set of bytes as a table, for the loops that run over most of a file.
struct ByteSet {
    bool table[256] = {};
    template <typename Member> constexpr explicit ByteSet(Member member) {
        for (int c = 0; c < 256; ++c) {
            table[c] = member(c);
        }
    }
    constexpr bool operator[](unsigned char c) const { return table[c]; }
};

constexpr ByteSet kNameBytes([](int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == ':' || c == '-' || c == '.' || c >= 0x80;
});

// The bytes Scanner::skipPlain() passes over.
constexpr ByteSet kPlain([](int c) {
    return c != '<' && c != '&' && c != '"' && c != '\'' && c != ' ' && c != '\t' && c != '\n' &&
           c != '\r';
});

bool isNameChar(char c) {
    return kNameBytes[static_cast<unsigned char>(c)]; // a table: names are most of a tag
}

bool isXmlChar(std::uint64_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

int digitValue(char c, unsigned base) {
    if (isDigit(c)) {
        return c - '0';
    }
    if (base == 16 && c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (base == 16 && c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string hexByte(unsigned value) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[(value >> 4) & 0xF] + digits[value & 0xF];
}

std::string tag(std::string_view name) {
    return "<" + excerpt(name) + ">";
}

// One pass for the encoding, one for the structure; both linear, neither allocates per byte.
class Scanner {
public:
    Scanner(std::string_view bytes, const std::string& fileName, const Limits& limits)
        : s_(bytes), fileName_(fileName), limits_(limits) {}

    PreScanResult run() {
        checkEncoding();
        checkCharacters();
        pos_ = start_;
        line_ = 1;
        while (pos_ < s_.size()) {
            if (s_[pos_] == '<') {
                scanMarkup();
            } else {
                scanText();
            }
        }
        if (!open_.empty()) {
            const Open& innermost = open_.back();
            fail(lastLine(), tag(innermost.name) + " opened on line " +
                                 std::to_string(innermost.line) + " is never closed");
        }
        if (!rootSeen_) {
            if (markupSeen_) {
                fail(lastLine(), "file has no root element");
            }
            fail(0, "file is empty");
        }
        std::sort(keep_.begin(), keep_.end());
        return PreScanResult{std::move(keep_)};
    }

private:
    struct Open {
        std::string_view name;
        int line;
        std::size_t firstCandidate; ///< this element's blank runs start here in candidates_
        bool hasText;
    };

    [[noreturn]] void fail(int line, const std::string& message) const {
        throw Error(fileName_, line, message);
    }

    std::size_t size() const { return s_.size(); }
    bool atEnd() const { return pos_ >= s_.size(); }
    bool startsWith(std::string_view prefix) const {
        return s_.substr(pos_, prefix.size()) == prefix;
    }
    unsigned byteAt(std::size_t index) const {
        return index < s_.size() ? static_cast<unsigned char>(s_[index]) : 0x100u;
    }
    void newline() {
        if (line_ < INT_MAX) {
            ++line_;
        }
    }
    /// The line of the last byte (a final newline ends that line, it does not open one).
    int lastLine() const {
        return (!s_.empty() && s_.back() == '\n' && line_ > 1) ? line_ - 1 : line_;
    }
    std::string limitText(std::size_t limit) const { return "more than " + std::to_string(limit); }

    void checkEncoding() {
        if (s_.empty()) {
            fail(0, "file is empty");
        }
        const unsigned b0 = byteAt(0), b1 = byteAt(1), b2 = byteAt(2), b3 = byteAt(3);
        const auto plain = [](unsigned b) {
            return b == '<' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
        };
        const bool utf32 = (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) ||
                           (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) ||
                           (b0 == 0 && b1 == 0 && b2 == 0 && plain(b3)) ||
                           (plain(b0) && b1 == 0 && b2 == 0 && b3 == 0);
        if (utf32) {
            fail(1, "file is UTF-32; save it as UTF-8");
        }
        const bool utf16 = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) ||
                           (b0 == 0 && plain(b1)) || (plain(b0) && b1 == 0);
        if (utf16) {
            fail(1, "file is UTF-16; save it as UTF-8");
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            start_ = 3;
        }
    }

    // Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF) and no
    // control characters but tab, line feed and carriage return.
    void checkCharacters() const {
        int line = 1;
        for (std::size_t i = start_; i < size();) {
            // Most of a file is printable ASCII: pass it eight bytes at a time.
            while (i + 8 <= size() && isPrintableAscii(wordAt(i))) {
                i += 8;
            }
            if (i >= size()) {
                break;
            }
            const unsigned c = byteAt(i);
            if (c < 0x80) {
                if (c == '\n') {
                    line += line < INT_MAX ? 1 : 0;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    fail(line, "binary data (byte " + hexByte(c) + ") is not allowed");
                }
                ++i;
                continue;
            }
            std::size_t length = 0;
            unsigned low = 0x80, high = 0xBF;
            std::uint32_t codePoint = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                codePoint = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                codePoint = c & 0x0F;
                low = c == 0xE0 ? 0xA0 : 0x80;  // overlong
                high = c == 0xED ? 0x9F : 0xBF; // surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                codePoint = c & 0x07;
                low = c == 0xF0 ? 0x90 : 0x80;  // overlong
                high = c == 0xF4 ? 0x8F : 0xBF; // past U+10FFFF
            } else {
                fail(line, invalidUtf8(c));
            }
            for (std::size_t k = 1; k < length; ++k) {
                const unsigned next = byteAt(i + k);
                if (next < (k == 1 ? low : 0x80u) || next > (k == 1 ? high : 0xBFu)) {
                    fail(line, invalidUtf8(c));
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint == 0xFFFE || codePoint == 0xFFFF) {
                fail(line, std::string("character U+") + (codePoint == 0xFFFE ? "FFFE" : "FFFF") +
                               " is not allowed");
            }
            i += length;
        }
    }

    std::uint64_t wordAt(std::size_t index) const {
        std::uint64_t word;
        std::memcpy(&word, s_.data() + index, sizeof word);
        return word;
    }

    /// No byte of the word is 0x80 or above, and none is below 0x20 (tab, line feed and
    /// carriage return are left to the byte loop, which counts lines).
    static bool isPrintableAscii(std::uint64_t word) {
        constexpr std::uint64_t kOnes = 0x0101010101010101u;
        constexpr std::uint64_t kHighBits = 0x8080808080808080u;
        const std::uint64_t belowSpace = (word - kOnes * 0x20u) & ~word & kHighBits;
        return ((word & kHighBits) | belowSpace) == 0;
    }

    static std::string invalidUtf8(unsigned byte) {
        return "invalid UTF-8 (byte " + hexByte(byte) + "); save the file as UTF-8";
    }

    bool skipBlanks() {
        const std::size_t begin = pos_;
        while (!atEnd() && isBlank(s_[pos_])) {
            if (s_[pos_] == '\n') {
                newline();
            }
            ++pos_;
        }
        return pos_ != begin;
    }

    /// Moves past bytes that need no attention in text or in a value: anything but markup,
    /// references, quotes and whitespace (which counts lines and marks blank runs).
    void skipPlain() {
        while (pos_ < s_.size() && kPlain[static_cast<unsigned char>(s_[pos_])]) {
            ++pos_;
        }
    }

    std::string_view readName(int line) {
        const std::size_t begin = pos_;
        while (!atEnd() && isNameChar(s_[pos_])) {
            ++pos_;
        }
        if (pos_ - begin > limits_.maxStringBytes) {
            fail(line, "a name is too long (" + limitText(limits_.maxStringBytes) + " bytes)");
        }
        return s_.substr(begin, pos_ - begin);
    }

    void scanText() {
        const std::size_t begin = pos_;
        const int beginLine = line_;
        int textLine = 0; // line of the first character that is not whitespace
        std::size_t firstSpace = std::string_view::npos;
        while (!atEnd() && s_[pos_] != '<') {
            const char c = s_[pos_];
            if (!isBlank(c) && textLine == 0) {
                textLine = line_;
            }
            if (c == '&') {
                scanReference();
                continue;
            }
            if (c == '\n') {
                newline();
            } else if ((c == ' ' || c == '\t') && firstSpace == std::string_view::npos) {
                firstSpace = pos_;
            } else if (!isBlank(c)) {
                ++pos_;      // c may be a quote, which is plain in text
                skipPlain(); // the rest of the word at once
                continue;
            }
            ++pos_;
        }
        if (open_.empty()) {
            if (textLine != 0) {
                fail(textLine, "text outside the root element");
            }
            return;
        }
        if (pos_ - begin > limits_.maxStringBytes) {
            fail(textLine != 0 ? textLine : beginLine,
                 "text is too long (" + limitText(limits_.maxStringBytes) + " bytes)");
        }
        Open& parent = open_.back();
        if (textLine != 0) {
            parent.hasText = true;
        } else if (!atEnd()) {
            candidates_.push_back(firstSpace != std::string_view::npos ? firstSpace : begin);
        }
    }

    // At '&': a character reference to a valid XML character or one of the five entities.
    void scanReference() {
        const std::size_t begin = pos_;
        const int line = line_;
        ++pos_;
        if (!atEnd() && s_[pos_] == '#') {
            ++pos_;
            unsigned base = 10;
            if (!atEnd() && s_[pos_] == 'x') {
                base = 16;
                ++pos_;
            }
            std::uint64_t value = 0;
            std::size_t digits = 0;
            for (int d = 0; !atEnd() && (d = digitValue(s_[pos_], base)) >= 0; ++pos_, ++digits) {
                value = std::min<std::uint64_t>(value * base + static_cast<unsigned>(d), 0x110000);
            }
            if (digits == 0 || atEnd() || s_[pos_] != ';') {
                fail(line, "malformed character reference '" +
                               excerpt(s_.substr(begin, pos_ - begin)) +
                               "'; write &amp; for a literal '&'");
            }
            ++pos_;
            if (!isXmlChar(value)) {
                fail(line, "character reference '" + excerpt(s_.substr(begin, pos_ - begin)) +
                               "' is not a valid character");
            }
            return;
        }
        while (!atEnd() && isNameChar(s_[pos_])) {
            ++pos_;
        }
        const std::string_view name = s_.substr(begin + 1, pos_ - begin - 1);
        if (name.empty() || atEnd() || s_[pos_] != ';') {
            fail(line, "'&' must be written as &amp;");
        }
        ++pos_;
        if (name != "lt" && name != "gt" && name != "amp" && name != "apos" && name != "quot") {
            fail(line, "unknown entity '&" + excerpt(name) +
                           ";'; only &lt; &gt; &amp; &apos; &quot; and character references "
                           "such as &#233; are allowed");
        }
    }

    void scanMarkup() {
        const int line = line_;
        if (startsWith("<!--")) {
            scanComment(line);
        } else if (startsWith("<![CDATA[")) {
            scanCData(line);
        } else if (startsWith("<!")) {
            for (std::string_view keyword :
                 {"<!DOCTYPE", "<!ENTITY", "<!ELEMENT", "<!ATTLIST", "<!NOTATION"}) {
                if (startsWith(keyword)) {
                    fail(line, "DOCTYPE/ENTITY declarations are not allowed");
                }
            }
            fail(line, "malformed markup after '<!'; a comment is written <!-- like this -->");
        } else if (startsWith("<?")) {
            scanProcessingInstruction(line);
        } else if (startsWith("</")) {
            scanClosingTag(line);
        } else if (pos_ + 1 < size() && isNameStart(s_[pos_ + 1])) {
            scanOpeningTag(line);
        } else {
            fail(line, "'<' must start a tag; write &lt; for a literal '<'");
        }
    }

    void scanComment(int line) {
        pos_ += 4;
        while (!atEnd()) {
            if (startsWith("-->")) {
                pos_ += 3;
                markupSeen_ = true;
                nonDeclarationSeen_ = true;
                return;
            }
            if (s_[pos_] == '\n') {
                newline();
            }
            ++pos_;
        }
        fail(lastLine(),
             "unexpected end of file in the comment opened on line " + std::to_string(line));
    }

    void scanCData(int line) {
        if (open_.empty()) {
            fail(line, "text outside the root element");
        }
        pos_ += 9;
        const std::size_t begin = pos_;
        while (!atEnd() && !startsWith("]]>")) {
            if (s_[pos_] == '\n') {
                newline();
            }
            ++pos_;
        }
        if (atEnd()) {
            fail(lastLine(), "unexpected end of file in the CDATA section opened on line " +
                                 std::to_string(line));
        }
        if (pos_ - begin > limits_.maxStringBytes) {
            fail(line, "text is too long (" + limitText(limits_.maxStringBytes) + " bytes)");
        }
        pos_ += 3;
        open_.back().hasText = true;
    }

    // tinyxml2 takes every <?...?> for a declaration and refuses one after other nodes.
    void scanProcessingInstruction(int line) {
        const std::size_t begin = pos_;
        pos_ += 2;
        const std::string_view target = readName(line);
        if (target.empty()) {
            fail(line, "malformed processing instruction; expected a name after '<?'");
        }
        const bool declaration = target == "xml";
        if (declaration && begin != start_) {
            fail(line, "the <?xml ...?> declaration must be at the very start of the file");
        }
        if (nonDeclarationSeen_) {
            fail(line, "processing instructions (<?...?>) are only allowed at the start of the "
                       "file, before any comment or element");
        }
        const std::size_t body = pos_;
        while (!atEnd() && !startsWith("?>")) {
            if (s_[pos_] == '\n') {
                newline();
            }
            ++pos_;
        }
        if (atEnd()) {
            fail(lastLine(),
                 "unexpected end of file in the processing instruction opened on line " +
                     std::to_string(line));
        }
        if (declaration) {
            checkDeclaredEncoding(s_.substr(body, pos_ - body), line);
        }
        pos_ += 2;
        markupSeen_ = true;
    }

    void checkDeclaredEncoding(std::string_view declaration, int line) const {
        const std::size_t at = declaration.find("encoding");
        if (at == std::string_view::npos) {
            return;
        }
        std::size_t i = at + 8;
        const auto skip = [&] {
            while (i < declaration.size() && isBlank(declaration[i])) {
                ++i;
            }
        };
        skip();
        if (i >= declaration.size() || declaration[i] != '=') {
            return;
        }
        ++i;
        skip();
        if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\'')) {
            return;
        }
        const std::size_t end = declaration.find(declaration[i], i + 1);
        if (end == std::string_view::npos) {
            return;
        }
        const std::string_view name = declaration.substr(i + 1, end - i - 1);
        const bool utf8 = name.size() == 5 && (name[0] == 'u' || name[0] == 'U') &&
                          (name[1] == 't' || name[1] == 'T') &&
                          (name[2] == 'f' || name[2] == 'F') && name[3] == '-' && name[4] == '8';
        if (!utf8) {
            fail(line, "the file declares encoding '" + excerpt(name) +
                           "'; save it as UTF-8 and declare encoding=\"UTF-8\"");
        }
    }

    void scanClosingTag(int line) {
        pos_ += 2;
        if (atEnd() || !isNameStart(s_[pos_])) {
            fail(line, "malformed closing tag; expected a name after '</'");
        }
        const std::string_view name = readName(line);
        skipBlanks();
        if (atEnd()) {
            fail(lastLine(), "unexpected end of file in the closing tag </" + excerpt(name) +
                                 "> on line " + std::to_string(line));
        }
        if (s_[pos_] != '>') {
            fail(line_, "malformed closing tag </" + excerpt(name) + ">; expected '>'");
        }
        ++pos_;
        if (open_.empty()) {
            fail(line, "closing tag </" + excerpt(name) + "> has no matching opening tag");
        }
        const Open& top = open_.back();
        if (top.name != name) {
            fail(line, "closing tag </" + excerpt(name) + "> does not match " + tag(top.name) +
                           " opened on line " + std::to_string(top.line));
        }
        closeElement();
    }

    // Blank runs inside an element with text are significant ("<b>a</b> <i>b</i>").
    void closeElement() {
        const Open& top = open_.back();
        const auto first = candidates_.begin() + static_cast<std::ptrdiff_t>(top.firstCandidate);
        if (top.hasText) {
            keep_.insert(keep_.end(), first, candidates_.end());
        }
        candidates_.erase(first, candidates_.end());
        open_.pop_back();
    }

    void scanOpeningTag(int line) {
        ++pos_;
        const std::string_view name = readName(line);
        if (open_.empty() && rootSeen_) {
            fail(line, "more than one root element: " + tag(name) + " after " + tag(rootName_) +
                           "; a file has exactly one root element");
        }
        if (++elements_ > limits_.maxElements) {
            fail(line, "too many elements (" + limitText(limits_.maxElements) + ")");
        }
        if (open_.size() + 1 > limits_.maxDepth) {
            fail(line,
                 "elements are nested too deeply (" + limitText(limits_.maxDepth) + " levels)");
        }
        markupSeen_ = true;
        nonDeclarationSeen_ = true;
        if (open_.empty()) {
            rootSeen_ = true;
            rootName_ = name;
        }
        attributeNames_.clear();
        std::size_t count = 0;
        for (;;) {
            const bool spaced = skipBlanks();
            if (atEnd()) {
                fail(lastLine(), "unexpected end of file in the tag " + tag(name) +
                                     " opened on line " + std::to_string(line));
            }
            const char c = s_[pos_];
            if (c == '>') {
                ++pos_;
                open_.push_back(Open{name, line, candidates_.size(), false});
                return;
            }
            if (c == '/') {
                if (byteAt(pos_ + 1) != '>') {
                    fail(line_, "expected '>' after '/' in the tag " + tag(name));
                }
                pos_ += 2;
                return;
            }
            if (!isNameStart(c)) {
                const bool printable = c > ' ' && c < 0x7F;
                fail(line_, "unexpected character " +
                                (printable ? "'" + std::string(1, c) + "' " : std::string()) +
                                "in the tag " + tag(name));
            }
            const int attributeLine = line_;
            const std::string_view attribute = readName(attributeLine);
            if (!spaced) {
                fail(attributeLine, "missing space before attribute '" + excerpt(attribute) +
                                        "' in the tag " + tag(name));
            }
            if (++count > limits_.maxAttributesPerElement) {
                fail(line, "too many attributes on " + tag(name) + " (" +
                               limitText(limits_.maxAttributesPerElement) + ")");
            }
            // A short list: tags have a few attributes, and a set would allocate per name.
            if (std::find(attributeNames_.begin(), attributeNames_.end(), attribute) !=
                attributeNames_.end()) {
                fail(attributeLine,
                     "attribute '" + excerpt(attribute) + "' appears twice on " + tag(name));
            }
            attributeNames_.push_back(attribute);
            skipBlanks();
            if (atEnd() || s_[pos_] != '=') {
                fail(atEnd() ? lastLine() : line_, "attribute '" + excerpt(attribute) + "' on " +
                                                       tag(name) + " needs a value, as in " +
                                                       excerpt(attribute) + "=\"...\"");
            }
            ++pos_;
            skipBlanks();
            if (atEnd() || (s_[pos_] != '"' && s_[pos_] != '\'')) {
                fail(atEnd() ? lastLine() : line_, "the value of attribute '" + excerpt(attribute) +
                                                       "' on " + tag(name) + " must be in quotes");
            }
            scanAttributeValue(name, attribute);
        }
    }

    void scanAttributeValue(std::string_view element, std::string_view attribute) {
        const char quote = s_[pos_];
        ++pos_;
        const std::size_t begin = pos_;
        const int line = line_;
        for (;;) {
            if (atEnd()) {
                fail(lastLine(), "unexpected end of file in the value of attribute '" +
                                     excerpt(attribute) + "' on " + tag(element) +
                                     " opened on line " + std::to_string(line));
            }
            skipPlain();
            if (atEnd()) {
                continue; // reported above
            }
            const char c = s_[pos_];
            if (c == quote) {
                break;
            }
            if (c == '<') {
                fail(line_, "'<' in the value of attribute '" + excerpt(attribute) + "' on " +
                                tag(element) + ": write &lt; (or is a closing quote missing?)");
            }
            if (c == '&') {
                scanReference();
                continue;
            }
            if (c == '\n') {
                newline();
            }
            ++pos_;
        }
        if (pos_ - begin > limits_.maxStringBytes) {
            fail(line, "the value of attribute '" + excerpt(attribute) + "' on " + tag(element) +
                           " is too long (" + limitText(limits_.maxStringBytes) + " bytes)");
        }
        ++pos_;
    }

    std::string_view s_;
    const std::string& fileName_;
    const Limits& limits_;
    std::size_t start_ = 0; ///< after a UTF-8 byte order mark
    std::size_t pos_ = 0;
    int line_ = 1;
    std::vector<Open> open_;
    std::size_t elements_ = 0;
    bool rootSeen_ = false;
    std::string_view rootName_;
    bool markupSeen_ = false;
    bool nonDeclarationSeen_ = false;
    std::vector<std::string_view> attributeNames_; ///< of the tag being read
    std::vector<std::size_t> candidates_;          ///< blank runs of the open elements
    std::vector<std::size_t> keep_;
};

} // namespace

std::string excerpt(std::string_view text) {
    if (text.size() <= kExcerptBytes) {
        return std::string(text);
    }
    std::size_t cut = kExcerptBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return std::string(text.substr(0, cut)) + "...";
}

PreScanResult preScan(std::string_view bytes, const std::string& fileName, const Limits& limits) {
    return Scanner(bytes, fileName, limits).run();
}

} // namespace respect::engine::xml
