// `status`: what an index holds and how much of it is verified.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class StatusCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
