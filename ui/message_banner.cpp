#include "message_banner.h"

#include "badge_icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace bt::ui {

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_icon->setFixedSize(24, 24);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("messageText"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("messageDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(false);
}

void MessageBanner::showMessage(Level level, const QString& headline, const QString& detail)
{
    m_level = level;
    QColor tint;
    QColor edge;
    QIcon icon;
    switch (level) {
    case Level::Info:
        tint = QColor(0xe3, 0xf2, 0xfd);
        edge = QColor(0x15, 0x65, 0xc0);
        icon = BadgeIcons::forCheck(facade::CheckState::NotChecked);
        break;
    case Level::Success:
        tint = QColor(0xe8, 0xf5, 0xe9);
        edge = QColor(0x2e, 0x7d, 0x32);
        icon = BadgeIcons::forCheck(facade::CheckState::Passed);
        break;
    case Level::Warning:
        tint = QColor(0xff, 0xf3, 0xe0);
        edge = QColor(0xe6, 0x51, 0x00);
        icon = BadgeIcons::forState(facade::BlockState::Unanchored);
        break;
    case Level::Error:
        tint = QColor(0xff, 0xeb, 0xee);
        edge = QColor(0xc6, 0x28, 0x28);
        icon = BadgeIcons::forCheck(facade::CheckState::Failed);
        break;
    }
    // Light backgrounds need dark text whatever the style's palette.
    setStyleSheet(QStringLiteral("QFrame#messageBanner { background: %1; border-left: 4px solid %2; }"
                                 "QFrame#messageBanner QLabel { color: #212121; background: transparent; }")
                      .arg(tint.name(), edge.name()));
    m_icon->setPixmap(icon.pixmap(24, 24));
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setVisible(true);
}

void MessageBanner::clear()
{
    m_headline->clear();
    m_detail->clear();
    setVisible(false);
}

QString MessageBanner::headline() const { return m_headline->text(); }

QString MessageBanner::detail() const { return m_detail->text(); }

}  // namespace bt::ui
