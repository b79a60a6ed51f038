// How many distinct validators must have committed a block, per engine, out of the
// N validators of the set the block was sealed under.
#pragma once

#include "consensus/engine.h"

#include <cstddef>

namespace bt::consensus {

// F = ⌊(N − 1) / 3⌋: the faulty validators a set of N tolerates (Besu ibftlegacy;
// GoQuorum's F() = ⌈N/3⌉ − 1 is the same number for every N).
constexpr std::size_t faultTolerance(std::size_t n) noexcept { return n == 0 ? 0 : (n - 1) / 3; }

// Committers required:
//   IBFT 2.0, QBFT  ⌈2N/3⌉ — Besu BftHelpers.calculateRequiredValidatorQuorum, enforced on
//                   import by BftCommitSealsValidationRule; GoQuorum's QBFT core commits
//                   with the same ⌈2N/3⌉ (its import check, "valid seals > F", is weaker).
//   Istanbul 1.0    2F + 1 — GoQuorum istanbul QuorumSize() and Besu ibftlegacy before a
//                   chain's ceil2Nby3Block. Chains that set ceil2Nby3Block commit with
//                   ⌈2N/3⌉ (never fewer than 2F + 1); that block number is in the genesis
//                   file, not in headers, so the explorer requires the rule every Istanbul
//                   chain met.
//   Clique, no-seal engines: no committers (0).
constexpr std::size_t requiredCommitters(EngineKind k, std::size_t n) noexcept
{
    switch (k) {
    case EngineKind::Ibft2:
    case EngineKind::Qbft: return (2 * n + 2) / 3;
    case EngineKind::IstanbulLegacy: return 2 * faultTolerance(n) + 1;
    default: return 0;
    }
}

}  // namespace bt::consensus
