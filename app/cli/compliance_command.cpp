#include "cli/compliance_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "cli/domain_cli.h"
#include "domain/compliance_query.h"

#include <QCommandLineParser>

namespace bt::cli {

using namespace bt::domain;

namespace {

QJsonObject certJson(const CertificateInfo& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("scheme"), c.scheme},
            {QStringLiteral("site"), c.site},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("standing"), c.standing},
            {QStringLiteral("validFrom"), DomainCli::time(c.validFrom)},
            {QStringLiteral("validUntil"), DomainCli::time(c.validUntil)},
            {QStringLiteral("auditor"), c.auditor},
            {QStringLiteral("evidenceUri"), c.evidenceUri},
            {QStringLiteral("responsibleSourcing"), c.sourcing}};
}

QString shares(const PackCompliance& p)
{
    QStringList parts;
    for (const ElementShare& s : p.flaggedShares)
        parts << QStringLiteral("%1 %2%3").arg(s.element, DomainCli::percent(s.share), s.fallback ? QStringLiteral("*") : QString());
    return parts.join(QStringLiteral(", "));
}

}  // namespace

QString ComplianceCommand::name() const { return QStringLiteral("compliance"); }

QString ComplianceCommand::summary() const
{
    return tr("Check supplier certificates and the share of uncertified or conflict-area material in packs.");
}

QString ComplianceCommand::description() const
{
    return tr("Per supplier: its certificates (scheme, site, validity, status, auditor) and the lots it made without a "
              "valid one; per lot: the certificate that covered it at the time of its event, or why it is flagged (no "
              "valid RMAP, IRMA or OECD-DD certificate, or a mine in a conflict-affected or high-risk country); per "
              "pack: the share of Co, Li and Ni that came through flagged lots. With --pack, that pack only; "
              "otherwise every pack holding flagged material. The rules and the CAHRA list's source are printed.\n"
              "Exit code 0 on success, 2 for an unknown pack, bad arguments or an empty index, 1 on failure.");
}

QString ComplianceCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> ComplianceCommand::options() const
{
    auto opts = DomainCli::commonOptions();
    opts << QCommandLineOption(QStringLiteral("pack"), tr("One pack (Digital Link URI or serial)."), QStringLiteral("ID"));
    return opts;
}

int ComplianceCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("compliance takes no arguments"), this);
    ComplianceRequest req;
    req.pack = p.value(QStringLiteral("pack"));
    req.includeUnverified = p.isSet(QStringLiteral("include-unverified"));
    IndexDb db;
    if (int rc = DomainCli::open(inv, this, db); rc != kExitOk) return rc;
    ComplianceResult r;
    if (QueryError e = runCompliance(db, req, r); !e.ok()) return DomainCli::fail(inv, name(), e);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray suppliers, lots, packs;
        for (const SupplierCompliance& s : r.suppliers) {
            QJsonArray certs;
            for (const CertificateInfo& c : s.certificates) certs.append(certJson(c));
            suppliers.append(QJsonObject{{QStringLiteral("account"), s.account},
                                         {QStringLiteral("name"), s.name},
                                         {QStringLiteral("role"), s.role},
                                         {QStringLiteral("country"), s.country},
                                         {QStringLiteral("cahra"), s.cahra},
                                         {QStringLiteral("needsSourcingCertificate"), s.needsSourcingCertificate},
                                         {QStringLiteral("certificates"), certs},
                                         {QStringLiteral("lots"), s.events},
                                         {QStringLiteral("lotsWithoutCertificate"), s.eventsWithoutCertificate},
                                         {QStringLiteral("issues"), DomainCli::strings(s.issues)}});
        }
        for (const LotCompliance& l : r.lots)
            lots.append(QJsonObject{{QStringLiteral("uri"), l.uri},
                                    {QStringLiteral("kind"), QString::fromLatin1(assetKindName(l.kind).data())},
                                    {QStringLiteral("supplier"), l.supplier},
                                    {QStringLiteral("supplierAccount"), l.supplierAccount},
                                    {QStringLiteral("country"), l.country},
                                    {QStringLiteral("time"), DomainCli::time(l.time)},
                                    {QStringLiteral("certificate"), l.certificate},
                                    {QStringLiteral("flagged"), l.flagged},
                                    {QStringLiteral("reasons"), DomainCli::strings(l.reasons)}});
        for (const PackCompliance& pc : r.packs) {
            QJsonObject sh;
            for (const ElementShare& s : pc.flaggedShares) sh.insert(s.element, s.share);
            packs.append(QJsonObject{{QStringLiteral("uri"), pc.uri},
                                     {QStringLiteral("flagged"), pc.flagged},
                                     {QStringLiteral("flaggedShare"), sh},
                                     {QStringLiteral("flaggedLots"), DomainCli::strings(pc.flaggedLots)}});
        }
        QJsonObject obj{{QStringLiteral("asOf"), DomainCli::time(r.asOf)},
                        {QStringLiteral("rules"), DomainCli::strings(r.rules)},
                        {QStringLiteral("cahra"), QJsonObject{{QStringLiteral("source"), r.cahraSource},
                                                              {QStringLiteral("countries"), DomainCli::strings(r.cahraCountries)}}},
                        {QStringLiteral("suppliers"), suppliers},
                        {QStringLiteral("lots"), lots},
                        {QStringLiteral("packs"), packs},
                        {QStringLiteral("packsChecked"), r.packsChecked},
                        {QStringLiteral("packsTotal"), r.packsTotal},
                        {QStringLiteral("leftOut"), qint64(r.leftOut)}};
        if (!r.coverageNote.isEmpty()) obj.insert(QStringLiteral("note"), r.coverageNote);
        printJson(inv.out, obj);
        return kExitOk;
    }

    QTextStream& o = inv.out;
    o << tr("compliance as of %1").arg(DomainCli::time(r.asOf)) << '\n';
    for (const QString& rule : r.rules) o << "  - " << rule << '\n';
    o << tr("  - CAHRA list: %1: %2").arg(r.cahraSource, r.cahraCountries.join(QLatin1Char(' '))) << "\n\n";
    o << tr("suppliers:") << '\n';
    for (const SupplierCompliance& s : r.suppliers) {
        o << "  " << s.name << " (" << s.role << ", " << s.country << ")";
        if (s.events) o << tr(": %1 lots, %2 without a valid certificate").arg(s.events).arg(s.eventsWithoutCertificate);
        o << '\n';
        for (const CertificateInfo& c : s.certificates)
            o << "    " << c.scheme << " #" << c.id << ' ' << c.standing << ", " << DomainCli::date(c.validFrom) << tr(" to ")
              << DomainCli::date(c.validUntil) << tr(", site %1, by %2").arg(c.site, c.auditor) << '\n';
        for (const QString& issue : s.issues) o << "    ! " << issue << '\n';
    }
    int flaggedLots = 0;
    for (const LotCompliance& l : r.lots) flaggedLots += l.flagged;
    o << '\n' << tr("lots: %1 checked, %2 flagged").arg(r.lots.size()).arg(flaggedLots) << '\n';
    for (const LotCompliance& l : r.lots) {
        if (!l.flagged && req.pack.isEmpty()) continue;
        o << "  " << (l.flagged ? "! " : "  ") << l.uri << " (" << l.supplier << ", " << DomainCli::date(l.time) << ")";
        if (!l.certificate.isEmpty()) o << tr(" covered by %1").arg(l.certificate);
        o << '\n';
        for (const QString& reason : l.reasons) o << "      " << reason << '\n';
    }
    o << '\n' << tr("packs: %1 checked of %2").arg(r.packsChecked).arg(r.packsTotal) << '\n';
    int flaggedPacks = 0;
    for (const PackCompliance& pc : r.packs) {
        flaggedPacks += pc.flagged;
        o << "  " << (pc.flagged ? "! " : "  ") << pc.uri << ": "
          << (pc.flagged ? tr("flagged material %1").arg(shares(pc)) : tr("no flagged material")) << '\n';
        if (!req.pack.isEmpty())
            for (const QString& lot : pc.flaggedLots) o << "      " << tr("from %1").arg(lot) << '\n';
    }
    if (flaggedPacks) o << tr("  (* quantity shares where element data is missing)") << '\n';
    if (const QString n = DomainCli::leftOutNote(r.leftOut); !n.isEmpty()) o << tr("note: %1").arg(n) << '\n';
    if (!r.coverageNote.isEmpty()) o << tr("note: %1").arg(r.coverageNote) << '\n';
    o.flush();
    return kExitOk;
}

}  // namespace bt::cli
