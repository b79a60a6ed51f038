// `archive export|import`: move the raw chain between an index and one compressed file.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class ArchiveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
