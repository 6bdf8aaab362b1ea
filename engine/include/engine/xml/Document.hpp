#pragma once
// One XML file, checked by a linear pre-scan (encoding, well-formedness, Limits, no
// DOCTYPE) before tinyxml2 parses it. Every failure throws engine::Error with file and line.

#include <engine/io/ContentRoot.hpp>
#include <engine/xml/Element.hpp>
#include <engine/xml/Limits.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace respect::engine::xml {

class Document {
public:
    /// `fileName` names the text in diagnostics.
    static Document parse(std::string text, std::string fileName, const Limits& limits = {});
    /// Reads through io::readFileLimited (regular files only, at most limits.maxBytes);
    /// diagnostics name `displayName`, or the path when it is empty.
    static Document loadFile(const std::filesystem::path& path, std::string displayName,
                             const Limits& limits = {});
    /// Resolves `relative` inside the content root (sandboxed) and loads it; diagnostics
    /// name `relative`.
    static Document load(const io::ContentRoot& root, const std::string& relative,
                         const Limits& limits = {});

    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    ~Document();

    Element root() const;
    const std::string& fileName() const;

private:
    struct State;
    explicit Document(std::unique_ptr<State> state);

    std::unique_ptr<State> state_;
};

} // namespace respect::engine::xml
