// The registry contract's bytecode, embedded at build time from the committed
// artifact (contracts/BatteryTraceRegistry.json), so the simulator deploys exactly
// what the repository's source compiles to and can recognise a deployed registry by
// its runtime code.
#pragma once

#include <string_view>

namespace bt::sim {

// "0x…": the creation code sent to deploy the registry.
std::string_view registryCreationCode() noexcept;
// "0x…": the code a deployed registry holds (eth_getCode).
std::string_view registryRuntimeCode() noexcept;

}  // namespace bt::sim
