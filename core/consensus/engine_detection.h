// Which engine a chain runs, from its anchor block (the genesis, or a pinned
// checkpoint) — the only block the explorer trusts before it has verified anything:
//
//   mixHash = the Istanbul digest, extraData = 32 bytes ‖ RLP[validators, seal, seals]  → ibft (1.0)
//   mixHash = the Istanbul digest, extraData = RLP[vanity, validators, vote, round, seals]:
//       vote 0x80 or round of exactly 4 bytes                                           → ibft2
//       vote a list (0xc0 when empty) and round a minimal scalar                        → qbft
//   extraData = 32 bytes ‖ N ≥ 1 addresses ‖ 65 bytes, mixHash zero                    → clique
//   otherwise: difficulty 0 → pos, else ethash (no seal checks for either)
//
// The rest of the chain's behaviour is checked block by block against the engine
// (a block that does not fit it fails, with the reason). The user can override the
// detection (--engine), e.g. when an IBFT 2.0 and a QBFT reading of the genesis are
// both possible.
#pragma once

#include "codec/header.h"
#include "consensus/consensus_error.h"
#include "consensus/engine.h"

#include <string>

namespace bt::consensus {

struct Detection {
    EngineKind kind = EngineKind::Pos;
    std::string reason;  // why, for the user: "mixHash is the Istanbul digest and …"
};

// EngineNotDetected when the block fits an Istanbul layout ambiguously or none at
// all although its mixHash says Istanbul.
ConsensusResult<Detection> detectEngine(const BlockHeader& anchor);

}  // namespace bt::consensus
