// GS1 keys with their check digits and the canonical Digital Link URIs the data model
// uses (docs/data-model.md §1), built from a participant's (fictional) 7-digit GS1
// company prefix. Also vehicle identification numbers with the ISO 3779 check digit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bt::sim::gs1 {

// The GS1 mod-10 check digit of `digits` (the key without its check digit).
char checkDigit(std::string_view digits);

// GLN-13: prefix (7) + location reference (5) + check digit.
std::string gln(std::string_view companyPrefix, unsigned locationRef);
// GTIN-14: indicator + prefix (7) + item reference (5) + check digit.
std::string gtin(std::string_view companyPrefix, unsigned itemRef, char indicator = '0');
// SSCC-18: extension digit + prefix (7) + serial reference (9) + check digit.
std::string sscc(std::string_view companyPrefix, std::uint64_t serialRef, char extension = '3');

// Digital Link URIs on https://id.gs1.org.
std::string lgtinUri(std::string_view gtin14, std::string_view lot);
std::string sgtinUri(std::string_view gtin14, std::string_view serial);
std::string sglnUri(std::string_view gln13, std::string_view extension = {});
std::string pglnUri(std::string_view gln13);
std::string giaiUri(std::string_view companyPrefix, std::string_view assetRef);
std::string ssccUri(std::string_view sscc18);

// A 17-character VIN: WMI (3) + vehicle descriptor (5) + ISO 3779 check digit +
// model-year code + plant code + 6-digit serial. Letters I, O and Q are not used.
std::string vin(std::string_view wmi, std::string_view descriptor, char modelYear, char plant, unsigned serial);

}  // namespace bt::sim::gs1
