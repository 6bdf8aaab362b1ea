#pragma once
// The texts of content files (a level, the Diversity Code) as translation units, and
// copies of the models with those texts translated. Unit ids are stable and readable:
//
//   level:  title · summary · character:<id> · encounter:<id>:title · encounter:<id>:note
//           <line id> ("encounter/node#line-2") · <choice id> ("encounter/node#choice-1")
//           <choice id>:feedback · <choice id>:unavailable · <node id>:note · question:<n>
//   code:   title · dimension:<id> · rule:<id>:title · rule:<id>:text
//
// Line and choice ids are the level's own (explicit `id=` or their position in the node),
// so an edited line keeps its id and its unit: the catalog then notices the source changed
// and marks the unit stale, and the game shows the new source until it is translated again.

#include <engine/i18n/CatalogMerge.hpp>
#include <engine/i18n/Translator.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <string>
#include <vector>

namespace respect::game {

/// Every text of `level` a player or facilitator reads, in document order, each with a note
/// for translators (who speaks, in which encounter, what it is for, the rule it names).
std::vector<engine::i18n::SourceText> levelSourceTexts(const Level& level,
                                                       const DiversityCode& code);

/// Every text of the Diversity Code, in document order.
std::vector<engine::i18n::SourceText> codeSourceTexts(const DiversityCode& code);

/// `level` with every text replaced by its translation (the source where there is none).
Level translateLevel(const Level& level, const engine::i18n::Translator& translator);

/// `code` with every text replaced by its translation (the source where there is none).
DiversityCode translateCode(const DiversityCode& code, const engine::i18n::Translator& translator);

/// Puts `level` and `code` into `language` from their catalogs under `content`; a missing
/// catalog or unit leaves the source text. Throws engine::Error (file:line) for a catalog
/// that cannot be read. "" or the level's own language changes nothing.
void localizeContent(const engine::io::ContentRoot& content, const std::string& language,
                     Level& level, DiversityCode& code);

/// The catalog path of a level, or of the Diversity Code: "locales/{lang}/<level-id>.xlf",
/// "locales/{lang}/diversity-code.xlf" (a Translator::load pattern).
std::string levelCatalogPattern(const std::string& levelId);
constexpr const char* kCodeCatalogPattern = "locales/{lang}/diversity-code.xlf";
constexpr const char* kUiCatalogPattern = "locales/{lang}/ui.xlf";

} // namespace respect::game
