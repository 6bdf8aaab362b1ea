#include "PreScan.hpp"

#include <engine/core/Error.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/xml/Document.hpp>

#include <tinyxml2.h>

namespace respect::engine::xml {
namespace {

// tinyxml2 drops whitespace-only text between two pieces of markup, even when it
// separates words ("<b>a</b> <i>b</i>" would read "ab"). Writing the run's first blank as
// a character reference makes tinyxml2 keep the run; a run of line breaks only gets a
// space in front, as a line break would change every line number after it.
std::string protectBlankRuns(const std::string& text, const std::vector<std::size_t>& runs) {
    std::string out;
    out.reserve(text.size() + runs.size() * 5);
    std::size_t copied = 0;
    for (const std::size_t at : runs) {
        out.append(text, copied, at - copied);
        if (text[at] == ' ') {
            out += "&#32;";
            copied = at + 1;
        } else if (text[at] == '\t') {
            out += "&#9;";
            copied = at + 1;
        } else {
            out += "&#32;";
            copied = at;
        }
    }
    out.append(text, copied, std::string::npos);
    return out;
}

// The pre-scan catches what these report first; they stay as a safety net.
std::string describe(tinyxml2::XMLError error) {
    using namespace tinyxml2;
    std::string message;
    switch (error) {
    case XML_ELEMENT_DEPTH_EXCEEDED:
        message = "elements are nested too deeply for the XML parser";
        break;
    case XML_ERROR_EMPTY_DOCUMENT:
        message = "file is empty";
        break;
    case XML_ERROR_MISMATCHED_ELEMENT:
        message = "a closing tag does not match the element it closes";
        break;
    case XML_ERROR_PARSING_ATTRIBUTE:
        message = "malformed attribute";
        break;
    case XML_ERROR_PARSING_ELEMENT:
        message = "malformed element";
        break;
    case XML_ERROR_PARSING_TEXT:
        message = "malformed text";
        break;
    case XML_ERROR_PARSING_CDATA:
        message = "malformed CDATA section";
        break;
    case XML_ERROR_PARSING_COMMENT:
        message = "malformed comment";
        break;
    case XML_ERROR_PARSING_DECLARATION:
        message = "malformed or misplaced <?...?> declaration";
        break;
    case XML_ERROR_PARSING_UNKNOWN:
        message = "malformed <!...> markup";
        break;
    default:
        message = "malformed XML";
        break;
    }
    return message + " (tinyxml2: " + XMLDocument::ErrorIDToName(error) + ")";
}

} // namespace

struct Document::State {
    tinyxml2::XMLDocument document{true, tinyxml2::PRESERVE_WHITESPACE};
    std::string fileName;
};

Document::Document(std::unique_ptr<State> state) : state_(std::move(state)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Document Document::parse(std::string text, std::string fileName, const Limits& limits) {
    if (text.size() > limits.maxBytes) {
        throw Error(fileName, 0,
                    "file is too large (" + std::to_string(text.size()) + " bytes, the limit is " +
                        std::to_string(limits.maxBytes) + ")");
    }
    const PreScanResult scan = preScan(text, fileName, limits);
    if (!scan.blankRunsToKeep.empty()) {
        text = protectBlankRuns(text, scan.blankRunsToKeep);
    }
    auto state = std::make_unique<State>();
    state->fileName = std::move(fileName);
    const tinyxml2::XMLError error = state->document.Parse(text.data(), text.size());
    if (error != tinyxml2::XML_SUCCESS) {
        throw Error(state->fileName, state->document.ErrorLineNum(), describe(error));
    }
    if (state->document.RootElement() == nullptr) {
        throw Error(state->fileName, 0, "file has no root element");
    }
    return Document(std::move(state));
}

Document Document::loadFile(const std::filesystem::path& path, std::string displayName,
                            const Limits& limits) {
    std::string name = displayName.empty() ? path.string() : std::move(displayName);
    std::string text = io::readFileLimited(path, limits.maxBytes, name);
    return parse(std::move(text), std::move(name), limits);
}

Document Document::load(const io::ContentRoot& root, const std::string& relative,
                        const Limits& limits) {
    return loadFile(root.resolve(relative), relative, limits);
}

Element Document::root() const {
    return Element(state_->document.RootElement(), &state_->fileName);
}

const std::string& Document::fileName() const {
    return state_->fileName;
}

} // namespace respect::engine::xml
