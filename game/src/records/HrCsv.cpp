#include <game/records/HrCsv.hpp>

#include <cctype>

namespace respect::game {

namespace {

bool isPlainNumber(std::string_view text) {
    std::size_t i = text.size() > 1 && text[0] == '-' ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) != 0) {
            digits = true;
        } else if (text[i] == '.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    return digits;
}

} // namespace

std::string csvCell(std::string_view text) {
    std::string cell(text);
    if (!cell.empty() && !isPlainNumber(cell)) {
        const char first = cell.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
            first == '\r') {
            cell.insert(cell.begin(), '\'');
        }
    }
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + '"';
}

std::string csvRow(const std::vector<std::string>& cells) {
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            row += ',';
        }
        row += csvCell(cells[i]);
    }
    return row + "\r\n";
}

} // namespace respect::game
