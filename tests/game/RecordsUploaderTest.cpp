// Sending records in the background: the uploader posts what waits in a records folder
// through the HTTP client it is given (a fake here), never blocking the caller, and keeps
// what went wrong for the player.

#include "RunProgram.hpp"

#include <game/records/RecordsUploader.hpp>

#include <catch2/catch.hpp>

#include <atomic>

using namespace respect;
namespace fs = std::filesystem;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;

/// Answers every request with `status` (0: no answer) and remembers what it was asked.
class FakeLrs final : public engine::http::HttpClient {
public:
    FakeLrs(std::vector<engine::http::HttpRequest>& requests, int status)
        : requests_(requests), status_(status) {}
    engine::http::HttpResponse post(const engine::http::HttpRequest& request) override {
        requests_.push_back(request);
        engine::http::HttpResponse response;
        response.status = status_;
        response.error = status_ == 0 ? "Connection refused" : "";
        return response;
    }

private:
    std::vector<engine::http::HttpRequest>& requests_;
    int status_;
};

fs::path recordedFolder(const test::TemporaryFolder& folder) {
    const auto records = folder / "records";
    const auto result =
        test::runRespect("run '" + (kData / "levels" / "sample-first-day.xml").string() +
                         "' --choose 1,1,1,1,1 --records '" + records.string() + "'");
    REQUIRE(result.exitCode == 0);
    return records;
}

} // namespace

TEST_CASE("The uploader sends a folder's statements to the LRS in the background",
          "[records][lrs][unit]") {
    const test::TemporaryFolder folder;
    const auto records = recordedFolder(folder);
    std::vector<engine::http::HttpRequest> requests;
    std::atomic<int> clientsMade{0};
    {
        game::RecordsUploader uploader([&] {
            ++clientsMade;
            return std::make_unique<FakeLrs>(requests, 200);
        });
        REQUIRE(uploader.available());
        uploader.send(game::RecordsFolder(records), {"https://lrs.example.org/xapi/", "key", "pw"});
        uploader.waitUntilIdle();
        CHECK(uploader.takeProblems().empty());
        uploader.send(game::RecordsFolder(records), {"https://lrs.example.org/xapi/", "key", "pw"});
        uploader.waitUntilIdle();
    }
    CHECK(clientsMade == 1);
    REQUIRE(requests.size() == 1); // the second job found nothing waiting
    const auto& request = requests[0];
    CHECK(request.url == "https://lrs.example.org/xapi/statements");
    CHECK(request.username == "key");
    CHECK(request.password == "pw");
    CHECK(std::find(request.headers.begin(), request.headers.end(),
                    std::make_pair(std::string("X-Experience-API-Version"),
                                   std::string("1.0.3"))) != request.headers.end());
    CHECK(request.body.front() == '[');
    CHECK(std::count(request.body.begin(), request.body.end(), '\n') == 0);
    CHECK(game::LrsSender(game::RecordsFolder(records), {"https://lrs.example.org/xapi/", "", ""})
              .waiting() == 0);
}

TEST_CASE("An unreachable LRS leaves the statements waiting and the player told",
          "[records][lrs][unit]") {
    const test::TemporaryFolder folder;
    const auto records = recordedFolder(folder);
    std::vector<engine::http::HttpRequest> requests;
    game::RecordsUploader uploader([&] { return std::make_unique<FakeLrs>(requests, 0); });
    uploader.send(game::RecordsFolder(records), {"https://lrs.example.org/xapi", "", ""});
    uploader.waitUntilIdle();
    const auto problems = uploader.takeProblems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "https://lrs.example.org/xapi could not take the records (Connection "
                         "refused); 8 statements wait and will be sent next time");
    CHECK(game::LrsSender(game::RecordsFolder(records), {"https://lrs.example.org/xapi", "", ""})
              .waiting() == 8);
}

TEST_CASE("A build without HTTP says so instead of sending", "[records][lrs][unit]") {
    const test::TemporaryFolder folder;
    game::RecordsUploader uploader({});
    CHECK_FALSE(uploader.available());
    uploader.send(game::RecordsFolder(folder.path()), {"https://lrs.example.org/xapi", "", ""});
    const auto problems = uploader.takeProblems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("built without libcurl") != std::string::npos);
}
