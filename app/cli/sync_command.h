// `sync`: index a node's chain into a verified SQLite index (and follow it).
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class SyncCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
