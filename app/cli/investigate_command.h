// `investigate --parameter NAME`: control charts, run rules, association with non-conformant
// inspections, and the recall scope of the suspect window.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class InvestigateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InvestigateCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
