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
        // 3 → 4: daily aggregates for the KPI refresh (core/domain/kpi_query.cpp), so that
        // its cost follows the days asked for, not the events indexed. Triggers keep them
        // equal to the rows they sum through every insert, update of a row's ok (semantic
        // re-checks) and delete (reorganisations, rebuilds); day = floor(time / 86400).
        // The defect rate and non-conformant count read inspections through one covering
        // index when a period does not start and end on whole days.
        {
            "DROP INDEX IF EXISTS inspections_time",
            "CREATE INDEX inspections_time ON inspections(time, ok, disposition, tested, failed)",
            "CREATE INDEX due_diligence_time ON due_diligence(time)",
            "CREATE TABLE kpi_inspections ("
            "  day INTEGER NOT NULL, ok INTEGER NOT NULL, inspections INTEGER NOT NULL,"
            "  tested INTEGER NOT NULL, failed INTEGER NOT NULL, nonconformant INTEGER NOT NULL,"
            "  PRIMARY KEY (day, ok)) WITHOUT ROWID",
            "CREATE TABLE kpi_shipping ("
            "  day INTEGER NOT NULL, carrier TEXT NOT NULL, ok INTEGER NOT NULL, shipments INTEGER NOT NULL,"
            "  PRIMARY KEY (day, carrier, ok)) WITHOUT ROWID",
            "CREATE TRIGGER kpi_inspections_insert AFTER INSERT ON inspections BEGIN "
            "  INSERT INTO kpi_inspections VALUES ((NEW.time - ((NEW.time % 86400) + 86400) % 86400) / 86400, NEW.ok, 1,"
            "    coalesce(NEW.tested, 0), coalesce(NEW.failed, 0), NEW.disposition = 'non_conformant')"
            "  ON CONFLICT (day, ok) DO UPDATE SET inspections = inspections + 1, tested = tested + excluded.tested,"
            "    failed = failed + excluded.failed, nonconformant = nonconformant + excluded.nonconformant; "
            "END",
            "CREATE TRIGGER kpi_inspections_delete AFTER DELETE ON inspections BEGIN "
            "  UPDATE kpi_inspections SET inspections = inspections - 1, tested = tested - coalesce(OLD.tested, 0),"
            "    failed = failed - coalesce(OLD.failed, 0), nonconformant = nonconformant - (OLD.disposition = 'non_conformant')"
            "  WHERE day = (OLD.time - ((OLD.time % 86400) + 86400) % 86400) / 86400 AND ok = OLD.ok; "
            "END",
            "CREATE TRIGGER kpi_inspections_update AFTER UPDATE OF time, ok, tested, failed, disposition ON inspections BEGIN "
            "  UPDATE kpi_inspections SET inspections = inspections - 1, tested = tested - coalesce(OLD.tested, 0),"
            "    failed = failed - coalesce(OLD.failed, 0), nonconformant = nonconformant - (OLD.disposition = 'non_conformant')"
            "  WHERE day = (OLD.time - ((OLD.time % 86400) + 86400) % 86400) / 86400 AND ok = OLD.ok; "
            "  INSERT INTO kpi_inspections VALUES ((NEW.time - ((NEW.time % 86400) + 86400) % 86400) / 86400, NEW.ok, 1,"
            "    coalesce(NEW.tested, 0), coalesce(NEW.failed, 0), NEW.disposition = 'non_conformant')"
            "  ON CONFLICT (day, ok) DO UPDATE SET inspections = inspections + 1, tested = tested + excluded.tested,"
            "    failed = failed + excluded.failed, nonconformant = nonconformant + excluded.nonconformant; "
            "END",
            "CREATE TRIGGER kpi_shipping_insert AFTER INSERT ON shipping BEGIN "
            "  INSERT INTO kpi_shipping VALUES ((NEW.time - ((NEW.time % 86400) + 86400) % 86400) / 86400,"
            "    coalesce(NEW.carrier, ''), NEW.ok, 1)"
            "  ON CONFLICT (day, carrier, ok) DO UPDATE SET shipments = shipments + 1; "
            "END",
            "CREATE TRIGGER kpi_shipping_delete AFTER DELETE ON shipping BEGIN "
            "  UPDATE kpi_shipping SET shipments = shipments - 1"
            "  WHERE day = (OLD.time - ((OLD.time % 86400) + 86400) % 86400) / 86400"
            "    AND carrier = coalesce(OLD.carrier, '') AND ok = OLD.ok; "
            "END",
            "CREATE TRIGGER kpi_shipping_update AFTER UPDATE OF time, carrier, ok ON shipping BEGIN "
            "  UPDATE kpi_shipping SET shipments = shipments - 1"
            "  WHERE day = (OLD.time - ((OLD.time % 86400) + 86400) % 86400) / 86400"
            "    AND carrier = coalesce(OLD.carrier, '') AND ok = OLD.ok; "
            "  INSERT INTO kpi_shipping VALUES ((NEW.time - ((NEW.time % 86400) + 86400) % 86400) / 86400,"
            "    coalesce(NEW.carrier, ''), NEW.ok, 1)"
            "  ON CONFLICT (day, carrier, ok) DO UPDATE SET shipments = shipments + 1; "
            "END",
            // Indexes made before this step: the aggregates of the rows they already hold.
            "INSERT INTO kpi_inspections SELECT (time - ((time % 86400) + 86400) % 86400) / 86400 AS d, ok, count(*),"
            "  coalesce(sum(tested), 0), coalesce(sum(failed), 0), coalesce(sum(disposition = 'non_conformant'), 0)"
            "  FROM inspections WHERE true GROUP BY d, ok",
            "INSERT INTO kpi_shipping SELECT (time - ((time % 86400) + 86400) % 86400) / 86400 AS d, coalesce(carrier, ''), ok,"
            "  count(*) FROM shipping WHERE true GROUP BY d, 2, ok",
        },
        // 4 → 5: each due-diligence review with its receipt and supplier, kept by
        // triggers (domain::reviewReceiptsStep), so that the KPI refresh reads one row per
        // review instead of looking up its receipt and shipper.
        domain::reviewReceiptsStep(),
    };
    return steps;
}

}  // namespace bt
