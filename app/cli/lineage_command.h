// `lineage ASSET`: upstream to the mines (with the mass balance) or downstream to
// packs, vehicles, second life and recyclers.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class LineageCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(LineageCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
