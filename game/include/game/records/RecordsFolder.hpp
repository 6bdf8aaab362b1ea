#pragma once
// The completion records of one player in one folder (by default records/ in the player's
// data folder; also a folder the settings or `--records DIR` name), written when a scenario
// is finished:
//   xapi-statements.jsonl  every xAPI statement, one per line, oldest first (the outbox)
//   completions.json       every finished play: the source of the two files below
//   completions.csv        the same for HR, one row per play, formula cells escaped
//   certificate.html       the campaign's certificate of completion (a training record
//                          until every scenario is completed)
// Each file is replaced atomically, so a crash leaves the previous version whole.

#include <engine/io/ContentRoot.hpp>
#include <game/records/XapiStatements.hpp>
#include <game/report/DebriefReport.hpp>
#include <game/text/UiText.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace respect::game {

/// The campaign as the certificate lists it.
struct CampaignOutline {
    std::string title;
    struct Scenario {
        std::string levelId;
        std::string title;
    };
    std::vector<Scenario> scenarios; ///< play order
};

/// One finished play, as completions.json keeps it.
struct CompletionEntry {
    std::string registration;
    std::string levelId;
    std::string title;
    std::string language;
    std::string startedAt;
    std::string finishedAt;
    double durationSeconds = 0.0;
    std::string learnerName;
    std::string learnerEmail;
    std::string playerId;
    int score = 0;
    bool success = false;
    std::map<std::string, int> outcomes; ///< "respectful" → how many encounters ended so
};

class RecordsFolder {
public:
    static constexpr const char* kStatementsFile = "xapi-statements.jsonl";
    static constexpr const char* kCompletionsFile = "completions.json";
    static constexpr const char* kCsvFile = "completions.csv";
    static constexpr const char* kCertificateFile = "certificate.html";

    explicit RecordsFolder(std::filesystem::path folder) : folder_(std::move(folder)) {}
    const std::filesystem::path& path() const { return folder_; }

    /// Records a finished play: appends `statements`, adds its entry to completions.json and
    /// rewrites the CSV and the certificate (in the UI's language). Creates the folder
    /// (private to the user). Throws engine::Error naming the file that could not be read or
    /// written; a damaged completions.json is reported and left as it is, never replaced.
    void recordPlay(const DebriefReport& report, const PlayRecordContext& context,
                    const std::vector<std::string>& statements, const CampaignOutline& campaign,
                    const UiText& text) const;

    /// Appends statements to the outbox only: a team event's, which belong to no one's
    /// completion list or certificate. Creates the folder; throws engine::Error naming it.
    void recordStatements(const std::vector<std::string>& statements) const;

    /// The statements written so far (empty when none). Throws engine::Error when unreadable.
    std::vector<std::string> statements() const;
    /// The plays recorded so far. Throws engine::Error naming the file when it is damaged.
    std::vector<CompletionEntry> completions() const;

private:
    std::filesystem::path folder_;
};

/// The shipped campaign's title and scenarios (titles in `language` where translated).
/// Scenarios whose level cannot be loaded are listed by file name; a campaign that cannot
/// be read gives an empty outline (the certificate then lists no scenario).
CampaignOutline loadCampaignOutline(const engine::io::ContentRoot& content,
                                    const std::string& language);

/// The CSV text of `entries`, with its header row.
std::string completionsCsv(const std::vector<CompletionEntry>& entries);

/// The certificate page for `learner`: each scenario of the campaign with the date the
/// learner first completed it. `date` is the issue date (ISO 8601).
std::string certificateHtml(const CampaignOutline& campaign, const Learner& learner,
                            const std::vector<CompletionEntry>& entries, const UiText& text,
                            const std::string& date);

} // namespace respect::game
