// `lineage ASSET`: the DAG upstream to the mines or downstream to modules, packs,
// vehicles, second life and recyclers, with quantities; and the mass balance (each
// mine's share of Co, Li and Ni in the asset, mass_balance.h). Callable from any
// thread with its own IndexDb.
#pragma once

#include "domain/domain_types.h"
#include "domain/query_support.h"
#include "index/index_db.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt::domain {

struct LineageRequest {
    QString asset;                 // a Digital Link URI, or a lot / serial alone
    bool downstream = false;
    std::optional<int> depth;      // edges from the asset; unlimited when absent
    bool includeUnverified = false;
    bool massBalance = true;       // upstream only; follows the whole upstream whatever the depth
    QStringList elements{QStringLiteral("Co"), QStringLiteral("Li"), QStringLiteral("Ni")};
    int maxNodes = 20000;          // a downstream walk from a mine's lot can reach every pack
};

struct LineageNode {
    qint64 id = 0;
    QString uri;
    AssetKind kind = AssetKind::Unknown;
    QString material;
    int depth = 0;
    bool more = false;             // has edges beyond the depth limit
    // An origin lot (upstream leaves): the mine.
    bool origin = false;
    QString mine, mineAccount, country, site;
    qint64 extractedAt = 0;
    // Downstream annotations: second life and end of life.
    QString repurposedAs;
    qint64 repurposedAt = 0;
};

struct LineageEdge {
    qint64 src = 0;
    qint64 dst = 0;
    Relation relation = Relation::Transformation;
    double srcQty = 0;
    QString srcUom;
    double dstQty = 0;
    QString dstUom;
    qint64 time = 0;
    qint64 eventId = 0;  // the domain key of the anchoring log
    bool verified = true;
};

struct MineShare {
    QString mine;
    QString account;
    QString country;
    bool cahra = false;
    double share = 0;
    QList<qint64> lots;  // the origin lots of this mine in the asset
};

struct ElementBalance {
    QString element;
    std::optional<double> kgPerUnit;  // kg of the element in one unit of the asset, when known
    QList<MineShare> mines;           // by share, largest first
    double untracedShare = 0;         // from leaves that are not mine lots
    bool fallback = false;
    bool cycle = false;
};

struct LineageResult {
    LineageNode root;
    bool downstream = false;
    std::optional<int> depth;
    QList<LineageNode> nodes;         // the root first, then by depth
    QList<LineageEdge> edges;
    QList<ElementBalance> massBalance;
    QString massBalanceDefinition;
    std::uint64_t leftOut = 0;        // edges of events that did not verify, not followed
    bool truncated = false;           // maxNodes reached
    QString coverageNote;
};

QueryError runLineage(IndexDb& db, const LineageRequest& request, LineageResult& out);

}  // namespace bt::domain
