#include "index/schema.h"

#include "domain/domain_schema.h"

namespace bt {

// Hashes, addresses and raw encodings are BLOBs; 256-bit amounts are decimal TEXT.
// blocks.status: 0 verified, 1 a check failed inside the block (its link to the
// parent holds), 2 the block's hash or its link to the parent failed: the chain from
// the checkpoint is broken there, so no later block is anchored either.
const std::vector<std::vector<const char*>>& schemaMigrations()
{
    static const std::vector<std::vector<const char*>> steps = {
        // 0 → 1
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE blocks ("
            "  number INTEGER PRIMARY KEY,"
            "  hash BLOB NOT NULL,"
            "  parent_hash BLOB NOT NULL,"
            "  timestamp INTEGER NOT NULL,"
            "  miner BLOB NOT NULL,"
            "  gas_used INTEGER NOT NULL,"
            "  gas_limit INTEGER NOT NULL,"
            "  base_fee TEXT,"
            "  tx_count INTEGER NOT NULL,"
            "  log_count INTEGER NOT NULL,"
            "  status INTEGER NOT NULL,"
            "  header_rlp BLOB NOT NULL,"
            "  withdrawals_rlp BLOB,"
            "  ommers_rlp BLOB)",
            "CREATE INDEX blocks_hash ON blocks(hash)",
            "CREATE INDEX blocks_status ON blocks(status) WHERE status <> 0",
            "CREATE TABLE transactions ("
            "  block_number INTEGER NOT NULL,"
            "  tx_index INTEGER NOT NULL,"
            "  hash BLOB NOT NULL,"
            "  type INTEGER NOT NULL,"
            "  sender BLOB,"
            "  recipient BLOB,"
            "  contract_address BLOB,"
            "  nonce INTEGER NOT NULL,"
            "  value TEXT NOT NULL,"
            "  gas_used INTEGER NOT NULL,"
            "  success INTEGER NOT NULL,"
            "  status INTEGER NOT NULL,"
            "  envelope BLOB NOT NULL,"
            "  receipt BLOB,"
            "  PRIMARY KEY (block_number, tx_index)) WITHOUT ROWID",
            "CREATE INDEX transactions_hash ON transactions(hash)",
            "CREATE INDEX transactions_sender ON transactions(sender)",
            "CREATE TABLE logs ("
            "  block_number INTEGER NOT NULL,"
            "  log_index INTEGER NOT NULL,"
            "  tx_index INTEGER NOT NULL,"
            "  address BLOB NOT NULL,"
            "  topic0 BLOB, topic1 BLOB, topic2 BLOB, topic3 BLOB,"
            "  data BLOB NOT NULL,"
            "  PRIMARY KEY (block_number, log_index)) WITHOUT ROWID",
            "CREATE INDEX logs_address_topic ON logs(address, topic0)",
            "CREATE TABLE failures ("
            "  block_number INTEGER NOT NULL,"
            "  tx_index INTEGER,"
            "  check_name TEXT NOT NULL,"
            "  detail TEXT NOT NULL)",
            "CREATE INDEX failures_block ON failures(block_number)",
        },
        // 1 → 2: the domain index (EPCIS events, assets, lineage, measurements, …); its
        // tables are documented where they are written, core/domain/domain_schema.cpp.
        domain::schemaStep(),
        // 2 → 3: consensus (DESIGN.md "What verified means", item 5). One row per block
        // under the engine recorded in meta (consensus_engine, consensus_epoch): the
        // proposer (Clique signer, Istanbul proposer seal, IBFT 2.0/QBFT coinbase), the
        // committers recovered from the committed seals (n × 20 bytes, in seal order),
        // the size of the validator set the block was checked against and the quorum
        // it required (NULL: no quorum rule, or the set could not be followed), and
        // Clique's turn (NULL unless the signer was authorised). consensus_state holds
        // the validator tracker's state after each block where it changed (set, pending
        // votes), which a resumed sync continues from and `verify` re-derives.
        {
            "CREATE TABLE consensus_blocks ("
            "  number INTEGER PRIMARY KEY,"
            "  engine TEXT NOT NULL,"
            "  proposer BLOB,"
            "  committers BLOB,"
            "  committer_count INTEGER NOT NULL,"
            "  validator_count INTEGER,"
            "  quorum INTEGER,"
            "  quorum_held INTEGER,"
            "  in_turn INTEGER,"
            "  round INTEGER,"
            "  vote_candidate BLOB,"
            "  vote_authorize INTEGER)",
            "CREATE TABLE consensus_state ("
            "  number INTEGER PRIMARY KEY,"
            "  validators BLOB NOT NULL,"
            "  state BLOB NOT NULL)",
        },
    };
    return steps;
}

}  // namespace bt
