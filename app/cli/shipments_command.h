// `shipments [--excursions]`: sensor series of each shipment and its excursions against its limits.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace bt::cli {

class ShipmentsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ShipmentsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QString argumentsSyntax() const override;
    QList<QCommandLineOption> options() const override;
    int run(const Invocation& invocation) const override;
};

}  // namespace bt::cli
