#include "consensus/engine.h"

namespace bt::consensus {

std::string_view engineName(EngineKind k) noexcept
{
    switch (k) {
    case EngineKind::Clique: return "clique";
    case EngineKind::IstanbulLegacy: return "ibft";
    case EngineKind::Ibft2: return "ibft2";
    case EngineKind::Qbft: return "qbft";
    case EngineKind::Ethash: return "ethash";
    case EngineKind::Pos: return "pos";
    }
    return "unknown";
}

std::string_view engineTitle(EngineKind k) noexcept
{
    switch (k) {
    case EngineKind::Clique: return "Clique (EIP-225 proof of authority)";
    case EngineKind::IstanbulLegacy: return "Istanbul BFT 1.0 (GoQuorum IBFT)";
    case EngineKind::Ibft2: return "IBFT 2.0 (Besu)";
    case EngineKind::Qbft: return "QBFT (Besu, GoQuorum)";
    case EngineKind::Ethash: return "proof of work (no seal checks)";
    case EngineKind::Pos: return "proof of stake or dev chain (no seal checks)";
    }
    return "unknown";
}

std::optional<EngineKind> parseEngineName(std::string_view name) noexcept
{
    if (name == "clique") return EngineKind::Clique;
    if (name == "ibft" || name == "istanbul" || name == "istanbul-legacy") return EngineKind::IstanbulLegacy;
    if (name == "ibft2") return EngineKind::Ibft2;
    if (name == "qbft") return EngineKind::Qbft;
    if (name == "ethash") return EngineKind::Ethash;
    if (name == "pos") return EngineKind::Pos;
    return std::nullopt;
}

std::string_view engineNameList() noexcept { return "clique|ibft|ibft2|qbft|ethash|pos"; }

bool hasSeals(EngineKind k) noexcept { return k != EngineKind::Ethash && k != EngineKind::Pos; }

bool isBft(EngineKind k) noexcept
{
    return k == EngineKind::IstanbulLegacy || k == EngineKind::Ibft2 || k == EngineKind::Qbft;
}

const Hash32& istanbulMixHash() noexcept
{
    static const Hash32 h = [] {
        Hash32 out;
        constexpr std::string_view kHex = "63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";
        for (std::size_t i = 0; i < 32; ++i) {
            auto nib = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
            out.bytes[i] = static_cast<std::uint8_t>(nib(kHex[2 * i]) * 16 + nib(kHex[2 * i + 1]));
        }
        return out;
    }();
    return h;
}

}  // namespace bt::consensus
