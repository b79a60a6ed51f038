// `version`: the same line as --version, for those who type it as a command.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class VersionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(VersionCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const Invocation& invocation) const override;
};

} // namespace bt::cli
