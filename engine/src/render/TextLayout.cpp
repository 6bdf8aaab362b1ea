#include <engine/core/Utf8.hpp>
#include <engine/render/TextLayout.hpp>

namespace respect::engine {
namespace {

// Breaks a word that is wider than a line into pieces that fit.
void splitLongWord(Canvas& canvas, const std::string& word, const TextStyle& style, float maxWidth,
                   std::vector<std::string>& lines) {
    std::string piece;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t next = i + 1;
        while (next < word.size() && isUtf8Continuation(word[next])) {
            ++next;
        }
        const std::string candidate = piece + word.substr(i, next - i);
        if (!piece.empty() && canvas.measureText(candidate, style).x > maxWidth) {
            lines.push_back(piece);
            piece = word.substr(i, next - i);
        } else {
            piece = candidate;
        }
        i = next;
    }
    if (!piece.empty()) {
        lines.push_back(piece);
    }
}

void wrapParagraph(Canvas& canvas, std::string_view paragraph, const TextStyle& style,
                   float maxWidth, std::vector<std::string>& lines) {
    std::string line;
    std::size_t start = 0;
    while (start <= paragraph.size()) {
        std::size_t end = paragraph.find(' ', start);
        if (end == std::string_view::npos) {
            end = paragraph.size();
        }
        const std::string word(paragraph.substr(start, end - start));
        start = end + 1;
        if (word.empty()) {
            continue;
        }
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (canvas.measureText(candidate, style).x <= maxWidth) {
            line = candidate;
            continue;
        }
        if (!line.empty()) {
            lines.push_back(line);
            line.clear();
        }
        if (canvas.measureText(word, style).x > maxWidth) {
            splitLongWord(canvas, word, style, maxWidth, lines);
            line = lines.back();
            lines.pop_back();
        } else {
            line = word;
        }
    }
    lines.push_back(line);
}

} // namespace

std::vector<std::string> wrapText(Canvas& canvas, std::string_view text, const TextStyle& style,
                                  float maxWidth) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        wrapParagraph(canvas, text.substr(start, end - start), style, maxWidth, lines);
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return lines;
}

} // namespace respect::engine
