// The index schema, as a list of migrations: steps[v] takes schema v to v + 1.
// Append a step to change the schema; never edit a released one.
#pragma once

#include <vector>

namespace bt {

const std::vector<std::vector<const char*>>& schemaMigrations();

}  // namespace bt
