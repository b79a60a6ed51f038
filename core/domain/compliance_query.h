// `compliance [--pack ID]`: certificates per supplier and per lot at the time of each
// event, expired and missing ones, material from sources without a valid certificate
// or from conflict-affected and high-risk areas (cahra.h), and the share of such
// material in each pack (by the mass balance, per element).
//
// Rules, stated in the output too: a certificate is valid for an event when its
// status was Valid at the event's block and validFrom <= eventTime < validUntil
// (data model §3.5). Miners (for each Commissioning of an ore lot) and refiners (for
// each Transformation) need a valid responsible-sourcing certificate (RMAP, IRMA or
// OECD-DD) for the site of the event or for the participant's own GLN; other schemes
// (ISO14001) are listed but do not count. An ore lot is flagged when its mine had no
// such certificate at extraction or lies in a CAHRA country; a refined lot when its
// refiner had none when it was made.
#pragma once

#include "domain/domain_types.h"
#include "domain/query_support.h"
#include "index/index_db.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bt::domain {

struct ComplianceRequest {
    QString pack;  // one pack (a Digital Link URI or its serial); empty: every affected pack
    bool includeUnverified = false;
    QStringList elements{QStringLiteral("Co"), QStringLiteral("Li"), QStringLiteral("Ni")};
};

struct CertificateInfo {
    qint64 id = 0;
    QString scheme;
    QString site;
    QString status;      // current: Valid, Suspended, Withdrawn
    qint64 validFrom = 0;
    qint64 validUntil = 0;
    QString auditor;     // name (or address)
    QString evidenceUri;
    bool sourcing = false;     // RMAP, IRMA or OECD-DD
    QString standing;          // "valid", "expired", "not yet valid", "suspended", "withdrawn" (as of the head)
};

struct SupplierCompliance {
    QString account;
    QString name;
    QString role;
    QString country;
    bool cahra = false;
    bool needsSourcingCertificate = false;
    QList<CertificateInfo> certificates;
    qint64 events = 0;             // events that needed a certificate
    qint64 eventsWithoutCertificate = 0;
    QStringList issues;            // "no responsible-sourcing certificate", "RMAP #3 expired on …"
};

struct LotCompliance {
    qint64 asset = 0;
    QString uri;
    AssetKind kind = AssetKind::Unknown;
    QString supplier;              // name
    QString supplierAccount;
    QString country;
    qint64 time = 0;               // extraction / production time
    qint64 eventId = 0;
    QString certificate;           // the certificate that covered it ("RMAP #3"), if any
    bool flagged = false;
    QStringList reasons;
};

struct ElementShare {
    QString element;
    double share = 0;              // of the element in the pack from flagged lots
    bool fallback = false;
};

struct PackCompliance {
    qint64 asset = 0;
    QString uri;
    QList<ElementShare> flaggedShares;
    QStringList flaggedLots;       // URIs of the flagged lots it holds material from
    bool flagged = false;
};

struct ComplianceResult {
    qint64 asOf = 0;               // the head block's time: "expired" is judged then
    QString cahraSource;
    QStringList cahraCountries;
    QStringList rules;             // the definitions above, for the output
    QList<SupplierCompliance> suppliers;
    QList<LotCompliance> lots;     // every ore and refined lot checked (flagged ones first)
    QList<PackCompliance> packs;   // the pack asked for, or every pack holding flagged material
    qint64 packsChecked = 0;       // packs whose lineage was followed
    qint64 packsTotal = 0;
    std::uint64_t leftOut = 0;     // rows of unverified events not used
    QString coverageNote;
};

QueryError runCompliance(IndexDb& db, const ComplianceRequest& request, ComplianceResult& out);

}  // namespace bt::domain
