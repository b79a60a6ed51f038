#include "display_text.h"

#include <QDateTime>
#include <QLocale>


#include <cmath>

namespace bt::ui {

using facade::BlockState;
using facade::CheckState;

QString DisplayText::stateName(BlockState state)
{
    switch (state) {
    case BlockState::Verified: return tr("Verified");
    case BlockState::Failed: return tr("Failed");
    case BlockState::ChainBroken: return tr("Broken link");
    case BlockState::Unanchored: return tr("After a broken link");
    }
    return {};
}

QString DisplayText::stateDescription(BlockState state)
{
    switch (state) {
    case BlockState::Verified:
        return tr("Every check passed, and the block is linked to the pinned checkpoint.");
    case BlockState::Failed:
        return tr("A check inside the block failed; its link to the parent holds.");
    case BlockState::ChainBroken:
        return tr("The block's hash or its link to the parent failed: the chain from the checkpoint breaks here.");
    case BlockState::Unanchored:
        return tr("The block's own checks passed, but it comes after a broken link, so it is not linked to the "
                  "checkpoint.");
    }
    return {};
}

QColor DisplayText::stateColor(BlockState state)
{
    switch (state) {
    case BlockState::Verified: return QColor(0x2e, 0x7d, 0x32);
    case BlockState::Failed: return QColor(0xc6, 0x28, 0x28);
    case BlockState::ChainBroken: return QColor(0x8e, 0x24, 0xaa);
    case BlockState::Unanchored: return QColor(0xe6, 0x51, 0x00);
    }
    return {};
}

QString DisplayText::checkStateName(CheckState state)
{
    switch (state) {
    case CheckState::Passed: return tr("Passed");
    case CheckState::Failed: return tr("Failed");
    case CheckState::NotApplicable: return tr("Not applicable");
    case CheckState::NotChecked: return tr("Not checked");
    }
    return {};
}

QColor DisplayText::checkStateColor(CheckState state)
{
    switch (state) {
    case CheckState::Passed: return QColor(0x2e, 0x7d, 0x32);
    case CheckState::Failed: return QColor(0xc6, 0x28, 0x28);
    case CheckState::NotApplicable: return QColor(0x75, 0x75, 0x75);
    case CheckState::NotChecked: return QColor(0x54, 0x6e, 0x7a);
    }
    return {};
}

QString DisplayText::checkTitle(const QString& name)
{
    if (name == QLatin1String("header-encoding")) return tr("Header encoding");
    if (name == QLatin1String("block-hash")) return tr("Block hash");
    if (name == QLatin1String("block-number")) return tr("Block number");
    if (name == QLatin1String("parent-link")) return tr("Parent link");
    if (name == QLatin1String("checkpoint")) return tr("Link to the checkpoint");
    if (name == QLatin1String("header-rules")) return tr("Header rules");
    if (name == QLatin1String("tx-encoding")) return tr("Transaction encoding");
    if (name == QLatin1String("tx-hash")) return tr("Transaction hashes");
    if (name == QLatin1String("tx-signature")) return tr("Signatures");
    if (name == QLatin1String("tx-sender")) return tr("Senders");
    if (name == QLatin1String("tx-rules")) return tr("Transaction rules");
    if (name == QLatin1String("transactions-root")) return tr("Transactions root");
    if (name == QLatin1String("receipt-encoding")) return tr("Receipts and logs");
    if (name == QLatin1String("receipts-root")) return tr("Receipts root");
    if (name == QLatin1String("receipt-totals")) return tr("Gas and bloom totals");
    if (name == QLatin1String("withdrawals-root")) return tr("Withdrawals root");
    if (name == QLatin1String("ommers-hash")) return tr("Ommers hash");
    if (name == QLatin1String("consensus")) return tr("Validator seals");
    if (name == QLatin1String("recorded-status")) return tr("Recorded status");
    return name;
}

QString DisplayText::checkDescription(const QString& name)
{
    if (name == QLatin1String("header-encoding"))
        return tr("The header's RLP decodes strictly into the layout of a known fork.");
    if (name == QLatin1String("block-hash"))
        return tr("keccak256 of the header's RLP equals the block hash the index records.");
    if (name == QLatin1String("block-number")) return tr("The header carries the number the block is stored under.");
    if (name == QLatin1String("parent-link"))
        return tr("The header's parentHash equals the hash of the block before it in the index.");
    if (name == QLatin1String("checkpoint"))
        return tr("Every parent link from the pinned checkpoint to this block holds.");
    if (name == QLatin1String("header-rules")) return tr("The timestamp is not before the parent's.");
    if (name == QLatin1String("tx-encoding")) return tr("Every transaction envelope decodes strictly.");
    if (name == QLatin1String("tx-hash"))
        return tr("keccak256 of every envelope equals the transaction hash the index records.");
    if (name == QLatin1String("tx-signature"))
        return tr("Every signature is in range for the fork and recovers a sender.");
    if (name == QLatin1String("tx-sender")) return tr("Every recovered sender equals the sender the index records.");
    if (name == QLatin1String("tx-rules"))
        return tr("The fork's transaction rules: the type is active, the chain id matches, the fees are consistent.");
    if (name == QLatin1String("transactions-root"))
        return tr("The Merkle-Patricia trie of the transactions has the header's transactionsRoot.");
    if (name == QLatin1String("receipt-encoding"))
        return tr("One receipt per transaction decodes strictly, and the logs shown are the receipts' logs.");
    if (name == QLatin1String("receipts-root"))
        return tr("The Merkle-Patricia trie of the receipts has the header's receiptsRoot.");
    if (name == QLatin1String("receipt-totals"))
        return tr("The last cumulative gas equals gasUsed, and the receipts' blooms add up to logsBloom.");
    if (name == QLatin1String("withdrawals-root"))
        return tr("The withdrawals trie has the header's withdrawalsRoot.");
    if (name == QLatin1String("ommers-hash")) return tr("keccak256 of the ommers list equals the header's sha3Uncles.");
    if (name == QLatin1String("consensus"))
        return tr("The consortium engine's seals (Clique, IBFT, QBFT) and the quorum it requires.");
    if (name == QLatin1String("recorded-status"))
        return tr("The index records this block as failed without a reason; verify again to find out why.");
    return {};
}

QString DisplayText::checkNote(const QString& name, CheckState state, const QString& engine)
{
    if (state == CheckState::NotApplicable) {
        if (name.startsWith(QLatin1String("tx-"))) return tr("The block has no transactions.");
        if (name == QLatin1String("withdrawals-root")) return tr("The block has no withdrawals.");
        if (name == QLatin1String("parent-link")) return tr("The pinned checkpoint: its parent is not in the index.");
        if (name == QLatin1String("consensus"))
            return tr("The chain's engine (%1) has no validator seals.").arg(engineTitle(engine));
        return tr("Nothing to check in this block.");
    }
    if (state == CheckState::NotChecked) {
        if (name == QLatin1String("consensus"))
            return tr("The index does not record the chain's consensus engine; a new sync records it and checks the "
                      "seals.");
        return tr("Not checked: the header did not decode.");
    }
    return {};
}

QString DisplayText::txTypeName(int type)
{
    switch (type) {
    case 0: return tr("Legacy");
    case 1: return tr("Access list (EIP-2930)");
    case 2: return tr("Dynamic fee (EIP-1559)");
    case 3: return tr("Blob (EIP-4844)");
    case 4: return tr("Set code (EIP-7702)");
    default: return tr("Type %1").arg(type);
    }
}

QString DisplayText::headerFieldTitle(const QString& jsonName)
{
    if (jsonName == QLatin1String("number")) return tr("Number");
    if (jsonName == QLatin1String("parentHash")) return tr("Parent hash");
    if (jsonName == QLatin1String("timestamp")) return tr("Timestamp");
    if (jsonName == QLatin1String("miner")) return tr("Miner (beneficiary)");
    if (jsonName == QLatin1String("stateRoot")) return tr("State root");
    if (jsonName == QLatin1String("transactionsRoot")) return tr("Transactions root");
    if (jsonName == QLatin1String("receiptsRoot")) return tr("Receipts root");
    if (jsonName == QLatin1String("sha3Uncles")) return tr("Ommers hash");
    if (jsonName == QLatin1String("gasLimit")) return tr("Gas limit");
    if (jsonName == QLatin1String("gasUsed")) return tr("Gas used");
    if (jsonName == QLatin1String("baseFeePerGas")) return tr("Base fee (wei)");
    if (jsonName == QLatin1String("difficulty")) return tr("Difficulty");
    if (jsonName == QLatin1String("extraData")) return tr("Extra data");
    if (jsonName == QLatin1String("mixHash")) return tr("Mix hash");
    if (jsonName == QLatin1String("nonce")) return tr("Nonce");
    if (jsonName == QLatin1String("withdrawalsRoot")) return tr("Withdrawals root");
    if (jsonName == QLatin1String("blobGasUsed")) return tr("Blob gas used");
    if (jsonName == QLatin1String("excessBlobGas")) return tr("Excess blob gas");
    if (jsonName == QLatin1String("parentBeaconBlockRoot")) return tr("Parent beacon block root");
    if (jsonName == QLatin1String("requestsHash")) return tr("Requests hash");
    if (jsonName == QLatin1String("layout")) return tr("Header layout");
    return jsonName;
}

QString DisplayText::syncPhase(const QString& phase)
{
    if (phase == QLatin1String("connecting")) return tr("Connecting");
    if (phase == QLatin1String("syncing")) return tr("Syncing");
    if (phase == QLatin1String("following")) return tr("Following the head");
    if (phase == QLatin1String("checking for a reorganisation")) return tr("Checking for a reorganisation");
    if (phase == QLatin1String("rolling back")) return tr("Rolling back");
    if (phase == QLatin1String("done")) return tr("Done");
    if (phase == QLatin1String("cancelled")) return tr("Cancelled");
    if (phase == QLatin1String("failed")) return tr("Failed");
    if (phase == QLatin1String("importing")) return tr("Importing");
    if (phase == QLatin1String("verifying")) return tr("Verifying");
    return phase;
}

QString DisplayText::jobName(facade::JobKind kind)
{
    switch (kind) {
    case facade::JobKind::Sync: return tr("Sync");
    case facade::JobKind::Import: return tr("Import");
    case facade::JobKind::Verify: return tr("Verification");
    }
    return {};
}

QString DisplayText::anchorSource(const QString& source)
{
    if (source == QLatin1String("genesis")) return tr("genesis");
    if (source == QLatin1String("checkpoint")) return tr("pinned checkpoint");
    if (source == QLatin1String("archive")) return tr("archive's first block");
    return source;
}

QString DisplayText::engineTitle(const QString& engine)
{
    if (engine == QLatin1String("clique")) return tr("Clique (EIP-225)");
    if (engine == QLatin1String("ibft")) return tr("Istanbul BFT");
    if (engine == QLatin1String("ibft2")) return tr("IBFT 2.0");
    if (engine == QLatin1String("qbft")) return tr("QBFT");
    if (engine == QLatin1String("ethash")) return tr("Proof of work");
    if (engine == QLatin1String("pos")) return tr("Proof of stake or development chain");
    if (engine.isEmpty()) return tr("not recorded");
    return engine;
}

QString DisplayText::errorHeadline(facade::ServiceError::Kind kind)
{
    using K = facade::ServiceError::Kind;
    switch (kind) {
    case K::None: return {};
    case K::NoIndex: return tr("No index is open.");
    case K::NotFound: return tr("The file does not exist.");
    case K::NotAnIndex: return tr("This file is not a BatteryTrace index.");
    case K::NewerSchema: return tr("This index was written by another version of BatteryTrace Explorer.");
    case K::Corrupt: return tr("The index file is damaged.");
    case K::ReadOnly: return tr("The index cannot be written.");
    case K::DiskFull: return tr("The disk is full.");
    case K::Io: return tr("The index could not be read.");
    case K::Conflict: return tr("Another program holds the index locked.");
    case K::Busy: return tr("Another job is running; wait for it or cancel it.");
    case K::InvalidInput: return tr("The settings are not valid.");
    }
    return {};
}

QString DisplayText::number(quint64 n) { return QLocale().toString(n); }

QString DisplayText::timestamp(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayText::timestampUtc(qint64 unixSeconds) { return tr("%1 UTC").arg(timestamp(unixSeconds)); }

QString DisplayText::duration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds)) return QStringLiteral("—");
    const auto total = static_cast<qint64>(std::llround(seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString DisplayText::rate(double perSecond)
{
    return tr("%1 blocks/s").arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0));
}

QString DisplayText::shortHash(const QString& hash)
{
    if (hash.size() <= 22) return hash;
    return hash.left(10) + QStringLiteral("…") + hash.right(8);
}

}  // namespace bt::ui
