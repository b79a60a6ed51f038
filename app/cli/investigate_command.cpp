#include "cli/investigate_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "cli/domain_cli.h"
#include "domain/investigate_query.h"

#include <QCommandLineParser>

namespace bt::cli {

using namespace bt::domain;

namespace {

QJsonObject summaryJson(const stats::Summary& s)
{
    return {{QStringLiteral("n"), qint64(s.n)},
            {QStringLiteral("mean"), s.mean},
            {QStringLiteral("sd"), s.sd},
            {QStringLiteral("min"), s.min},
            {QStringLiteral("max"), s.max}};
}

QString num(double v) { return QString::number(v, 'g', 5); }

}  // namespace

QString InvestigateCommand::name() const { return QStringLiteral("investigate"); }

QString InvestigateCommand::summary() const
{
    return tr("Find the line, equipment, operator or window behind defects, and the recall scope.");
}

QString InvestigateCommand::description() const
{
    return tr("For a process parameter (coatingThickness, slurrySolidContent, windingSpeed, capacity, …), optionally "
              "restricted to a plant, line, equipment, operator and time range: mean and standard deviation; an "
              "individuals control chart per equipment (Shewhart 3 sigma limits from a stated baseline) with "
              "Western Electric run rules; each candidate (equipment, line, operator, week) ranked by its "
              "association with non-conformant inspections (rate ratio, one-sided Fisher exact p-value); and the "
              "recall scope: every cell lot, module, pack and vehicle made from lots measured in the suspect window.\n"
              "Exit code 0 on success, 2 for an unknown parameter (the known ones are listed), bad arguments or no "
              "data, 1 on failure.");
}

QString InvestigateCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> InvestigateCommand::options() const
{
    auto opts = DomainCli::commonOptions();
    opts << QCommandLineOption(QStringLiteral("parameter"), tr("The process parameter."), QStringLiteral("NAME"))
         << QCommandLineOption(QStringLiteral("plant"), tr("Only this plant (SGLN or GLN)."), QStringLiteral("ID"))
         << QCommandLineOption(QStringLiteral("line"), tr("Only this line (SGLN or its extension, e.g. L2)."), QStringLiteral("ID"))
         << QCommandLineOption(QStringLiteral("equipment"), tr("Only this equipment (GIAI or its reference)."), QStringLiteral("ID"))
         << QCommandLineOption(QStringLiteral("operator"), tr("Only this operator badge."), QStringLiteral("ID"))
         << QCommandLineOption(QStringLiteral("from"), tr("Measurements from this date or time."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("to"), tr("Measurements before this date or time."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("baseline-to"), tr("Baseline: measurements before this time."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("suspect-from"), tr("Recall window start, instead of the detected one."), QStringLiteral("DATE"))
         << QCommandLineOption(QStringLiteral("suspect-to"), tr("Recall window end."), QStringLiteral("DATE"));
    return opts;
}

int InvestigateCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("investigate takes no arguments"), this);
    if (!p.isSet(QStringLiteral("parameter")))
        return inv.dispatcher.usageError(inv.err, tr("--parameter NAME is required"), this);
    InvestigateRequest req;
    req.parameter = p.value(QStringLiteral("parameter"));
    req.plant = p.value(QStringLiteral("plant"));
    req.line = p.value(QStringLiteral("line"));
    req.equipment = p.value(QStringLiteral("equipment"));
    req.operatorId = p.value(QStringLiteral("operator"));
    req.includeUnverified = p.isSet(QStringLiteral("include-unverified"));
    const std::pair<const char*, std::optional<qint64>*> times[] = {{"from", &req.from},
                                                                     {"to", &req.to},
                                                                     {"baseline-to", &req.baselineTo},
                                                                     {"suspect-from", &req.suspectFrom},
                                                                     {"suspect-to", &req.suspectTo}};
    for (const auto& [opt, target] : times) {
        const QString o = QString::fromLatin1(opt);
        if (!p.isSet(o)) continue;
        QString error;
        *target = DomainCli::parseTime(p.value(o), error);
        if (!*target) return inv.dispatcher.usageError(inv.err, QStringLiteral("--%1: %2").arg(o, error), this);
    }
    if (req.from && req.to && *req.from >= *req.to)
        return inv.dispatcher.usageError(inv.err, tr("--from must be before --to"), this);
    IndexDb db;
    if (int rc = DomainCli::open(inv, this, db); rc != kExitOk) return rc;
    InvestigateResult r;
    if (QueryError e = runInvestigate(db, req, r); !e.ok()) return DomainCli::fail(inv, name(), e);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray charts, candidates, windows;
        for (const EquipmentChart& c : r.charts) {
            QJsonArray runs;
            for (const ChartRun& run : c.runs)
                runs.append(QJsonObject{{QStringLiteral("start"), DomainCli::time(run.start)},
                                        {QStringLiteral("end"), DomainCli::time(run.end)},
                                        {QStringLiteral("points"), run.points},
                                        {QStringLiteral("mean"), run.mean},
                                        {QStringLiteral("rules"), DomainCli::strings(run.rules)}});
            charts.append(QJsonObject{{QStringLiteral("equipment"), c.equipment},
                                      {QStringLiteral("line"), c.line},
                                      {QStringLiteral("plant"), c.plant},
                                      {QStringLiteral("summary"), summaryJson(c.summary)},
                                      {QStringLiteral("center"), c.limits.center},
                                      {QStringLiteral("sigma"), c.limits.sigma},
                                      {QStringLiteral("lcl"), c.limits.lcl},
                                      {QStringLiteral("ucl"), c.limits.ucl},
                                      {QStringLiteral("baselinePoints"), c.baselinePoints},
                                      {QStringLiteral("baselineFrom"), DomainCli::time(c.baselineFrom)},
                                      {QStringLiteral("baselineTo"), DomainCli::time(c.baselineTo)},
                                      {QStringLiteral("outOfControlPoints"), c.outOfControl},
                                      {QStringLiteral("runs"), runs}});
        }
        auto candidateJson = [](const Candidate& c) {
            return QJsonObject{{QStringLiteral("dimension"), c.dimension},
                                          {QStringLiteral("value"), c.value},
                                          {QStringLiteral("lots"), c.lots},
                                          {QStringLiteral("nonConformant"), c.nonConformant},
                                          {QStringLiteral("tested"), c.tested},
                                          {QStringLiteral("failed"), c.failed},
                                          {QStringLiteral("nonConformantRate"), c.nonConformantRate},
                                          {QStringLiteral("otherRate"), c.otherRate},
                                          {QStringLiteral("rateRatio"), c.rateRatio},
                                          {QStringLiteral("pValue"), c.pValue},
                                          {QStringLiteral("meanShiftSigma"), c.meanShiftSigma}};
        };
        for (const Candidate& c : r.candidates) candidates.append(candidateJson(c));
        for (const Candidate& c : r.windows) windows.append(candidateJson(c));
        const RecallScope& rs = r.recall;
        QJsonObject recall{{QStringLiteral("basis"), rs.basis},
                           {QStringLiteral("equipment"), rs.equipment},
                           {QStringLiteral("from"), rs.to > rs.from ? QJsonValue(DomainCli::time(rs.from)) : QJsonValue()},
                           {QStringLiteral("to"), rs.to > rs.from ? QJsonValue(DomainCli::time(rs.to)) : QJsonValue()},
                           {QStringLiteral("suspectLots"), DomainCli::strings(rs.suspectLots)},
                           {QStringLiteral("cellLots"), DomainCli::strings(rs.cellLots)},
                           {QStringLiteral("modules"), DomainCli::strings(rs.modules)},
                           {QStringLiteral("packs"), DomainCli::strings(rs.packs)},
                           {QStringLiteral("vehicles"), DomainCli::strings(rs.vehicles)}};
        QJsonObject obj{{QStringLiteral("parameter"), r.parameter},
                        {QStringLiteral("uom"), r.uom},
                        {QStringLiteral("overall"), summaryJson(r.overall)},
                        {QStringLiteral("lotsMeasured"), r.lotsMeasured},
                        {QStringLiteral("lotsWithInspections"), r.lotsWithInspections},
                        {QStringLiteral("definitions"),
                         QJsonObject{{QStringLiteral("baseline"), r.baselineDefinition},
                                     {QStringLiteral("runRules"), r.rulesDefinition},
                                     {QStringLiteral("association"), r.associationDefinition}}},
                        {QStringLiteral("charts"), charts},
                        {QStringLiteral("candidates"), candidates},
                        {QStringLiteral("windows"), windows},
                        {QStringLiteral("recall"), recall},
                        {QStringLiteral("leftOut"), qint64(r.leftOut)}};
        if (!r.coverageNote.isEmpty()) obj.insert(QStringLiteral("note"), r.coverageNote);
        printJson(inv.out, obj);
        return kExitOk;
    }

    QTextStream& o = inv.out;
    o << tr("%1 (%2): n %3, mean %4, sd %5, min %6, max %7")
             .arg(r.parameter, r.uom)
             .arg(r.overall.n)
             .arg(num(r.overall.mean), num(r.overall.sd), num(r.overall.min), num(r.overall.max))
      << '\n';
    o << tr("%1 lots measured, %2 with an inspection result").arg(r.lotsMeasured).arg(r.lotsWithInspections) << '\n';
    o << tr("baseline: %1").arg(r.baselineDefinition) << '\n' << tr("run rules: %1").arg(r.rulesDefinition) << "\n\n";
    o << tr("control charts by equipment:") << '\n';
    for (const EquipmentChart& c : r.charts) {
        o << "  " << c.equipment << tr(" (line %1): n %2, mean %3, sd %4; limits %5 .. %6 (centre %7); %8 points out of control")
                              .arg(c.line)
                              .arg(c.summary.n)
                              .arg(num(c.summary.mean), num(c.summary.sd), num(c.limits.lcl), num(c.limits.ucl),
                                   num(c.limits.center))
                              .arg(c.outOfControl)
          << '\n';
        for (const ChartRun& run : c.runs)
            o << "    " << tr("%1 to %2: %3 points, mean %4 (%5)")
                               .arg(DomainCli::time(run.start), DomainCli::time(run.end))
                               .arg(run.points)
                               .arg(num(run.mean), run.rules.join(QStringLiteral("; ")))
              << '\n';
    }
    auto printCandidate = [&o](const Candidate& c) {
        o << "  " << QStringLiteral("%1 %2").arg(c.dimension, -9).arg(c.value)
          << tr(": %1/%2 lots non-conformant (%3 vs %4 elsewhere), ratio %5, p %6, defects %7/%8, mean shift %9 sd")
                 .arg(c.nonConformant)
                 .arg(c.lots)
                 .arg(DomainCli::percent(c.nonConformantRate), DomainCli::percent(c.otherRate))
                 .arg(c.rateRatio, 0, 'f', 2)
                 .arg(c.pValue, 0, 'g', 3)
                 .arg(c.failed)
                 .arg(c.tested)
                 .arg(c.meanShiftSigma, 0, 'f', 2)
          << '\n';
    };
    o << '\n' << tr("association with non-conformant inspections (%1):").arg(r.associationDefinition) << '\n';
    for (const Candidate& c : r.candidates) printCandidate(c);
    o << tr("time windows:") << '\n';
    for (const Candidate& c : r.windows) printCandidate(c);
    const RecallScope& rs = r.recall;
    o << '\n' << tr("recall scope: %1").arg(rs.basis) << '\n';
    if (rs.to > rs.from) {
        o << tr("  window %1 to %2; %3 suspect lots, %4 cell lots, %5 modules, %6 packs, %7 vehicles")
                 .arg(DomainCli::time(rs.from), DomainCli::time(rs.to))
                 .arg(rs.suspectLots.size())
                 .arg(rs.cellLots.size())
                 .arg(rs.modules.size())
                 .arg(rs.packs.size())
                 .arg(rs.vehicles.size())
          << '\n';
        for (const auto& [label, list] : {std::pair{tr("pack"), &rs.packs}, std::pair{tr("vehicle"), &rs.vehicles}})
            for (const QString& uri : *list) o << "    " << label << ' ' << uri << '\n';
    }
    if (const QString n = DomainCli::leftOutNote(r.leftOut); !n.isEmpty()) o << tr("note: %1").arg(n) << '\n';
    if (!r.coverageNote.isEmpty()) o << tr("note: %1").arg(r.coverageNote) << '\n';
    o.flush();
    return kExitOk;
}

}  // namespace bt::cli
