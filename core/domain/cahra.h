// Conflict-affected and high-risk areas (CAHRAs): the one list the explorer flags
// origins against (docs/data-model.md §3.5). Kept here, with its source, so that an
// update is one edit.
#pragma once

#include <string_view>
#include <vector>

namespace bt::domain {

// The source the list was taken from, for the output of every query that uses it.
std::string_view cahraSource() noexcept;

// ISO 3166-1 alpha-2 codes on the list.
const std::vector<std::string_view>& cahraCountries() noexcept;

bool isCahraCountry(std::string_view isoAlpha2) noexcept;

}  // namespace bt::domain
