#include "domain/gs1_identifier.h"

#include <algorithm>

namespace bt::domain {

namespace {

bool allDigits(std::string_view s) noexcept
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Lots and serials use only A-Z 0-9 and '-' (data model §1): no character whose
// percent-encoding differs between Digital Link implementations.
bool plainCode(std::string_view s) noexcept
{
    return !s.empty() && s.size() <= 20 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool giaiChars(std::string_view s) noexcept
{
    // GS1 AI 8004: up to 30 characters of the GS1 AI encodable set 82; the data model
    // uses company prefix digits followed by A-Z 0-9 '-'.
    return !s.empty() && s.size() <= 30 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

}  // namespace

bool gs1CheckDigitValid(std::string_view digits) noexcept
{
    if (!allDigits(digits) || digits.size() < 2) return false;
    int sum = 0;
    const std::size_t n = digits.size() - 1;
    // Weights 3,1,3,… from the digit next to the check digit, leftwards.
    for (std::size_t i = 0; i < n; ++i) {
        const int d = digits[n - 1 - i] - '0';
        sum += (i % 2 == 0) ? 3 * d : d;
    }
    const int check = (10 - sum % 10) % 10;
    return check == digits[n] - '0';
}

std::optional<Gs1Id> parseDigitalLink(std::string_view uri, std::string& error)
{
    if (uri.substr(0, kDigitalLinkPrefix.size()) != kDigitalLinkPrefix) {
        error = "\"" + std::string(uri) + "\" is not a GS1 Digital Link URI on https://id.gs1.org/";
        return std::nullopt;
    }
    if (uri.find_first_of("?#") != std::string_view::npos) {
        error = "\"" + std::string(uri) + "\" has a query string or fragment (the data model uses the canonical form)";
        return std::nullopt;
    }
    std::string_view rest = uri.substr(kDigitalLinkPrefix.size());
    auto nextSegment = [&rest]() {
        const std::size_t slash = rest.find('/');
        std::string_view seg = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        return seg;
    };
    const std::string_view ai = nextSegment();
    const std::string_view key = nextSegment();
    const std::string_view ai2 = nextSegment();
    const std::string_view qual = nextSegment();
    const bool more = !rest.empty();
    auto bad = [&](const std::string& why) {
        error = "\"" + std::string(uri) + "\": " + why;
        return std::nullopt;
    };
    Gs1Id id;
    id.key = std::string(key);
    id.qualifier = std::string(qual);
    if (ai == "01") {
        if (key.size() != 14 || !allDigits(key)) return bad("a GTIN must be 14 digits");
        if (!gs1CheckDigitValid(key)) return bad("wrong GTIN check digit");
        if (ai2 == "10") id.type = Gs1Type::Lgtin;
        else if (ai2 == "21") id.type = Gs1Type::Sgtin;
        else return bad("expected /10/{lot} or /21/{serial} after the GTIN");
        if (!plainCode(qual) || more) return bad("a lot or serial is 1-20 characters of A-Z 0-9 -");
        return id;
    }
    if (ai == "414" || ai == "417") {
        if (key.size() != 13 || !allDigits(key)) return bad("a GLN must be 13 digits");
        if (!gs1CheckDigitValid(key)) return bad("wrong GLN check digit");
        if (ai == "417") {
            if (!ai2.empty() || more) return bad("a party GLN takes no extension");
            id.type = Gs1Type::Pgln;
            return id;
        }
        id.type = Gs1Type::Sgln;
        if (ai2.empty()) return id;
        if (ai2 != "254" || !plainCode(qual) || more) return bad("expected /254/{extension} after the GLN");
        return id;
    }
    if (ai == "8004") {
        if (!giaiChars(key) || !ai2.empty()) return bad("a GIAI is up to 30 characters of A-Z 0-9 -");
        id.type = Gs1Type::Giai;
        return id;
    }
    if (ai == "00") {
        if (key.size() != 18 || !allDigits(key)) return bad("an SSCC must be 18 digits");
        if (!gs1CheckDigitValid(key)) return bad("wrong SSCC check digit");
        if (!ai2.empty()) return bad("an SSCC takes no qualifier");
        id.type = Gs1Type::Sscc;
        return id;
    }
    return bad("unknown application identifier /" + std::string(ai) + "/");
}

std::string glnOf(std::string_view uri)
{
    std::string error;
    auto id = parseDigitalLink(uri, error);
    if (!id || (id->type != Gs1Type::Sgln && id->type != Gs1Type::Pgln)) return {};
    return id->key;
}

}  // namespace bt::domain
