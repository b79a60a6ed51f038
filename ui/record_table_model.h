// A small in-memory table for the domain pages' answers (suppliers, suspects, recall
// scope, shipments, …): the page fills it with rows of cells built from the facade's
// values; each cell keeps its raw value (for sorting and export: a number stays a
// number, a time an ISO text) beside the text shown, a tooltip and a colour.
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace bt::ui {

struct RecordCell {
    QString text;
    QVariant raw;        // sort key and CSV value (invalid: the text)
    QString toolTip;
    QColor foreground;   // invalid: the style's
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;

    static RecordCell plain(const QString& text, const QString& toolTip = {}) { return {text, {}, toolTip, {}, Qt::AlignLeft | Qt::AlignVCenter}; }
    // A number shown as `text`, sorted and exported as `value`.
    static RecordCell number(const QString& text, double value, const QString& toolTip = {})
    {
        return {text, value, toolTip, {}, Qt::AlignRight | Qt::AlignVCenter};
    }
};

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;  // the row's key (an asset id, an SSCC)

    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);

    void setHeaderToolTips(QStringList toolTips) { m_headerToolTips = std::move(toolTips); }
    // Replaces every row; `keys` (optional) names each row for KeyRole.
    void setRows(std::vector<std::vector<RecordCell>> rows, QStringList keys = {});
    const RecordCell& cell(int row, int column) const { return m_rows.at(std::size_t(row)).at(std::size_t(column)); }
    QString key(int row) const { return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString(); }
    int rowOfKey(const QString& key) const { return int(m_keys.indexOf(key)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QStringList m_headerToolTips;
    std::vector<std::vector<RecordCell>> m_rows;
    QStringList m_keys;
};

}  // namespace bt::ui
