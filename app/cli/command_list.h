// The subcommands of batterytrace-cli, in the order --help lists them.
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace bt::cli {

std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace bt::cli
