#include "connect_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bt::ui {

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Node"));

    auto* intro = new QLabel(tr("Sync the chain from an Ethereum JSON-RPC node (Hyperledger Besu, GoQuorum, geth, "
                                "anvil). Every block is verified on this computer before it is stored."),
                             this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8545"));

    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("headersEdit"));
    m_headers->setPlaceholderText(tr("One per line, e.g. Authorization: Bearer <token>"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    auto* headersNote = new QLabel(tr("Header values are sent to this node only; they are never saved or logged."), this);
    headersNote->setWordWrap(true);
    headersNote->setMinimumWidth(420);
    headersNote->setForegroundRole(QPalette::PlaceholderText);

    m_confirmations = new QSpinBox(this);
    m_confirmations->setObjectName(QStringLiteral("confirmationsSpin"));
    m_confirmations->setRange(0, 10000);
    m_confirmations->setToolTip(tr("Index only blocks this many blocks below the node's head."));

    m_checkpoint = new QLineEdit(this);
    m_checkpoint->setObjectName(QStringLiteral("checkpointEdit"));
    m_checkpoint->setPlaceholderText(tr("Optional: 0x… block hash; default: the genesis block"));
    m_checkpoint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_checkpoint->setToolTip(tr("A block hash received through another channel. A new index is pinned to it: "
                                "every block must link back to it."));

    m_index = new QLineEdit(this);
    m_index->setObjectName(QStringLiteral("indexEdit"));
    m_index->setPlaceholderText(tr("Index file (created if missing)"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseIndexButton"));
    connect(browse, &QPushButton::clicked, this, &ConnectDialog::browse);
    auto* indexRow = new QHBoxLayout;
    indexRow->addWidget(m_index, 1);
    indexRow->addWidget(browse);

    m_follow = new QCheckBox(tr("Keep following the head after catching up"), this);
    m_follow->setObjectName(QStringLiteral("followCheck"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Node &URL:"), m_url);
    form->addRow(tr("Extra &headers:"), m_headers);
    form->addRow(QString(), headersNote);
    form->addRow(tr("&Confirmations:"), m_confirmations);
    form->addRow(tr("Check&point:"), m_checkpoint);
    auto* indexLabel = new QLabel(tr("&Index file:"), this);
    indexLabel->setBuddy(m_index);
    form->addRow(indexLabel, indexRow);
    form->addRow(QString(), m_follow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect and Sync"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit* e : {m_url, m_checkpoint, m_index}) connect(e, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &ConnectDialog::validate);
    resize(640, sizeHint().height());
    validate();
}

void ConnectDialog::setSettings(const facade::NodeSettings& s)
{
    m_url->setText(s.url);
    m_headers->setPlainText(s.headers.join(QLatin1Char('\n')));
    m_confirmations->setValue(int(s.confirmations));
    m_checkpoint->setText(s.checkpoint);
    m_index->setText(s.indexPath);
    m_follow->setChecked(s.follow);
    validate();
}

facade::NodeSettings ConnectDialog::settings() const
{
    facade::NodeSettings s;
    s.url = m_url->text().trimmed();
    for (const QString& line : m_headers->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty()) s.headers << line.trimmed();
    s.confirmations = unsigned(m_confirmations->value());
    s.checkpoint = m_checkpoint->text().trimmed();
    s.indexPath = m_index->text().trimmed();
    s.follow = m_follow->isChecked();
    return s;
}

bool ConnectDialog::isValid() const { return problem().isEmpty(); }

QString ConnectDialog::problem() const
{
    const facade::NodeSettings s = settings();
    // Raw lines, so that the number said is the line the user sees.
    facade::NodeSettings raw = s;
    raw.headers = m_headers->toPlainText().split(QLatin1Char('\n'));
    int badLine = -1;
    switch (raw.validate(&badLine)) {
    case facade::NodeSettings::Problem::None: return {};
    case facade::NodeSettings::Problem::Url:
        return s.url.isEmpty() ? tr("Enter the node's URL.")
                               : tr("The URL must start with http:// or https:// and name a host.");
    case facade::NodeSettings::Problem::Header:
        return tr("Header line %1 is not of the form \"Name: value\".").arg(badLine + 1);
    case facade::NodeSettings::Problem::Checkpoint:
        return tr("The checkpoint must be a block hash: 0x and 64 hexadecimal digits.");
    case facade::NodeSettings::Problem::IndexPath: return tr("Choose the index file to sync into.");
    }
    return {};
}

void ConnectDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void ConnectDialog::browse()
{
    const QString start = m_index->text().isEmpty() ? QDir::homePath() : m_index->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Index File"), start,
                                                      tr("BatteryTrace index (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) m_index->setText(path);
}

}  // namespace bt::ui
