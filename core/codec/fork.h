// Ethereum hard forks, in activation order, and a chain's fork schedule.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bt {

enum class Fork : std::uint8_t {
    Frontier,
    Homestead,         // EIP-2: low s
    TangerineWhistle,  // "EIP150" in the test suites
    SpuriousDragon,    // "EIP158": EIP-155 replay protection
    Byzantium,         // receipts carry a status instead of a state root
    Constantinople,
    Petersburg,        // "ConstantinopleFix"
    Istanbul,          // EIP-2028: 16 gas per non-zero calldata byte
    Berlin,            // EIP-2718 typed transactions, EIP-2930
    London,            // EIP-1559: baseFeePerGas in the header, type 2
    Paris,             // the Merge ("Merge")
    Shanghai,          // withdrawalsRoot, EIP-3860 init code limit
    Cancun,            // blob gas fields, parentBeaconBlockRoot, type 3
    Prague,            // requestsHash, EIP-7702 type 4, EIP-7623 calldata floor
    Osaka,
};

inline constexpr Fork kLatestFork = Fork::Osaka;

std::string_view forkName(Fork f) noexcept;
// Accepts the names above and the test suites' aliases (EIP150, EIP158,
// ConstantinopleFix, Merge). Case-sensitive, as the suites write them.
std::optional<Fork> forkFromName(std::string_view name) noexcept;

// When each fork activates on a chain: by block number up to Paris, by timestamp
// from Shanghai on (as geth's genesis config and Besu's do).
class ForkSchedule {
public:
    struct Activation {
        Fork fork;
        bool byTimestamp;
        std::uint64_t at;
    };

    // Every fork up to and including `last` active from genesis (dev chains: anvil,
    // Besu and GoQuorum dev networks).
    static ForkSchedule allFrom(Fork last = kLatestFork);

    // Adds or moves one fork's activation; forks must be given in order.
    ForkSchedule& activate(Fork f, bool byTimestamp, std::uint64_t at);

    Fork forkAt(std::uint64_t blockNumber, std::uint64_t timestamp) const noexcept;
    const std::vector<Activation>& activations() const noexcept { return m_activations; }

private:
    std::vector<Activation> m_activations;
};

}  // namespace bt
