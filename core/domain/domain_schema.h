// The domain index's tables: one migration step of the index schema (appended to
// core/index/schema.cpp's steps, so that an index is upgraded in one transaction), and
// the lists of tables the truncation and re-check code walks.
#pragma once

#include <vector>

namespace bt::domain {

// The statements of the schema step that adds the domain tables. Released steps
// never change: a later change is a new step.
const std::vector<const char*>& schemaStep();

struct EventTable {
    const char* name;
    bool hasOk = true;  // carries the event's ok flag
};
// Tables whose rows derive from a trace event's document (keyed by event_id).
const std::vector<EventTable>& eventTables();

// Schema step 5: kpi_reviews, each due-diligence review with the receipt it is timed
// from (the latest Receiving of the lot by the reviewer, up to the review; verified
// only, and any) and that shipment's shipper. The view kpi_reviews_v defines it;
// triggers on the four tables it reads keep the table equal to the view.
const std::vector<const char*>& reviewReceiptsStep();
// Tables of registry state changes (keyed by log_id).
const std::vector<const char*>& logTables();

}  // namespace bt::domain
