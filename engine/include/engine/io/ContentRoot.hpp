#pragma once
// A folder of game data. Every asset path in content is resolved through it, so a
// file can never point outside the folder: no absolute paths, no "..", no symbolic
// links that leave the root, only regular files.

#include <engine/io/FileReader.hpp>

#include <filesystem>
#include <string>

namespace respect::engine::io {

class ContentRoot {
public:
    /// Throws engine::Error when `root` is not an existing directory.
    explicit ContentRoot(const std::filesystem::path& root);

    const std::filesystem::path& path() const { return root_; }

    /// Resolves a '/'-separated relative path to an existing regular file inside the root.
    /// Throws engine::Error naming `relative` when it is empty, absolute, contains "..",
    /// leaves the root (also through links), is missing or is not a regular file.
    std::filesystem::path resolve(const std::string& relative) const;

    /// Like resolve() but also accepts a path that does not exist yet (for checks that
    /// only need the name to be safe).
    std::filesystem::path resolveName(const std::string& relative) const;

    /// resolve() then readFileLimited().
    std::string read(const std::string& relative, std::size_t maxBytes = kDefaultMaxFileBytes) const;

    /// True when resolve() would succeed.
    bool contains(const std::string& relative) const;

private:
    std::filesystem::path root_; ///< canonical
};

/// Resolves `relative` (as written inside the content file `fromFile`) against the folder of
/// `fromFile` and normalizes it lexically: joinContentPath("a/maps/m.tmx", "../tiles/x.tsx")
/// is "a/tiles/x.tsx". Throws engine::Error naming `relative` when it is empty, absolute or
/// would leave the content folder. Existence is not checked: pass the result to resolve().
std::string joinContentPath(const std::string& fromFile, const std::string& relative);

} // namespace respect::engine::io
