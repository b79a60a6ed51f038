#include "cli/shipments_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "cli/domain_cli.h"
#include "domain/shipment_query.h"

#include <QCommandLineParser>

namespace bt::cli {

using namespace bt::domain;

namespace {

QJsonObject shipmentJson(const ShipmentInfo& s)
{
    QJsonArray limits, excursions, series;
    for (const LimitRange& l : s.limits)
        limits.append(QJsonObject{{QStringLiteral("type"), l.type},
                                  {QStringLiteral("min"), DomainCli::optional(l.min)},
                                  {QStringLiteral("max"), DomainCli::optional(l.max)},
                                  {QStringLiteral("uom"), l.uom}});
    for (const Excursion& e : s.excursions)
        excursions.append(QJsonObject{{QStringLiteral("type"), e.type},
                                      {QStringLiteral("start"), DomainCli::time(e.start)},
                                      {QStringLiteral("end"), DomainCli::time(e.end)},
                                      {QStringLiteral("readings"), e.readings},
                                      {QStringLiteral("worst"), e.worst},
                                      {QStringLiteral("limit"), e.limit},
                                      {QStringLiteral("alarmed"), e.alarmed}});
    for (const SensorPoint& p : s.series)
        series.append(QJsonObject{{QStringLiteral("time"), DomainCli::time(p.time)},
                                  {QStringLiteral("type"), p.type},
                                  {QStringLiteral("value"), DomainCli::optional(p.value)},
                                  {QStringLiteral("uom"), p.uom},
                                  {QStringLiteral("alarm"), p.alarm},
                                  {QStringLiteral("outside"), p.outside}});
    QJsonObject o{{QStringLiteral("sscc"), s.sscc},
                  {QStringLiteral("shipper"), s.shipper},
                  {QStringLiteral("carrier"), s.carrier},
                  {QStringLiteral("source"), s.source},
                  {QStringLiteral("destination"), s.destination},
                  {QStringLiteral("shippedAt"), DomainCli::time(s.shippedAt)},
                  {QStringLiteral("receivedAt"), s.receivedAt ? QJsonValue(DomainCli::time(*s.receivedAt)) : QJsonValue()},
                  {QStringLiteral("receiver"), s.receiver},
                  {QStringLiteral("goods"), DomainCli::strings(s.goods)},
                  {QStringLiteral("limits"), limits},
                  {QStringLiteral("readings"), s.readings},
                  {QStringLiteral("alarms"), s.alarms},
                  {QStringLiteral("alarmsWithinLimits"), s.alarmsWithinLimits},
                  {QStringLiteral("excursions"), excursions}};
    if (!s.incidentType.isEmpty())
        o.insert(QStringLiteral("incident"), QJsonObject{{QStringLiteral("type"), s.incidentType},
                                                        {QStringLiteral("note"), s.incidentNote}});
    if (!s.series.isEmpty()) o.insert(QStringLiteral("series"), series);
    return o;
}

}  // namespace

QString ShipmentsCommand::name() const { return QStringLiteral("shipments"); }

QString ShipmentsCommand::summary() const { return tr("Sensor series of shipments and their excursions against the limits."); }

QString ShipmentsCommand::description() const
{
    return tr("Lists each shipment (SSCC): shipper, carrier, route, goods, the limits set when it was shipped, its "
              "sensor readings (temperature, humidity) and the excursions: stretches of consecutive readings outside "
              "the limits. --excursions lists only shipments with one; --shipment shows one with its whole series; "
              "--series includes every reading.\nExit code 0 on success, 2 for an unknown shipment, bad arguments, "
              "an empty index or no shipments, 1 on failure.");
}

QString ShipmentsCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> ShipmentsCommand::options() const
{
    auto opts = DomainCli::commonOptions();
    opts << QCommandLineOption(QStringLiteral("excursions"), tr("Only shipments with an excursion."))
         << QCommandLineOption(QStringLiteral("shipment"), tr("One shipment (SSCC or its Digital Link URI)."), QStringLiteral("SSCC"))
         << QCommandLineOption(QStringLiteral("series"), tr("Include every sensor reading."))
         << QCommandLineOption(QStringLiteral("from"), tr("Shipped from this date."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("to"), tr("Shipped before this date."), QStringLiteral("DATE"));
    return opts;
}

int ShipmentsCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("shipments takes no arguments"), this);
    ShipmentsRequest req;
    req.excursionsOnly = p.isSet(QStringLiteral("excursions"));
    req.withSeries = p.isSet(QStringLiteral("series"));
    req.shipment = p.value(QStringLiteral("shipment"));
    req.includeUnverified = p.isSet(QStringLiteral("include-unverified"));
    for (const auto& [opt, target] : {std::pair{QStringLiteral("from"), &req.from}, std::pair{QStringLiteral("to"), &req.to}}) {
        if (!p.isSet(opt)) continue;
        QString error;
        *target = DomainCli::parseTime(p.value(opt), error);
        if (!*target) return inv.dispatcher.usageError(inv.err, QStringLiteral("--%1: %2").arg(opt, error), this);
    }
    IndexDb db;
    if (int rc = DomainCli::open(inv, this, db); rc != kExitOk) return rc;
    ShipmentsResult r;
    if (QueryError e = runShipments(db, req, r); !e.ok()) return DomainCli::fail(inv, name(), e);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ShipmentInfo& s : r.shipments) list.append(shipmentJson(s));
        QJsonObject obj{{QStringLiteral("definition"), r.definition},
                        {QStringLiteral("shipments"), list},
                        {QStringLiteral("shipmentsTotal"), r.shipmentsTotal},
                        {QStringLiteral("withExcursions"), r.withExcursions},
                        {QStringLiteral("excursions"), r.excursions},
                        {QStringLiteral("leftOut"), qint64(r.leftOut)}};
        if (!r.coverageNote.isEmpty()) obj.insert(QStringLiteral("note"), r.coverageNote);
        printJson(inv.out, obj);
        return kExitOk;
    }
    QTextStream& o = inv.out;
    o << tr("%1 shipments, %2 with excursions (%3 excursions)").arg(r.shipmentsTotal).arg(r.withExcursions).arg(r.excursions)
      << '\n';
    for (const ShipmentInfo& s : r.shipments) {
        o << '\n' << s.sscc << '\n';
        o << tr("  %1 → %2 by %3, shipped %4").arg(s.source.isEmpty() ? s.shipper : s.source, s.destination, s.carrier,
                                                    DomainCli::time(s.shippedAt));
        if (s.receivedAt) o << tr(", received %1 by %2").arg(DomainCli::time(*s.receivedAt), s.receiver);
        o << '\n';
        if (!s.incidentType.isEmpty()) o << tr("  incident: %1 %2").arg(s.incidentType, s.incidentNote) << '\n';
        QStringList limits;
        for (const LimitRange& l : s.limits)
            limits << QStringLiteral("%1 %2..%3 %4")
                          .arg(l.type, l.min ? QString::number(*l.min) : QString(), l.max ? QString::number(*l.max) : QString(), l.uom);
        o << tr("  limits: %1; %2 readings, %3 alarms (%4 within limits)")
                 .arg(limits.isEmpty() ? tr("none") : limits.join(QStringLiteral(", ")))
                 .arg(s.readings)
                 .arg(s.alarms)
                 .arg(s.alarmsWithinLimits)
          << '\n';
        for (const Excursion& e : s.excursions)
            o << tr("  excursion %1: %2 to %3, %4 readings, worst %5 (%6)%7")
                     .arg(e.type, DomainCli::time(e.start), DomainCli::time(e.end))
                     .arg(e.readings)
                     .arg(e.worst)
                     .arg(e.limit, e.alarmed ? tr(", alarmed") : tr(", not alarmed by the device"))
              << '\n';
        for (const SensorPoint& pt : s.series)
            o << "    " << DomainCli::time(pt.time) << ' ' << pt.type << ' '
              << (pt.value ? QString::number(*pt.value) : QStringLiteral("-")) << ' ' << pt.uom
              << (pt.outside ? tr(" OUTSIDE") : QString()) << (pt.alarm ? tr(" ALARM") : QString()) << '\n';
    }
    o << '\n' << tr("(%1)").arg(r.definition) << '\n';
    if (const QString n = DomainCli::leftOutNote(r.leftOut); !n.isEmpty()) o << tr("note: %1").arg(n) << '\n';
    if (!r.coverageNote.isEmpty()) o << tr("note: %1").arg(r.coverageNote) << '\n';
    o.flush();
    return kExitOk;
}

}  // namespace bt::cli
