#include "domain_page.h"

#include "explorer_service.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace bt::ui {

namespace {
// While a sync appends blocks, a visible page asks again at most this often.
constexpr int kAppendRefreshMs = 3000;
}  // namespace

DomainPage::DomainPage(facade::ExplorerService* service, const QString& title, QWidget* parent)
    : ExplorerPage(parent), m_service(service)
{
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    m_header = new QHBoxLayout;
    m_header->setSpacing(12);
    m_header->addWidget(titleLabel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_body = new QVBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_message);
    layout->addLayout(m_body, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible()) refresh();
    });
    connect(m_service, &facade::ExplorerService::indexOpened, this, [this] { markStale(false); });
    connect(m_service, &facade::ExplorerService::summaryChanged, this,
            [this](const facade::IndexSummary&, facade::IndexChange change) {
                markStale(change == facade::IndexChange::Appended);
            });
    connect(m_service, &facade::ExplorerService::indexClosed, this, [this] {
        m_stale = true;
        clear();
        showNoIndex();
    });
    showNoIndex();
}

void DomainPage::showNoIndex()
{
    showMessage(tr("No index is open. Open an index, import a chain archive or connect to a node (File menu)."), false);
    m_waitingForFirst = true;
}

void DomainPage::refresh()
{
    if (!m_service->isIndexOpen()) return;
    m_stale = false;
    m_refreshTimer->stop();
    // The first answer from a large index can take seconds: say so, instead of leaving
    // "no index is open" up until it comes. The answer (or request() itself) replaces it.
    if (m_waitingForFirst) showMessage(tr("Loading…"), false);
    m_waitingForFirst = false;
    request();
}

QString DomainPage::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

void DomainPage::markStale(bool soon)
{
    m_stale = true;
    if (!isVisible()) return;
    if (!soon) {
        refresh();
        return;
    }
    if (!m_refreshTimer->isActive()) m_refreshTimer->start(kAppendRefreshMs);
}

void DomainPage::showEvent(QShowEvent* event)
{
    ExplorerPage::showEvent(event);
    if (m_stale) refresh();
}

void DomainPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
    m_message->setVisible(true);
}

void DomainPage::clearMessage() { m_message->setVisible(false); }

void DomainPage::showError(const facade::DomainError& error)
{
    QString headline;
    switch (error.kind) {
    case facade::DomainError::Kind::None: clearMessage(); return;
    case facade::DomainError::Kind::NotFound: headline = tr("Not found"); break;
    case facade::DomainError::Kind::BadInput: headline = tr("Not understood"); break;
    case facade::DomainError::Kind::NoData: headline = tr("Nothing to show"); break;
    case facade::DomainError::Kind::Database: headline = tr("The index could not be read"); break;
    }
    QString text = tr("%1: %2.").arg(headline, error.message);
    if (!error.hints.isEmpty()) {
        QStringList hints = error.hints.mid(0, 8);
        if (error.hints.size() > 8) hints << QStringLiteral("…");
        text += QLatin1Char(' ') + tr("Did you mean: %1").arg(hints.join(QStringLiteral(", ")));
    }
    showMessage(text, error.kind != facade::DomainError::Kind::NoData);
}

}  // namespace bt::ui
