// A message across the top of the window, for what the user must see and may act
// on: an index that cannot be opened, a sync that stopped, a search that found
// nothing. It stays until closed or replaced; it never blocks the window.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bt::ui {

class MessageBanner : public QFrame {
    Q_OBJECT

public:
    enum class Level { Info, Success, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    // `detail` in a smaller line below (the engine's own words: paths, reasons).
    void showMessage(Level level, const QString& headline, const QString& detail = {});
    void clear();
    Level level() const noexcept { return m_level; }
    QString headline() const;
    QString detail() const;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_detail = nullptr;
    QToolButton* m_close = nullptr;
    Level m_level = Level::Info;
};

}  // namespace bt::ui
