#include "cli/kpi_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "cli/domain_cli.h"
#include "domain/kpi_query.h"

#include <QCommandLineParser>

namespace bt::cli {

using namespace bt::domain;

namespace {

QJsonValue opt(const std::optional<bool>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QJsonObject recoveryJson(const ElementRecovery& e)
{
    return {{QStringLiteral("element"), e.element},
            {QStringLiteral("inputKg"), e.inputKg},
            {QStringLiteral("recoveredKg"), e.recoveredKg},
            {QStringLiteral("rate"), DomainCli::optional(e.rate)},
            {QStringLiteral("target2027"), DomainCli::optional(e.target2027)},
            {QStringLiteral("target2031"), DomainCli::optional(e.target2031)},
            {QStringLiteral("meets2027"), opt(e.meets2027)},
            {QStringLiteral("meets2031"), opt(e.meets2031)}};
}

QJsonObject periodJson(const KpiPeriod& p)
{
    QJsonArray dd, elements, recyclers, carriers;
    for (const DueDiligenceTime& d : p.dueDiligence)
        dd.append(QJsonObject{{QStringLiteral("supplier"), d.supplier},
                              {QStringLiteral("account"), d.account},
                              {QStringLiteral("reviews"), d.reviews},
                              {QStringLiteral("withoutReceipt"), d.withoutReceipt},
                              {QStringLiteral("medianDays"), DomainCli::optional(d.medianDays)},
                              {QStringLiteral("p90Days"), DomainCli::optional(d.p90Days)}});
    for (const ElementRecovery& e : p.recycling.elements) elements.append(recoveryJson(e));
    for (const RecyclerRecovery& r : p.recycling.recyclers) {
        QJsonArray els;
        for (const ElementRecovery& e : r.elements) els.append(recoveryJson(e));
        recyclers.append(QJsonObject{{QStringLiteral("recycler"), r.recycler},
                                     {QStringLiteral("account"), r.account},
                                     {QStringLiteral("events"), r.events},
                                     {QStringLiteral("rate"), DomainCli::optional(r.rate)},
                                     {QStringLiteral("elements"), els}});
    }
    for (const CarrierIncidents& c : p.logistics.carriers)
        carriers.append(QJsonObject{{QStringLiteral("carrier"), c.carrier},
                                    {QStringLiteral("shipments"), c.shipments},
                                    {QStringLiteral("incidents"), c.incidents},
                                    {QStringLiteral("per100"), DomainCli::optional(c.per100)}});
    QJsonObject types;
    for (auto it = p.logistics.byType.cbegin(); it != p.logistics.byType.cend(); ++it) types.insert(it.key(), it.value());
    return {
        {QStringLiteral("period"), p.label},
        {QStringLiteral("from"), DomainCli::time(p.from)},
        {QStringLiteral("to"), DomainCli::time(p.to)},
        {QStringLiteral("defectRate"),
         QJsonObject{{QStringLiteral("rate"), DomainCli::optional(p.defects.rate)},
                     {QStringLiteral("inspections"), p.defects.inspections},
                     {QStringLiteral("tested"), p.defects.tested},
                     {QStringLiteral("failed"), p.defects.failed},
                     {QStringLiteral("nonConformantInspections"), p.defects.nonConformant}}},
        {QStringLiteral("dueDiligenceTime"), dd},
        {QStringLiteral("recycling"), QJsonObject{{QStringLiteral("events"), p.recycling.events},
                                                  {QStringLiteral("rate"), DomainCli::optional(p.recycling.rate)},
                                                  {QStringLiteral("elements"), elements},
                                                  {QStringLiteral("recyclers"), recyclers}}},
        {QStringLiteral("logistics"), QJsonObject{{QStringLiteral("shipments"), p.logistics.shipments},
                                                  {QStringLiteral("incidents"), p.logistics.incidents},
                                                  {QStringLiteral("per100"), DomainCli::optional(p.logistics.per100)},
                                                  {QStringLiteral("byType"), types},
                                                  {QStringLiteral("carriers"), carriers}}},
        {QStringLiteral("informationLatency"),
         QJsonObject{{QStringLiteral("events"), p.latency.events},
                     {QStringLiteral("negative"), p.latency.negative},
                     {QStringLiteral("meanSeconds"), DomainCli::optional(p.latency.meanSeconds)},
                     {QStringLiteral("medianSeconds"), DomainCli::optional(p.latency.medianSeconds)},
                     {QStringLiteral("p90Seconds"), DomainCli::optional(p.latency.p90Seconds)}}},
    };
}

QString pct(const std::optional<double>& v) { return v ? DomainCli::percent(*v, 2) : KpiCommand::tr("n/a"); }
QString days(const std::optional<double>& v) { return v ? KpiCommand::tr("%1 d").arg(*v, 0, 'f', 1) : KpiCommand::tr("n/a"); }
QString dur(const std::optional<double>& v) { return v ? formatDuration(*v) : KpiCommand::tr("n/a"); }

QString target(const ElementRecovery& e)
{
    if (!e.target2027) return KpiCommand::tr("no EU target");
    return KpiCommand::tr("2027 target %1 %2, 2031 target %3 %4")
        .arg(DomainCli::percent(*e.target2027, 0), e.meets2027 ? (*e.meets2027 ? KpiCommand::tr("met") : KpiCommand::tr("MISSED")) : QString())
        .arg(DomainCli::percent(*e.target2031, 0), e.meets2031 ? (*e.meets2031 ? KpiCommand::tr("met") : KpiCommand::tr("MISSED")) : QString());
}

void printPeriod(QTextStream& o, const KpiPeriod& p, bool detail)
{
    o << p.label << ":\n";
    o << KpiCommand::tr("  defect rate          %1 (%2 of %3 cells, %4 inspections, %5 non-conformant)")
             .arg(pct(p.defects.rate))
             .arg(p.defects.failed)
             .arg(p.defects.tested)
             .arg(p.defects.inspections)
             .arg(p.defects.nonConformant)
      << '\n';
    o << KpiCommand::tr("  recycling rate       %1 (%2 recycling events)").arg(pct(p.recycling.rate)).arg(p.recycling.events) << '\n';
    for (const ElementRecovery& e : p.recycling.elements)
        o << KpiCommand::tr("    %1 recovery %2 (%3)").arg(e.element, -2).arg(pct(e.rate), target(e)) << '\n';
    if (detail)
        for (const RecyclerRecovery& r : p.recycling.recyclers) {
            o << KpiCommand::tr("    recycler %1: %2").arg(r.recycler, pct(r.rate));
            for (const ElementRecovery& e : r.elements)
                o << ' ' << e.element << ' ' << pct(e.rate) << (e.meets2027 && !*e.meets2027 ? KpiCommand::tr(" (below 2027 target)") : QString());
            o << '\n';
        }
    o << KpiCommand::tr("  logistics incidents  %1 per 100 shipments (%2 of %3)")
             .arg(p.logistics.per100 ? QString::number(*p.logistics.per100, 'f', 2) : KpiCommand::tr("n/a"))
             .arg(p.logistics.incidents)
             .arg(p.logistics.shipments)
      << '\n';
    if (detail)
        for (const CarrierIncidents& c : p.logistics.carriers)
            o << KpiCommand::tr("    carrier %1: %2 per 100 (%3 of %4)")
                     .arg(c.carrier, c.per100 ? QString::number(*c.per100, 'f', 2) : KpiCommand::tr("n/a"))
                     .arg(c.incidents)
                     .arg(c.shipments)
              << '\n';
    o << KpiCommand::tr("  information latency  mean %1, median %2, p90 %3 (%4 events)")
             .arg(dur(p.latency.meanSeconds), dur(p.latency.medianSeconds), dur(p.latency.p90Seconds))
             .arg(p.latency.events)
      << '\n';
    if (p.latency.negative) o << KpiCommand::tr("    %1 events dated after their block").arg(p.latency.negative) << '\n';
    if (!p.dueDiligence.isEmpty()) o << KpiCommand::tr("  due diligence time by supplier:") << '\n';
    for (const DueDiligenceTime& d : p.dueDiligence)
        o << KpiCommand::tr("    %1: median %2, p90 %3 (%4 reviews%5)")
                 .arg(d.supplier, days(d.medianDays), days(d.p90Days))
                 .arg(d.reviews)
                 .arg(d.withoutReceipt ? KpiCommand::tr(", %1 without a receipt").arg(d.withoutReceipt) : QString())
          << '\n';
}

}  // namespace

QString KpiCommand::name() const { return QStringLiteral("kpi"); }

QString KpiCommand::summary() const
{
    return tr("Defect rate, due-diligence time, recycling rate, logistics incidents and information latency.");
}

QString KpiCommand::description() const
{
    return tr("Computes the KPIs over the events of a period (by event time; default: all), each with its definition: "
              "defect rate; raw-material due-diligence time per supplier (median, 90th percentile); recycling rate "
              "and per-element recovery against the EU 2023/1542 targets; logistics incidents per 100 shipments "
              "(per carrier too); information latency from event time to block time. --by month adds one block "
              "per calendar month.\nExit code 0 on success, 2 for bad dates, an empty index or a range with no "
              "data, 1 on failure.");
}

QString KpiCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> KpiCommand::options() const
{
    auto opts = DomainCli::commonOptions();
    opts << QCommandLineOption(QStringLiteral("from"), tr("From this date (inclusive)."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("to"), tr("To this date (exclusive)."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("by"), tr("Break down by \"month\"."), QStringLiteral("PERIOD"));
    return opts;
}

int KpiCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("kpi takes no arguments"), this);
    KpiRequest req;
    req.includeUnverified = p.isSet(QStringLiteral("include-unverified"));
    for (const auto& [opt, target] : {std::pair{QStringLiteral("from"), &req.from}, std::pair{QStringLiteral("to"), &req.to}}) {
        if (!p.isSet(opt)) continue;
        QString error;
        *target = DomainCli::parseTime(p.value(opt), error);
        if (!*target) return inv.dispatcher.usageError(inv.err, QStringLiteral("--%1: %2").arg(opt, error), this);
    }
    if (p.isSet(QStringLiteral("by"))) {
        if (p.value(QStringLiteral("by")) != QLatin1String("month"))
            return inv.dispatcher.usageError(inv.err, tr("--by: only \"month\" is supported"), this);
        req.byMonth = true;
    }
    if (req.from && req.to && *req.from >= *req.to)
        return inv.dispatcher.usageError(inv.err, tr("--from must be before --to"), this);
    IndexDb db;
    if (int rc = DomainCli::open(inv, this, db); rc != kExitOk) return rc;
    KpiResult r;
    if (QueryError e = runKpi(db, req, r); !e.ok()) return DomainCli::fail(inv, name(), e);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject defs;
        for (auto it = r.definitions.cbegin(); it != r.definitions.cend(); ++it) defs.insert(it.key(), it.value());
        QJsonArray months;
        for (const KpiPeriod& m : r.months) months.append(periodJson(m));
        QJsonObject obj{{QStringLiteral("definitions"), defs},
                        {QStringLiteral("total"), periodJson(r.total)},
                        {QStringLiteral("leftOut"), qint64(r.leftOut)}};
        if (req.byMonth) obj.insert(QStringLiteral("months"), months);
        if (!r.coverageNote.isEmpty()) obj.insert(QStringLiteral("note"), r.coverageNote);
        printJson(inv.out, obj);
        return kExitOk;
    }
    QTextStream& o = inv.out;
    printPeriod(o, r.total, true);
    for (const KpiPeriod& m : r.months) {
        o << '\n';
        if (m.empty()) {
            o << m.label << ": " << tr("no events") << '\n';
            continue;
        }
        printPeriod(o, m, false);
    }
    o << '\n' << tr("definitions:") << '\n';
    for (auto it = r.definitions.cbegin(); it != r.definitions.cend(); ++it) o << "  " << it.key() << ": " << it.value() << '\n';
    if (const QString n = DomainCli::leftOutNote(r.leftOut); !n.isEmpty()) o << tr("note: %1").arg(n) << '\n';
    if (!r.coverageNote.isEmpty()) o << tr("note: %1").arg(r.coverageNote) << '\n';
    o.flush();
    return kExitOk;
}

}  // namespace bt::cli
