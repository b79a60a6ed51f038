// `disclose --in FILE`: store private events' documents that match their on-chain hashes.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class DiscloseCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DiscloseCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
