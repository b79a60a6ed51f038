#include "placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bt::ui {

namespace {
// Lines much longer than this are hard to read on a wide window.
constexpr int kTextMaxWidth = 640;
}

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : ExplorerPage(parent)
{
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto* descriptionLabel = new QLabel(description, this);
    descriptionLabel->setObjectName(QStringLiteral("pageDescription"));
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setMaximumWidth(kTextMaxWidth);
    descriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* noteLabel = new QLabel(tr("This view arrives in a later version."), this);
    noteLabel->setObjectName(QStringLiteral("pageNote"));
    noteLabel->setWordWrap(true);
    noteLabel->setMaximumWidth(kTextMaxWidth);
    noteLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont noteFont = noteLabel->font();
    noteFont.setItalic(true);
    noteLabel->setFont(noteFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(titleLabel);
    layout->addWidget(descriptionLabel);
    layout->addWidget(noteLabel);
    layout->addStretch(1);
}

} // namespace bt::ui
