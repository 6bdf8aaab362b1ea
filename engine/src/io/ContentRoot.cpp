#include <engine/core/Error.hpp>
#include <engine/io/ContentRoot.hpp>

#include <cctype>
#include <system_error>
#include <vector>

namespace respect::engine::io {
namespace fs = std::filesystem;

namespace {

bool isInside(const fs::path& root, const fs::path& candidate) {
    auto rootIt = root.begin();
    auto it = candidate.begin();
    for (; rootIt != root.end(); ++rootIt, ++it) {
        if (it == candidate.end() || *it != *rootIt) {
            return false;
        }
    }
    return true;
}

} // namespace

ContentRoot::ContentRoot(const fs::path& root) {
    std::error_code error;
    if (!fs::is_directory(root, error)) {
        throw Error(root.string(), 0, "content folder not found");
    }
    root_ = fs::canonical(root, error);
    if (error) {
        throw Error(root.string(), 0, error.message());
    }
}

fs::path ContentRoot::resolveName(const std::string& relative) const {
    if (relative.empty()) {
        throw Error(relative, 0, "empty path");
    }
    if (relative.find('\0') != std::string::npos || relative.find('\\') != std::string::npos) {
        throw Error(relative, 0, "path must use '/' and printable characters");
    }
    const fs::path given(relative);
    if (given.is_absolute() || relative.front() == '/') {
        throw Error(relative, 0, "absolute paths are not allowed in content; use a path "
                                 "relative to the content folder");
    }
    for (const auto& part : given) {
        if (part == "..") {
            throw Error(relative, 0, "'..' is not allowed in content paths");
        }
    }
    const fs::path joined = (root_ / given).lexically_normal();
    std::error_code error;
    // weakly_canonical follows every link that exists, so a link that leaves the root is caught.
    const fs::path real = fs::weakly_canonical(joined, error);
    if (error || !isInside(root_, real)) {
        throw Error(relative, 0, "path leaves the content folder");
    }
    return real;
}

fs::path ContentRoot::resolve(const std::string& relative) const {
    const fs::path real = resolveName(relative);
    std::error_code error;
    const auto status = fs::status(real, error);
    if (error || !fs::exists(status)) {
        throw Error(relative, 0, "file not found");
    }
    if (!fs::is_regular_file(status)) {
        throw Error(relative, 0, "not a regular file");
    }
    return real;
}

std::string ContentRoot::read(const std::string& relative, std::size_t maxBytes) const {
    return readFileLimited(resolve(relative), maxBytes, relative);
}

bool ContentRoot::contains(const std::string& relative) const {
    try {
        resolve(relative);
        return true;
    } catch (const Error&) {
        return false;
    }
}

std::string joinContentPath(const std::string& fromFile, const std::string& relative) {
    if (relative.empty()) {
        throw Error(relative, 0, "empty path");
    }
    if (relative.find('\0') != std::string::npos || relative.find('\\') != std::string::npos) {
        throw Error(relative, 0, "path must use '/' and printable characters");
    }
    if (relative.front() == '/' || fs::path(relative).is_absolute() ||
        (relative.size() >= 2 && relative[1] == ':' &&
         std::isalpha(static_cast<unsigned char>(relative[0])) != 0)) {
        throw Error(relative, 0,
                    "absolute paths are not allowed in content; use a path "
                    "relative to the file that names it");
    }
    const std::size_t slash = fromFile.rfind('/');
    const std::string joined =
        slash == std::string::npos ? relative : fromFile.substr(0, slash + 1) + relative;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find('/', start);
        if (end == std::string::npos) {
            end = joined.size();
        }
        const std::string part = joined.substr(start, end - start);
        if (part == "..") {
            if (parts.empty()) {
                throw Error(relative, 0, "path leaves the content folder");
            }
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    if (parts.empty()) {
        throw Error(relative, 0, "path names the content folder itself, not a file");
    }
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) {
            out += '/';
        }
        out += part;
    }
    return out;
}

} // namespace respect::engine::io
