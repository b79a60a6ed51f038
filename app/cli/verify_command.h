// `verify`: re-verify a whole index offline, from its stored raw data alone.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class VerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
