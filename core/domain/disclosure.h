// `disclose --in EPCISDocument.json`: private events (only the hash on chain) made
// known later. Each event of the file's eventList is hashed under jcs-sha256 and
// matched with the private events anchored with that hash; a match is checked like an
// on-chain document (kind, data model; the signer was checked when it was indexed),
// stored, and parsed into the domain tables. One event that matches nothing (its
// document differs from what was anchored, or it was never anchored) is reported and
// nothing of the file is stored: a disclosure is taken whole or not at all.
#pragma once

#include "domain/query_support.h"
#include "index/index_db.h"

#include <QList>
#include <QString>

namespace bt::domain {

struct DisclosedEvent {
    enum class Outcome { Stored, AlreadyDisclosed, NoMatch, Invalid };
    int index = 0;               // in the file's eventList
    QString epcisId;             // the event's eventID, if any
    QString hash;                // its jcs-sha256
    Outcome outcome = Outcome::NoMatch;
    qint64 chainEventId = 0;     // the registry's eventId it matched
    qint64 block = 0;
    QString status;              // after disclosure: verified / failed
    QString detail;              // why it failed, or what did not match
};

struct DisclosureResult {
    QList<DisclosedEvent> events;
    int stored = 0;
    int alreadyDisclosed = 0;
    int mismatched = 0;          // NoMatch and Invalid
    bool committed = false;
};

// `db` must be open read-write.
QueryError runDisclosure(IndexDb& db, const QString& path, DisclosureResult& out);

}  // namespace bt::domain
