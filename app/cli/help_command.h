// `help [<command>]`: the list of commands, or one command's usage and options.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class HelpCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString argumentsSyntax() const override;
    int run(const Invocation& invocation) const override;
};

} // namespace bt::cli
