#include "cli/lineage_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "cli/domain_cli.h"
#include "domain/lineage_query.h"

#include <QCommandLineParser>
#include <QHash>
#include <QSet>

#include <functional>

namespace bt::cli {

using namespace bt::domain;

namespace {

QString kindText(AssetKind k) { return QString::fromLatin1(assetKindName(k).data()); }
QString relationText(Relation r) { return QString::fromLatin1(relationName(r).data()); }

QString quantity(double q, const QString& uom)
{
    return QStringLiteral("%1 %2").arg(QString::number(q, 'g', 10), uom);
}

QJsonObject nodeJson(const LineageNode& n)
{
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("uri"), n.uri},
                  {QStringLiteral("kind"), kindText(n.kind)},
                  {QStringLiteral("depth"), n.depth}};
    if (!n.material.isEmpty()) o.insert(QStringLiteral("material"), n.material);
    if (n.more) o.insert(QStringLiteral("more"), true);
    if (n.origin)
        o.insert(QStringLiteral("origin"), QJsonObject{{QStringLiteral("mine"), n.mine},
                                                      {QStringLiteral("account"), n.mineAccount},
                                                      {QStringLiteral("country"), n.country},
                                                      {QStringLiteral("site"), n.site},
                                                      {QStringLiteral("extractedAt"), DomainCli::time(n.extractedAt)}});
    if (!n.repurposedAs.isEmpty())
        o.insert(QStringLiteral("secondLife"), QJsonObject{{QStringLiteral("repurposedAs"), n.repurposedAs},
                                                          {QStringLiteral("at"), DomainCli::time(n.repurposedAt)}});
    return o;
}

QJsonObject balanceJson(const LineageResult& r)
{
    QJsonArray elements;
    for (const ElementBalance& b : r.massBalance) {
        QJsonArray mines;
        for (const MineShare& m : b.mines) {
            QJsonArray lots;
            for (qint64 l : m.lots) lots.append(l);
            mines.append(QJsonObject{{QStringLiteral("mine"), m.mine},
                                     {QStringLiteral("account"), m.account},
                                     {QStringLiteral("country"), m.country},
                                     {QStringLiteral("cahra"), m.cahra},
                                     {QStringLiteral("share"), m.share},
                                     {QStringLiteral("lots"), lots}});
        }
        elements.append(QJsonObject{{QStringLiteral("element"), b.element},
                                    {QStringLiteral("kgPerUnit"), DomainCli::optional(b.kgPerUnit)},
                                    {QStringLiteral("mines"), mines},
                                    {QStringLiteral("untracedShare"), b.untracedShare},
                                    {QStringLiteral("quantityFallback"), b.fallback},
                                    {QStringLiteral("cycle"), b.cycle}});
    }
    return {{QStringLiteral("definition"), r.massBalanceDefinition}, {QStringLiteral("elements"), elements}};
}

void printBalance(QTextStream& o, const LineageResult& r)
{
    o << LineageCommand::tr("mass balance (share of each element by mine of origin):") << '\n';
    for (const ElementBalance& b : r.massBalance) {
        o << "  " << b.element;
        if (b.kgPerUnit) o << LineageCommand::tr(" (%1 kg per unit)").arg(*b.kgPerUnit, 0, 'g', 6);
        o << ':';
        if (b.mines.isEmpty() && b.untracedShare == 0) o << LineageCommand::tr(" none traced");
        for (const MineShare& m : b.mines)
            o << ' ' << m.mine << " (" << m.country << (m.cahra ? LineageCommand::tr(", CAHRA") : QString()) << ") "
              << DomainCli::percent(m.share) << ';';
        if (b.untracedShare > 0) o << ' ' << LineageCommand::tr("untraced %1").arg(DomainCli::percent(b.untracedShare)) << ';';
        if (b.fallback) o << ' ' << LineageCommand::tr("[quantity shares where element data is missing]");
        if (b.cycle) o << ' ' << LineageCommand::tr("[the lineage loops: cut]");
        o << '\n';
    }
    o << LineageCommand::tr("  (%1)").arg(r.massBalanceDefinition) << '\n';
}

}  // namespace

QString LineageCommand::name() const { return QStringLiteral("lineage"); }

QString LineageCommand::summary() const { return tr("Trace an asset upstream to its mines or downstream to vehicles and recyclers."); }

QString LineageCommand::description() const
{
    return tr("Prints the lineage DAG of ASSET (a GS1 Digital Link URI, or a lot or serial alone) with the quantities "
              "of each step: upstream to the ore lots and their mines (the default), or downstream (--down) to "
              "modules, packs, vehicles, second life and recyclers. Upstream output includes the mass balance: each "
              "mine's share of Co, Li and Ni in the asset; --origins prints only that. Only events that passed "
              "registry semantics in verified blocks are followed unless --include-unverified.\n"
              "Exit code 0 on success, 2 for an unknown asset, bad arguments or an empty index, 1 on failure.");
}

QString LineageCommand::argumentsSyntax() const { return QStringLiteral("<asset>"); }

QList<QCommandLineOption> LineageCommand::options() const
{
    auto opts = DomainCli::commonOptions();
    opts << QCommandLineOption(QStringLiteral("down"), tr("Downstream instead of upstream."))
         << QCommandLineOption(QStringLiteral("depth"), tr("Follow at most N steps."), QStringLiteral("N"))
         << QCommandLineOption(QStringLiteral("origins"), tr("Only the mass balance by mine of origin."));
    return opts;
}

int LineageCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (inv.arguments.size() != 1) return inv.dispatcher.usageError(inv.err, tr("lineage takes one asset"), this);
    LineageRequest req;
    req.asset = inv.arguments.constFirst();
    req.downstream = p.isSet(QStringLiteral("down"));
    req.includeUnverified = p.isSet(QStringLiteral("include-unverified"));
    const bool originsOnly = p.isSet(QStringLiteral("origins"));
    if (originsOnly && req.downstream)
        return inv.dispatcher.usageError(inv.err, tr("--origins is upstream only; drop --down"), this);
    if (p.isSet(QStringLiteral("depth"))) {
        bool ok = false;
        const int d = p.value(QStringLiteral("depth")).toInt(&ok);
        if (!ok || d < 0) return inv.dispatcher.usageError(inv.err, tr("--depth: not a number of steps"), this);
        req.depth = d;
    }
    IndexDb db;
    if (int rc = DomainCli::open(inv, this, db); rc != kExitOk) return rc;
    LineageResult r;
    if (QueryError e = runLineage(db, req, r); !e.ok()) return DomainCli::fail(inv, name(), e);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject obj{{QStringLiteral("asset"), nodeJson(r.root)},
                        {QStringLiteral("direction"), r.downstream ? QStringLiteral("downstream") : QStringLiteral("upstream")},
                        {QStringLiteral("depth"), r.depth ? QJsonValue(*r.depth) : QJsonValue()},
                        {QStringLiteral("leftOut"), qint64(r.leftOut)},
                        {QStringLiteral("truncated"), r.truncated}};
        if (!originsOnly) {
            QJsonArray nodes, edges;
            for (const LineageNode& n : r.nodes) nodes.append(nodeJson(n));
            for (const LineageEdge& e : r.edges)
                edges.append(QJsonObject{{QStringLiteral("src"), e.src},
                                         {QStringLiteral("dst"), e.dst},
                                         {QStringLiteral("relation"), relationText(e.relation)},
                                         {QStringLiteral("srcQuantity"), e.srcQty},
                                         {QStringLiteral("srcUom"), e.srcUom},
                                         {QStringLiteral("dstQuantity"), e.dstQty},
                                         {QStringLiteral("dstUom"), e.dstUom},
                                         {QStringLiteral("time"), DomainCli::time(e.time)},
                                         {QStringLiteral("event"), e.eventId},
                                         {QStringLiteral("verified"), e.verified}});
            obj.insert(QStringLiteral("nodes"), nodes);
            obj.insert(QStringLiteral("edges"), edges);
        }
        if (!r.massBalance.isEmpty()) obj.insert(QStringLiteral("massBalance"), balanceJson(r));
        if (!r.coverageNote.isEmpty()) obj.insert(QStringLiteral("note"), r.coverageNote);
        printJson(inv.out, obj);
        return kExitOk;
    }

    QTextStream& o = inv.out;
    o << tr("%1 %2, %3").arg(kindText(r.root.kind), r.root.uri,
                             r.downstream ? tr("downstream") : tr("upstream"))
      << '\n';
    if (!originsOnly) {
        // The DAG as an indented tree; a node met again is named, not expanded again.
        QHash<qint64, const LineageNode*> byId;
        for (const LineageNode& n : r.nodes) byId.insert(n.id, &n);
        QHash<qint64, QList<const LineageEdge*>> next;
        for (const LineageEdge& e : r.edges) next[r.downstream ? e.src : e.dst].append(&e);
        QSet<qint64> shown;
        std::function<void(qint64, int)> print = [&](qint64 at, int indent) {
            for (const LineageEdge* e : next.value(at)) {
                const qint64 other = r.downstream ? e->dst : e->src;
                const LineageNode* n = byId.value(other);
                o << QString(indent * 2, u' ') << (r.downstream ? "-> " : "<- ") << relationText(e->relation) << ' '
                  << quantity(e->srcQty, e->srcUom) << " -> " << quantity(e->dstQty, e->dstUom) << ", "
                  << DomainCli::date(e->time) << (e->verified ? QString() : tr(" [unverified]")) << ": ";
                if (!n) {
                    o << other << '\n';
                    continue;
                }
                o << kindText(n->kind) << ' ' << n->uri;
                if (n->origin) o << tr(" [mine %1, %2, extracted %3]").arg(n->mine, n->country, DomainCli::date(n->extractedAt));
                if (!n->repurposedAs.isEmpty()) o << tr(" [second life: %1]").arg(n->repurposedAs);
                if (shown.contains(other)) {
                    o << tr(" (see above)") << '\n';
                    continue;
                }
                shown.insert(other);
                if (n->more) o << tr(" (more beyond --depth)");
                o << '\n';
                print(other, indent + 1);
            }
        };
        shown.insert(r.root.id);
        print(r.root.id, 1);
        o << tr("%1 assets, %2 edges").arg(r.nodes.size()).arg(r.edges.size()) << '\n';
    }
    if (!r.massBalance.isEmpty()) printBalance(o, r);
    if (r.truncated) o << tr("note: stopped at %1 assets; use --depth to narrow").arg(r.nodes.size()) << '\n';
    if (const QString n = DomainCli::leftOutNote(r.leftOut); !n.isEmpty()) o << tr("note: %1").arg(n) << '\n';
    if (!r.coverageNote.isEmpty()) o << tr("note: %1").arg(r.coverageNote) << '\n';
    o.flush();
    return kExitOk;
}

}  // namespace bt::cli
