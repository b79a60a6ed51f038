// The consensus engines the explorer knows, by the names the user and the index use,
// and the settings of an engine that headers do not carry (the epoch length).
#pragma once

#include "codec/bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace bt::consensus {

enum class EngineKind : std::uint8_t {
    Clique,          // EIP-225 proof of authority (geth, Besu, Nethermind)
    IstanbulLegacy,  // Istanbul BFT 1.0 (GoQuorum "istanbul"; Besu ibftlegacy)
    Ibft2,           // IBFT 2.0 (Besu)
    Qbft,            // QBFT (Besu, GoQuorum)
    Ethash,          // proof of work: no seal checks here
    Pos,             // proof of stake (after the Merge), dev chains: no seal checks here
};

// "clique", "ibft", "ibft2", "qbft", "ethash", "pos": the --engine names, also stored
// in the index.
std::string_view engineName(EngineKind k) noexcept;
// For people: "Clique (EIP-225)", "IBFT 2.0 (Besu)", …
std::string_view engineTitle(EngineKind k) noexcept;
// The --engine names; "istanbul" and "istanbul-legacy" (the vector folders' name) are
// accepted for "ibft". nullopt for anything else.
std::optional<EngineKind> parseEngineName(std::string_view name) noexcept;
// The list for messages: "clique|ibft|ibft2|qbft|ethash|pos".
std::string_view engineNameList() noexcept;

// Engines whose blocks carry validator seals the explorer checks.
bool hasSeals(EngineKind k) noexcept;
// The IBFT family (validator lists and committed seals).
bool isBft(EngineKind k) noexcept;

// Epoch length when the user gives none: EIP-225 EPOCH_LENGTH, and the default of
// Besu's and GoQuorum's IBFT/QBFT configuration ("epochlength": 30000).
inline constexpr std::uint64_t kDefaultEpoch = 30000;

struct EngineConfig {
    EngineKind kind = EngineKind::Pos;
    // Votes are reset every `epoch` blocks; Clique checkpoints list the signers there.
    std::uint64_t epoch = kDefaultEpoch;

    bool operator==(const EngineConfig&) const = default;
};

// mixHash of every Istanbul-family header: keccak256("Istanbul practical byzantine
// fault tolerance"), 0x63746963…6365.
const Hash32& istanbulMixHash() noexcept;

}  // namespace bt::consensus
