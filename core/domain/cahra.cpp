#include "domain/cahra.h"

#include <algorithm>

namespace bt::domain {

// Whole countries in which the EU's indicative, non-exhaustive CAHRA list names
// conflict-affected or high-risk areas; the EU list (like the OECD Due Diligence
// Guidance it serves) is about areas, and a country-level list is the coarser, safer
// reading for a flag that asks for a closer look. The EU list is revised
// periodically: compare with the current one at the address in cahraSource() and edit
// this one place.
std::string_view cahraSource() noexcept
{
    return "EU indicative, non-exhaustive list of conflict-affected and high-risk areas under Regulation (EU) "
           "2017/821, Art. 14(2) (https://www.cahraslist.net), read at country level";
}

const std::vector<std::string_view>& cahraCountries() noexcept
{
    static const std::vector<std::string_view> kCountries = {
        "AF",  // Afghanistan
        "BF",  // Burkina Faso
        "BI",  // Burundi
        "CD",  // Democratic Republic of the Congo
        "CF",  // Central African Republic
        "CM",  // Cameroon
        "ET",  // Ethiopia
        "HT",  // Haiti
        "IQ",  // Iraq
        "LY",  // Libya
        "ML",  // Mali
        "MM",  // Myanmar
        "MZ",  // Mozambique
        "NE",  // Niger
        "NG",  // Nigeria
        "SD",  // Sudan
        "SO",  // Somalia
        "SS",  // South Sudan
        "SY",  // Syria
        "UA",  // Ukraine
        "VE",  // Venezuela
        "YE",  // Yemen
    };
    return kCountries;
}

bool isCahraCountry(std::string_view code) noexcept
{
    const auto& list = cahraCountries();
    return std::find(list.begin(), list.end(), code) != list.end();
}

}  // namespace bt::domain
