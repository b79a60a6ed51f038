// Every check of one block (core/chain/verification.h) with its outcome: passed,
// failed with the recorded reasons, not applicable or not checked, and why.
#pragma once

#include "explorer_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace bt::ui {

class ChecksTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CheckColumn, ResultColumn, DetailColumn, ColumnCount };
    enum Role { CheckNameRole = Qt::UserRole + 1, CheckStateRole };

    explicit ChecksTableModel(QObject* parent = nullptr);

    // `link` explains the checkpoint row, `engine` the consensus row.
    void setChecks(std::vector<facade::CheckResult> checks, const facade::CheckpointLink& link,
                   const QString& engine = {});
    const facade::CheckResult* rowAt(int row) const;
    int rowOfCheck(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString detailOf(const facade::CheckResult& c) const;

    std::vector<facade::CheckResult> m_checks;
    facade::CheckpointLink m_link;
    QString m_engine;
};

}  // namespace bt::ui
