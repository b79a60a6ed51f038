// What the domain pages (Lineage, Suppliers, Defects, Logistics, KPIs) share: a title,
// a message line for what the page cannot show (no index, an asset that does not exist,
// a query that failed: said in the page, never in a modal box), and when to ask the
// facade again — when the page is shown after the index changed, and at most every few
// seconds while a sync appends blocks.
#pragma once

#include "domain_types.h"
#include "explorer_page.h"

class QHBoxLayout;
class QLabel;
class QTimer;
class QVBoxLayout;

namespace bt::facade {
class ExplorerService;
}

namespace bt::ui {

class DomainPage : public ExplorerPage {
    Q_OBJECT

public:
    DomainPage(facade::ExplorerService* service, const QString& title, QWidget* parent = nullptr);

    // Asks the facade again now (when an index is open).
    void refresh();
    // The message the page shows ("" when none).
    QString message() const;

signals:
    // The page shows a new answer (tests wait for it).
    void updated();

protected:
    // Sends the page's requests; their answers arrive through the service's signals.
    virtual void request() = 0;
    // Forgets what was shown (the index was closed).
    virtual void clear() = 0;

    facade::ExplorerService* service() const { return m_service; }
    QVBoxLayout* body() const { return m_body; }
    QHBoxLayout* header() const { return m_header; }
    void showMessage(const QString& text, bool error);
    void clearMessage();
    // "Not found: unknown asset "X". Known parameters: a, b." — the engine's text with
    // a translated headline.
    void showError(const facade::DomainError& error);

    void showEvent(QShowEvent* event) override;

private:
    void markStale(bool soon);
    void showNoIndex();

    facade::ExplorerService* m_service;
    QLabel* m_message = nullptr;
    QVBoxLayout* m_body = nullptr;
    QHBoxLayout* m_header = nullptr;
    QTimer* m_refreshTimer = nullptr;
    bool m_stale = true;
    bool m_waitingForFirst = false;  // the no-index message is up; the next refresh is the first
};

}  // namespace bt::ui
