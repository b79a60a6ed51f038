// `simulate`: write a deterministic battery supply chain (demo) or millions of
// synthetic events (scale) to a node, as signed raw transactions of the participants.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class SimulateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
