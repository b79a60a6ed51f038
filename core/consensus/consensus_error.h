// Typed errors of the consensus checks: what is wrong with a block's seal, its
// extraData or the validator set it was checked against (ConsensusErrc), where (the
// field), and a detail a person can act on ("signer 0x… is not one of the 4
// validators after block 99"). ConsensusResult<T> carries a value or such an error,
// the way bt::Result does for the codec.
#pragma once

#include "codec/error.h"

#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace bt::consensus {

enum class ConsensusErrc : std::uint8_t {
    UnknownEngine,            // an engine name this build does not know (option, or recorded in an index)
    EngineNotDetected,        // the anchor block fits no engine unambiguously: the user must say which
    EngineMismatch,           // the block does not have the engine's shape (e.g. no Istanbul mixHash)
    MalformedExtraData,       // extraData does not decode in the engine's layout
    InvalidVanity,            // vanity not 32 bytes where the engine requires it
    InvalidVote,              // a vote item or nonce that is neither "add" nor "drop"
    InvalidRound,             // IBFT 2.0 round not 4 bytes; QBFT round not a minimal scalar
    InvalidSeal,              // a seal of the wrong size, a recovery id other than 0/1, or no key recovers
    MissingSeal,              // the block carries no seal where one is required
    InvalidHeaderField,       // a header field the engine fixes (mixHash, ommers, nonce, coinbase, signer list)
    WrongDifficulty,          // Clique: 2 in turn, 1 out of turn
    UnauthorizedSigner,       // signer / proposer / committer not in the validator set
    RecentlySigned,           // Clique: a signer sealing again within its recent-signers window
    DuplicateCommitter,       // two committed seals by the same validator
    QuorumNotReached,         // fewer distinct committers than the engine requires
    ValidatorListMismatch,    // the validators a header lists differ from the set followed from the chain
    ValidatorSetUnverifiable, // the set cannot be followed from headers (validator contract, unknown start)
};

std::string_view describe(ConsensusErrc code) noexcept;

struct ConsensusError {
    ConsensusErrc code = ConsensusErrc::MalformedExtraData;
    std::string field;   // e.g. "extraData.round", "committedSeals[2]"
    std::string detail;

    ConsensusError() = default;
    ConsensusError(ConsensusErrc c, std::string f = {}, std::string d = {})
        : code(c), field(std::move(f)), detail(std::move(d)) {}
    // A codec (RLP) error found while decoding `field`.
    static ConsensusError fromCodec(ConsensusErrc c, const Error& e, std::string f);

    // "quorum not reached in committedSeals: 2 distinct validators committed, 3 of 4 required"
    std::string message() const;
};

template <class T>
class [[nodiscard]] ConsensusResult {
public:
    ConsensusResult(T value) : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    ConsensusResult(ConsensusError e) : m_v(std::in_place_index<1>, std::move(e)) {}  // NOLINT

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const ConsensusError& error() const& { assert(!ok()); return std::get<1>(m_v); }

private:
    std::variant<T, ConsensusError> m_v;
};

}  // namespace bt::consensus
