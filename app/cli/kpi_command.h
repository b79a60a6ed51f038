// `kpi`: defect rate, due-diligence time, recycling rate, logistics incidents and information
// latency, each with its definition.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class KpiCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(KpiCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
