#include "chain/verification.h"

namespace bt {

std::string_view checkName(Check c) noexcept
{
    switch (c) {
    case Check::HeaderEncoding: return "header-encoding";
    case Check::BlockHash: return "block-hash";
    case Check::BlockNumber: return "block-number";
    case Check::ParentLink: return "parent-link";
    case Check::Checkpoint: return "checkpoint";
    case Check::HeaderRules: return "header-rules";
    case Check::TxEncoding: return "tx-encoding";
    case Check::TxHash: return "tx-hash";
    case Check::TxSignature: return "tx-signature";
    case Check::TxSender: return "tx-sender";
    case Check::TxRules: return "tx-rules";
    case Check::TransactionsRoot: return "transactions-root";
    case Check::ReceiptEncoding: return "receipt-encoding";
    case Check::ReceiptsRoot: return "receipts-root";
    case Check::ReceiptTotals: return "receipt-totals";
    case Check::WithdrawalsRoot: return "withdrawals-root";
    case Check::OmmersHash: return "ommers-hash";
    case Check::Consensus: return "consensus";
    }
    return "unknown";
}

}  // namespace bt
