// `compliance [--pack ID]`: certificates per supplier and lot at the time of each event, material
// from uncertified or conflict-affected sources, and its share in each pack.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class ComplianceCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ComplianceCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
