// GS1 Digital Link URIs as the data model uses them (docs/data-model.md §1): the
// canonical https://id.gs1.org form, no query string, valid check digits. Parsing is
// strict on purpose: an identifier that is not in that form is a data-model failure
// of the event that carries it, not something to guess at.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bt::domain {

enum class Gs1Type { Lgtin, Sgtin, Sgln, Pgln, Giai, Sscc };

struct Gs1Id {
    Gs1Type type = Gs1Type::Lgtin;
    std::string key;        // GTIN-14, GLN-13, SSCC-18 or the GIAI
    std::string qualifier;  // the lot (LGTIN), serial (SGTIN) or GLN extension (SGLN)
};

inline constexpr std::string_view kDigitalLinkPrefix = "https://id.gs1.org/";

// Parses `uri`; on failure returns nullopt and says why in `error`.
std::optional<Gs1Id> parseDigitalLink(std::string_view uri, std::string& error);

// The GS1 mod-10 check digit over all digits but the last equals the last.
bool gs1CheckDigitValid(std::string_view digits) noexcept;

// The GLN-13 of an SGLN or PGLN URI ("" when `uri` is neither).
std::string glnOf(std::string_view uri);

}  // namespace bt::domain
