// Document: parsing, loading through the file reader and the content root, moving.
#include <engine/core/Error.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/xml/Document.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <type_traits>

using respect::engine::Error;
using respect::engine::io::ContentRoot;
using respect::engine::xml::Document;
using respect::engine::xml::Limits;

namespace {

std::string failureOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.what();
    }
    return "no error";
}

// A scratch folder removed at the end of the test.
class ScratchFolder {
public:
    ScratchFolder()
        : path_(std::filesystem::temp_directory_path() /
                ("respect-xml-test-" + std::to_string(std::random_device{}()))) {
        std::filesystem::create_directories(path_);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace

TEST_CASE("A valid document keeps element names and lines", "[xml][unit]") {
    const Document document = Document::parse("<?xml version=\"1.0\"?>\n"
                                              "<!-- header -->\n"
                                              "<campaign>\n"
                                              "  <level id=\"one\"/>\n"
                                              "\n"
                                              "  <level\n"
                                              "     id=\"two\">\n"
                                              "    <unlock/>\n"
                                              "  </level>\n"
                                              "</campaign>\n",
                                              "campaign.xml");
    CHECK(document.fileName() == "campaign.xml");
    const auto root = document.root();
    CHECK(root.name() == "campaign");
    CHECK(root.line() == 3);
    CHECK(root.fileName() == "campaign.xml");
    const auto levels = root.children();
    REQUIRE(levels.size() == 2);
    CHECK(levels[0].name() == "level");
    CHECK(levels[0].line() == 4);
    CHECK(levels[1].line() == 6);
    REQUIRE(levels[1].children().size() == 1);
    CHECK(levels[1].children()[0].name() == "unlock");
    CHECK(levels[1].children()[0].line() == 8);
}

TEST_CASE("Lines are counted the same with Windows line endings", "[xml][unit]") {
    const Document document = Document::parse("<a>\r\n\r\n  <b/>\r\n</a>\r\n", "t.xml");
    CHECK(document.root().children()[0].line() == 3);
    CHECK(failureOf([] { Document::parse("<a>\r\n<b>\r\n</a>\r\n", "t.xml"); }) ==
          "t.xml:3: error: closing tag </a> does not match <b> opened on line 2");
}

TEST_CASE("A document moves and its elements stay valid", "[xml][unit]") {
    Document first = Document::parse("<a><b/></a>", "first.xml");
    const auto b = first.root().children()[0];
    Document moved = std::move(first);
    CHECK(b.name() == "b");
    CHECK(b.fileName() == "first.xml");
    moved = Document::parse("<c/>", "second.xml");
    CHECK(moved.root().name() == "c");
    CHECK(moved.fileName() == "second.xml");
    STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<Document>);
    STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<Document>);
    STATIC_REQUIRE(std::is_nothrow_move_constructible_v<Document>);
}

TEST_CASE("Problems tinyxml2 still finds are mapped to a line and a message", "[xml][unit]") {
    // The pre-scan allows 500 levels here, so tinyxml2's own depth limit (about 100) trips.
    Limits deep;
    deep.maxDepth = 500;
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text += "<e>\n";
    }
    for (int i = 0; i < 200; ++i) {
        text += "</e>\n";
    }
    const std::string message = failureOf([&] { Document::parse(text, "t.xml", deep); });
    CHECK_THAT(message, Catch::Matchers::StartsWith("t.xml:") &&
                            Catch::Matchers::EndsWith(
                                ": error: elements are nested too deeply for the XML parser "
                                "(tinyxml2: XML_ELEMENT_DEPTH_EXCEEDED)"));
    CHECK(message.rfind("t.xml:0:", 0) != 0);
}

TEST_CASE("Documents load from a content root, named by their relative path", "[xml][unit]") {
    const ContentRoot root(RESPECT_TEST_DATA_DIR);
    const Document document = Document::load(root, "xml/valid.xml");
    CHECK(document.fileName() == "xml/valid.xml");
    CHECK(document.root().name() == "scene");
    CHECK(document.root().line() == 3);
    CHECK(document.root().child("say")->normalizedText() == "Hello\xC2\xA0there & welcome");
    CHECK(failureOf([&] { Document::load(root, "xml/mismatched.xml"); }) ==
          "xml/mismatched.xml:3: error: closing tag </scene> does not match <a> opened on line 2");
    CHECK(failureOf([&] { Document::load(root, "xml/missing.xml"); }) ==
          "xml/missing.xml: error: file not found");
    CHECK(failureOf([&] { Document::load(root, "../CMakeLists.txt"); }) ==
          "../CMakeLists.txt: error: '..' is not allowed in content paths");
}

TEST_CASE("A file larger than the limit is refused by size before it is read", "[xml][unit]") {
    const ScratchFolder folder;
    const auto path = folder.path() / "huge.xml";
    {
        std::ofstream out(path, std::ios::binary);
        out << "<a>" << std::string(10 * 1024 * 1024, ' ') << "</a>";
    }
    CHECK(failureOf([&] { Document::loadFile(path, "huge.xml"); }) ==
          "huge.xml: error: file is too large (10485767 bytes, the limit is 8388608)");
    Limits generous;
    generous.maxBytes = 16 * 1024 * 1024;
    generous.maxStringBytes = 16 * 1024 * 1024;
    CHECK(Document::loadFile(path, "huge.xml", generous).root().name() == "a");
    CHECK(Document::loadFile(path, "", generous).fileName() == path.string());
}
