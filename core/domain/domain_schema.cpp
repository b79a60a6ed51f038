#include "domain/domain_schema.h"

#include <string>

namespace bt::domain {

// Conventions of every table here:
// - a row is keyed by the log it came from (log_id / event_id = (block << 20) | log
//   index, see domain_types.h), so "rows of blocks above N" is one key range;
// - rows of trace events carry `ok` = 1 when the event passed registry semantics and
//   its block (and transaction) verified, copied from trace_events so that queries
//   filter without a join; the indexer, disclosure and the offline re-check keep the
//   copies in step;
// - tables are append-only, except that `ok`, a trace event's status and the
//   aggregates change when a verification outcome does.
// The indexes serve the queries in core/domain (see the comment on each).
const std::vector<const char*>& schemaStep()
{
    static const std::vector<const char*> step = {
        // Registry state history: every state change the registry logged.
        "CREATE TABLE admin_history ("
        "  log_id INTEGER PRIMARY KEY, tx_index INTEGER NOT NULL, block_status INTEGER NOT NULL,"
        "  previous_admin BLOB NOT NULL, new_admin BLOB NOT NULL)",
        "CREATE TABLE participant_history ("
        "  log_id INTEGER PRIMARY KEY, tx_index INTEGER NOT NULL, block_status INTEGER NOT NULL,"
        "  account BLOB NOT NULL,"
        "  role INTEGER NOT NULL,"      // registry::Role; for a revocation, the role it had
        "  active INTEGER NOT NULL,"    // 0: ParticipantRevoked
        "  name TEXT, country TEXT, gln TEXT)",
        "CREATE INDEX participant_history_account ON participant_history(account, log_id)",
        "CREATE TABLE kind_permissions ("
        "  log_id INTEGER PRIMARY KEY, tx_index INTEGER NOT NULL, block_status INTEGER NOT NULL,"
        "  kind INTEGER NOT NULL, role_mask INTEGER NOT NULL)",
        "CREATE TABLE certifications ("
        "  log_id INTEGER PRIMARY KEY, tx_index INTEGER NOT NULL, block_status INTEGER NOT NULL,"
        "  cert_id INTEGER NOT NULL, subject BLOB NOT NULL, auditor BLOB NOT NULL,"
        "  scheme TEXT NOT NULL, site_gln TEXT NOT NULL,"
        "  status INTEGER NOT NULL,"    // as attested; later changes in certification_changes
        "  valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL,"
        "  evidence_hash BLOB NOT NULL, evidence_uri TEXT NOT NULL)",
        "CREATE INDEX certifications_subject ON certifications(subject)",
        "CREATE TABLE certification_changes ("
        "  log_id INTEGER PRIMARY KEY, tx_index INTEGER NOT NULL, block_status INTEGER NOT NULL,"
        "  cert_id INTEGER NOT NULL, auditor BLOB NOT NULL, status INTEGER NOT NULL)",
        "CREATE INDEX certification_changes_cert ON certification_changes(cert_id, log_id)",
        // A log from the registry's address that announces a registry event but does not
        // decode: kept, so that nothing the registry emitted disappears silently.
        "CREATE TABLE registry_log_errors ("
        "  log_id INTEGER PRIMARY KEY, tx_index INTEGER NOT NULL, block_status INTEGER NOT NULL,"
        "  detail TEXT NOT NULL)",

        // Anchored events, one row per TraceEventRecorded, whatever the checks said.
        "CREATE TABLE trace_events ("
        "  id INTEGER PRIMARY KEY,"          // log key
        "  tx_index INTEGER NOT NULL,"
        "  chain_event_id INTEGER NOT NULL," // the registry's eventId
        "  kind INTEGER NOT NULL,"
        "  recorder BLOB NOT NULL,"          // msg.sender, from the log
        "  signer BLOB,"                     // the transaction's recovered sender
        "  signer_role INTEGER,"             // its role at that point, when a participant
        "  scheme TEXT NOT NULL, hash BLOB NOT NULL,"
        "  private INTEGER NOT NULL,"
        "  epcis_type TEXT, biz_step TEXT, disposition TEXT, epcis_id TEXT,"
        "  event_time INTEGER,"              // NULL while the document is unknown
        "  block_time INTEGER NOT NULL,"
        "  status INTEGER NOT NULL,"         // EventStatus
        "  reason TEXT,"
        "  block_status INTEGER NOT NULL,"   // BlockMark
        "  ok INTEGER NOT NULL)",
        // disclose: the private event a disclosed document belongs to, by its hash.
        "CREATE INDEX trace_events_private_hash ON trace_events(hash) WHERE private = 1",
        // Lists of failed or undisclosed events (few) without a scan.
        "CREATE INDEX trace_events_not_ok ON trace_events(status, id) WHERE ok = 0",
        "CREATE TABLE disclosures ("
        "  event_id INTEGER PRIMARY KEY, document TEXT NOT NULL, disclosed_at INTEGER NOT NULL)",

        // Assets by identifier; what each event says about them.
        "CREATE TABLE assets (id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, first_log INTEGER NOT NULL)",
        "CREATE TABLE asset_facts ("
        "  event_id INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  kind INTEGER NOT NULL,"           // AssetKind
        "  material TEXT, uom TEXT, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, asset_id)) WITHOUT ROWID",
        "CREATE INDEX asset_facts_asset ON asset_facts(asset_id, kind)",
        // "every pack": compliance over all packs, pack counts.
        "CREATE INDEX asset_facts_kind ON asset_facts(kind, asset_id)",
        "CREATE TABLE asset_elements ("
        "  event_id INTEGER NOT NULL, asset_id INTEGER NOT NULL, element TEXT NOT NULL,"
        "  basis INTEGER NOT NULL,"          // ElementBasis
        "  value REAL NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, asset_id, element)) WITHOUT ROWID",
        "CREATE INDEX asset_elements_asset ON asset_elements(asset_id)",
        // Commissioning: where an identified object came into being (ore lots: the mines).
        "CREATE TABLE commissions ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  quantity REAL, uom TEXT, site TEXT, recorder BLOB NOT NULL, recorder_role INTEGER,"
        "  time INTEGER NOT NULL, certificates TEXT, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX commissions_asset ON commissions(asset_id)",
        // Lineage: src (upstream) → dst (downstream) with the quantities of the event.
        "CREATE TABLE lineage_edges ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
        "  src INTEGER NOT NULL, dst INTEGER NOT NULL, relation INTEGER NOT NULL,"
        "  src_qty REAL, src_uom TEXT, dst_qty REAL, dst_uom TEXT,"
        "  time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX lineage_edges_dst ON lineage_edges(dst)",  // upstream walks
        "CREATE INDEX lineage_edges_src ON lineage_edges(src)",  // downstream walks
        // Where and how a transformation's outputs were made (cell plants: line,
        // equipment, operator), for investigate's candidates and recall windows.
        "CREATE TABLE productions ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  plant TEXT, line TEXT, equipment TEXT, operator TEXT, time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX productions_asset ON productions(asset_id)",

        // Process parameters (and inspection measurements such as capacity).
        "CREATE TABLE measurements ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER,"
        "  parameter TEXT NOT NULL, value REAL NOT NULL, uom TEXT,"
        "  equipment TEXT, line TEXT, plant TEXT, operator TEXT,"
        "  time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        // investigate: one parameter over a time range.
        "CREATE INDEX measurements_parameter ON measurements(parameter, time)",
        "CREATE TABLE inspections ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  test TEXT, tested INTEGER, failed INTEGER, disposition TEXT NOT NULL,"
        "  inspector BLOB NOT NULL, time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX inspections_asset ON inspections(asset_id)",
        // kpi: the defect rate over a period without touching the rows.
        "CREATE INDEX inspections_time ON inspections(time, ok, tested, failed)",

        // Logistics: a shipment is its SSCC; Shipping opens it, Receiving closes it.
        "CREATE TABLE shipping ("
        "  event_id INTEGER PRIMARY KEY, sscc TEXT NOT NULL, shipper BLOB NOT NULL,"
        "  carrier TEXT, source TEXT, destination TEXT,"
        "  limits TEXT,"                     // bt:limits as JSON
        "  time INTEGER NOT NULL, ok INTEGER NOT NULL)",
        "CREATE INDEX shipping_sscc ON shipping(sscc)",
        // kpi: shipments per period and carrier without touching the rows.
        "CREATE INDEX shipping_time ON shipping(time, ok, carrier)",
        "CREATE TABLE receiving ("
        "  event_id INTEGER PRIMARY KEY, sscc TEXT NOT NULL, receiver BLOB NOT NULL,"
        "  disposition TEXT, incident_type TEXT, incident_note TEXT,"
        "  time INTEGER NOT NULL, ok INTEGER NOT NULL)",
        "CREATE INDEX receiving_sscc ON receiving(sscc)",
        // kpi: the incidents (few) without a scan.
        "CREATE INDEX receiving_incident ON receiving(sscc) WHERE incident_type IS NOT NULL",
        "CREATE TABLE shipment_goods ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  quantity REAL, uom TEXT, PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX shipment_goods_asset ON shipment_goods(asset_id)",
        "CREATE TABLE sensor_readings ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, sscc TEXT NOT NULL, device TEXT,"
        "  time INTEGER NOT NULL, type TEXT NOT NULL, value REAL, uom TEXT, alarm INTEGER NOT NULL,"
        "  ok INTEGER NOT NULL, PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX sensor_readings_sscc ON sensor_readings(sscc, time)",

        // Use phase, second life, recycling, due diligence.
        "CREATE TABLE use_readings ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  parameter TEXT NOT NULL, value REAL, uom TEXT, time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX use_readings_asset ON use_readings(asset_id, time)",
        "CREATE TABLE repurposing ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  repurposed_as TEXT, state_of_health REAL, operator BLOB NOT NULL, time INTEGER NOT NULL,"
        "  ok INTEGER NOT NULL, PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE INDEX repurposing_asset ON repurposing(asset_id)",
        "CREATE TABLE recycling ("
        "  event_id INTEGER NOT NULL, element TEXT NOT NULL, input_kg REAL NOT NULL, recovered_kg REAL NOT NULL,"
        "  recycler BLOB NOT NULL, time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, element)) WITHOUT ROWID",
        "CREATE TABLE due_diligence ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL,"
        "  reviewer BLOB NOT NULL, scheme TEXT, outcome TEXT, time INTEGER NOT NULL, ok INTEGER NOT NULL,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",

        // Aggregates the indexer maintains for the KPIs that would otherwise scan every
        // event: information latency (block time − event time) per day of event time,
        // as counts per logarithmic bucket (DomainStore::latencyBucket).
        "CREATE TABLE kpi_latency ("
        "  day INTEGER NOT NULL, ok INTEGER NOT NULL, bucket INTEGER NOT NULL,"
        "  n INTEGER NOT NULL, latency_sum INTEGER NOT NULL,"
        "  PRIMARY KEY (day, ok, bucket)) WITHOUT ROWID",
    };
    return step;
}

const std::vector<const char*>& reviewReceiptsStep()
{
    // The reviews of the lots `assets` (an SQL list or subquery), recomputed from the view.
    const auto recompute = [](const std::string& assets) {
        return "INSERT OR REPLACE INTO kpi_reviews SELECT * FROM kpi_reviews_v WHERE asset_id IN " + assets + "; ";
    };
    const auto trigger = [](const std::string& name, const std::string& when, const std::string& body) {
        return "CREATE TRIGGER kpi_reviews_" + name + " AFTER " + when + " BEGIN " + body + "END";
    };
    const std::string ofReceipt = "(SELECT asset_id FROM shipment_goods WHERE event_id = %.event_id)";
    const std::string ofSscc = "(SELECT g.asset_id FROM receiving r JOIN shipment_goods g ON g.event_id = r.event_id "
                               "WHERE r.sscc = %.sscc)";
    const auto with = [](std::string text, const char* row) {
        for (std::size_t at; (at = text.find('%')) != std::string::npos;) text.replace(at, 1, row);
        return text;
    };
    // The latest receipt of the lot by the reviewer up to the review (the later event on a tie).
    const auto receipt = [](const char* verified) {
        return std::string("(SELECT r.event_id FROM shipment_goods g JOIN receiving r ON r.event_id = g.event_id "
                           "WHERE g.asset_id = d.asset_id AND r.receiver = d.reviewer AND r.time <= d.time") +
               verified + " ORDER BY r.time DESC, r.event_id DESC LIMIT 1)";
    };
    const auto shipper = [](const char* r) {
        return std::string("(SELECT s.shipper FROM shipping s WHERE s.sscc = ") + r + ".sscc ORDER BY s.event_id DESC LIMIT 1)";
    };
    static const std::vector<std::string> text = {
        "CREATE INDEX due_diligence_asset ON due_diligence(asset_id)",
        "CREATE TABLE kpi_reviews ("
        "  event_id INTEGER NOT NULL, seq INTEGER NOT NULL, asset_id INTEGER NOT NULL, time INTEGER NOT NULL,"
        "  ok INTEGER NOT NULL, received_verified INTEGER, supplier_verified BLOB, received_any INTEGER, supplier_any BLOB,"
        "  PRIMARY KEY (event_id, seq)) WITHOUT ROWID",
        "CREATE VIEW kpi_reviews_v AS SELECT x.event_id, x.seq, x.asset_id, x.time, x.ok, rv.time, " + shipper("rv") +
            ", ra.time, " + shipper("ra") + " FROM (SELECT d.event_id, d.seq, d.asset_id, d.time, d.ok, " +
            receipt(" AND r.ok = 1") + " AS verified, " + receipt("") +
            " AS any_ FROM due_diligence d) x LEFT JOIN receiving rv ON rv.event_id = x.verified "
            "LEFT JOIN receiving ra ON ra.event_id = x.any_",
        trigger("review_insert", "INSERT ON due_diligence", recompute("(NEW.asset_id)")),
        trigger("review_update", "UPDATE OF asset_id, reviewer, time, ok ON due_diligence",
                "DELETE FROM kpi_reviews WHERE event_id = OLD.event_id AND seq = OLD.seq; " +
                    recompute("(OLD.asset_id, NEW.asset_id)")),
        trigger("review_delete", "DELETE ON due_diligence", "DELETE FROM kpi_reviews WHERE event_id = OLD.event_id AND seq = OLD.seq; "),
        trigger("receipt_insert", "INSERT ON receiving", recompute(with(ofReceipt, "NEW"))),
        trigger("receipt_update", "UPDATE OF sscc, receiver, time, ok ON receiving", recompute(with(ofReceipt, "NEW"))),
        trigger("receipt_delete", "DELETE ON receiving", recompute(with(ofReceipt, "OLD"))),
        trigger("goods_insert", "INSERT ON shipment_goods", recompute("(NEW.asset_id)")),
        trigger("goods_update", "UPDATE ON shipment_goods", recompute("(OLD.asset_id, NEW.asset_id)")),
        trigger("goods_delete", "DELETE ON shipment_goods", recompute("(OLD.asset_id)")),
        trigger("shipping_insert", "INSERT ON shipping", recompute(with(ofSscc, "NEW"))),
        trigger("shipping_update", "UPDATE OF sscc, shipper ON shipping", recompute(with(ofSscc, "OLD")) + recompute(with(ofSscc, "NEW"))),
        trigger("shipping_delete", "DELETE ON shipping", recompute(with(ofSscc, "OLD"))),
        // Indexes made before this step.
        "INSERT INTO kpi_reviews SELECT * FROM kpi_reviews_v",
    };
    static const std::vector<const char*> step = [] {
        std::vector<const char*> out;
        for (const std::string& s : text) out.push_back(s.c_str());
        return out;
    }();
    return step;
}

const std::vector<EventTable>& eventTables()
{
    // Every table whose rows derive from a trace event (column event_id, and ok).
    static const std::vector<EventTable> tables = {
        {"asset_facts"},  {"asset_elements"}, {"commissions"},    {"lineage_edges"}, {"productions"},
        {"measurements"}, {"inspections"},    {"shipping"},       {"receiving"},     {"shipment_goods", false},
        {"sensor_readings"}, {"use_readings"}, {"repurposing"},  {"recycling"},     {"due_diligence"},
    };
    return tables;
}

const std::vector<const char*>& logTables()
{
    // Tables keyed by log_id.
    static const std::vector<const char*> tables = {"admin_history",         "participant_history", "kind_permissions",
                                                    "certifications",        "certification_changes",
                                                    "registry_log_errors"};
    return tables;
}

}  // namespace bt::domain
