// A registry on a real anvil node, for the domain tests: deploys the committed artifact
// with signed raw transactions (core/sim/tx_sender, registry_abi's call encoders),
// registers participants with keys of their own, records events as they would, and
// syncs an index with the SyncEngine. Also a relay contract: a registered contract that
// forwards anyone's call, so that an event can pass the contract while its signer is
// not a participant.
#pragma once

#include "codec/registry_abi.h"
#include "rpc/blocking_rpc.h"
#include "sim/tx_sender.h"

#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

namespace bt::test {

struct Party {
    PrivateKey key;
    Address address;
    std::string name;
    registry::Role role = registry::Role::None;
    std::string country;
    std::string gln;
};

struct RecordOptions {
    bool isPrivate = false;                // anchor the hash only
    std::string scheme = "jcs-sha256";
    std::optional<Hash32> hash;            // anchor this hash instead of the document's
    const Address* via = nullptr;          // send through this relay contract
};

class RegistryChain {
public:
    explicit RegistryChain(const QUrl& node);

    bool init();
    const QString& error() const noexcept { return m_error; }
    BlockingRpc& rpc() noexcept { return m_rpc; }
    TxSender& sender() noexcept { return m_sender; }

    // Deploys the committed artifact from `admin`; the registry's address.
    std::optional<Address> deploy(const PrivateKey& admin);
    const Address& registry() const noexcept { return m_registry; }
    const PrivateKey& admin() const noexcept { return m_admin; }

    // A funded key derived from `label`, registered with the role (unless None).
    std::optional<Party> party(const std::string& label, registry::Role role, const std::string& name,
                               const std::string& country, const std::string& gln);
    // A funded key that is not registered.
    std::optional<Party> outsider(const std::string& label);

    // A transaction to the registry (or `to`); its receipt, nullopt with error().
    std::optional<nlohmann::json> send(const PrivateKey& from, const Bytes& data, const Address* to = nullptr);
    // What the registry says to this call from `from`: a revert description, or "" if it would succeed.
    QString revertOf(const Address& from, const Bytes& data);

    // Records `document` (JSON text) as `kind` from `from`; the receipt.
    std::optional<nlohmann::json> record(const Party& from, registry::EventKind kind, const std::string& document,
                                         const RecordOptions& options = {});

    // Deploys the relay: runtime code that CALLs the registry with its own calldata.
    std::optional<Address> deployRelay(const PrivateKey& deployer);

    std::optional<std::uint64_t> blockNumber();

    // Runs a SyncEngine into `dbPath` (through block `to`, else the head); false with error().
    bool sync(const QString& dbPath, std::optional<std::uint64_t> to = {});

    // The committed artifact's creation code.
    static std::optional<Bytes> artifactBytecode(QString& error);

private:
    QUrl m_url;
    BlockingRpc m_rpc;
    TxSender m_sender;
    Address m_registry;
    PrivateKey m_admin;
    PrivateKey m_funder;
    QString m_error;
};

}  // namespace bt::test
