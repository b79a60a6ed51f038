// The index schema, as a list of migrations: steps[v] takes schema v to v + 1.
#pragma once

#include <vector>

namespace bt {

const std::vector<std::vector<const char*>>& schemaMigrations();

}  // namespace bt
