#include "sim/gs1_codes.h"

#include <cassert>
#include <cstdio>

namespace bt::sim::gs1 {

namespace {

std::string digits(std::uint64_t v, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*llu", width, static_cast<unsigned long long>(v));
    return buf;
}

}  // namespace

char checkDigit(std::string_view d)
{
    // Weights 3, 1, 3, … from the rightmost digit of the key leftwards.
    int sum = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const int v = d[d.size() - 1 - i] - '0';
        sum += (i % 2 == 0) ? 3 * v : v;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string gln(std::string_view companyPrefix, unsigned locationRef)
{
    assert(companyPrefix.size() == 7);
    std::string key = std::string(companyPrefix) + digits(locationRef, 5);
    return key + checkDigit(key);
}

std::string gtin(std::string_view companyPrefix, unsigned itemRef, char indicator)
{
    assert(companyPrefix.size() == 7);
    std::string key = std::string(1, indicator) + std::string(companyPrefix) + digits(itemRef, 5);
    return key + checkDigit(key);
}

std::string sscc(std::string_view companyPrefix, std::uint64_t serialRef, char extension)
{
    assert(companyPrefix.size() == 7);
    std::string key = std::string(1, extension) + std::string(companyPrefix) + digits(serialRef, 9);
    return key + checkDigit(key);
}

std::string lgtinUri(std::string_view gtin14, std::string_view lot)
{
    return "https://id.gs1.org/01/" + std::string(gtin14) + "/10/" + std::string(lot);
}

std::string sgtinUri(std::string_view gtin14, std::string_view serial)
{
    return "https://id.gs1.org/01/" + std::string(gtin14) + "/21/" + std::string(serial);
}

std::string sglnUri(std::string_view gln13, std::string_view extension)
{
    std::string uri = "https://id.gs1.org/414/" + std::string(gln13);
    if (!extension.empty()) uri += "/254/" + std::string(extension);
    return uri;
}

std::string pglnUri(std::string_view gln13) { return "https://id.gs1.org/417/" + std::string(gln13); }

std::string giaiUri(std::string_view companyPrefix, std::string_view assetRef)
{
    return "https://id.gs1.org/8004/" + std::string(companyPrefix) + std::string(assetRef);
}

std::string ssccUri(std::string_view sscc18) { return "https://id.gs1.org/00/" + std::string(sscc18); }

std::string vin(std::string_view wmi, std::string_view descriptor, char modelYear, char plant, unsigned serial)
{
    assert(wmi.size() == 3 && descriptor.size() == 5);
    std::string v = std::string(wmi) + std::string(descriptor) + "0" + modelYear + plant + digits(serial, 6);
    // ISO 3779 / 49 CFR 565 transliteration and weights.
    auto value = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        static const char* letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        static const int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = 0; letters[i]; ++i)
            if (letters[i] == c) return values[i];
        return 0;
    };
    static const int weights[] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) sum += value(v[i]) * weights[i];
    const int check = sum % 11;
    v[8] = check == 10 ? 'X' : static_cast<char>('0' + check);
    return v;
}

}  // namespace bt::sim::gs1
