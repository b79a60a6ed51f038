#include "cli/disclose_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "cli/domain_cli.h"
#include "domain/disclosure.h"

#include <QCommandLineParser>

namespace bt::cli {

using namespace bt::domain;

namespace {

QString outcomeText(DisclosedEvent::Outcome o)
{
    switch (o) {
    case DisclosedEvent::Outcome::Stored: return QStringLiteral("stored");
    case DisclosedEvent::Outcome::AlreadyDisclosed: return QStringLiteral("already disclosed");
    case DisclosedEvent::Outcome::NoMatch: return QStringLiteral("no match");
    case DisclosedEvent::Outcome::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

}  // namespace

QString DiscloseCommand::name() const { return QStringLiteral("disclose"); }

QString DiscloseCommand::summary() const { return tr("Add the documents of private events, checked against their on-chain hashes."); }

QString DiscloseCommand::description() const
{
    return tr("Reads an EPCISDocument whose eventList holds documents of private events (anchored with their hash "
              "only). Each event's jcs-sha256 hash must match a private event on chain; each match is then checked "
              "like an on-chain document (kind, data model) and stored in the index, and its rows join the lineage, "
              "measurements and KPIs. If any event matches nothing, it is reported and nothing is stored.\n"
              "Exit code 0 when every event matched, 1 on a mismatch or a failure, 2 for a missing or malformed file "
              "or bad arguments.");
}

QString DiscloseCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> DiscloseCommand::options() const
{
    return {
        {QStringLiteral("db"), tr("Index file (opened read-write)."), QStringLiteral("PATH")},
        {QStringLiteral("in"), tr("The EPCISDocument (JSON) to disclose."), QStringLiteral("FILE")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
    };
}

int DiscloseCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("disclose takes no arguments"), this);
    if (!p.isSet(QStringLiteral("db"))) return inv.dispatcher.usageError(inv.err, tr("--db PATH is required"), this);
    if (!p.isSet(QStringLiteral("in"))) return inv.dispatcher.usageError(inv.err, tr("--in FILE is required"), this);
    IndexDb db;
    if (IndexError e = db.open(p.value(QStringLiteral("db")), IndexDb::Mode::ReadWrite); !e.ok()) {
        inv.err << tr("disclose: %1").arg(e.message) << '\n';
        return e.kind == IndexError::Kind::NotFound || e.kind == IndexError::Kind::NotAnIndex ? kExitUsage : kExitFailure;
    }
    DisclosureResult r;
    if (QueryError e = runDisclosure(db, p.value(QStringLiteral("in")), r); !e.ok()) return DomainCli::fail(inv, name(), e);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray events;
        for (const DisclosedEvent& e : r.events)
            events.append(QJsonObject{{QStringLiteral("index"), e.index},
                                      {QStringLiteral("eventID"), e.epcisId},
                                      {QStringLiteral("hash"), e.hash},
                                      {QStringLiteral("outcome"), outcomeText(e.outcome)},
                                      {QStringLiteral("chainEventId"), e.chainEventId ? QJsonValue(e.chainEventId) : QJsonValue()},
                                      {QStringLiteral("block"), e.block ? QJsonValue(e.block) : QJsonValue()},
                                      {QStringLiteral("status"), e.status},
                                      {QStringLiteral("detail"), e.detail}});
        printJson(inv.out, QJsonObject{{QStringLiteral("events"), events},
                                       {QStringLiteral("stored"), r.stored},
                                       {QStringLiteral("alreadyDisclosed"), r.alreadyDisclosed},
                                       {QStringLiteral("mismatched"), r.mismatched},
                                       {QStringLiteral("committed"), r.committed}});
    } else {
        QTextStream& o = inv.out;
        for (const DisclosedEvent& e : r.events) {
            o << tr("event %1%2: %3").arg(e.index).arg(e.epcisId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.epcisId),
                                          outcomeText(e.outcome));
            if (e.chainEventId) o << tr(", registry event %1 in block %2").arg(e.chainEventId).arg(e.block);
            if (!e.status.isEmpty()) o << tr(", %1").arg(e.status);
            if (!e.detail.isEmpty()) o << ": " << e.detail;
            o << '\n';
        }
        o << (r.committed ? tr("%1 stored, %2 already disclosed").arg(r.stored).arg(r.alreadyDisclosed)
                          : r.mismatched ? tr("%1 did not match: nothing stored").arg(r.mismatched)
                                         : tr("nothing new to store"))
          << '\n';
        o.flush();
    }
    return r.mismatched ? kExitFailure : kExitOk;
}

}  // namespace bt::cli
