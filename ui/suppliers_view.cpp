#include "suppliers_view.h"

#include "domain_format.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "record_table_model.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bt::ui {

namespace {

const QColor kProblem(0xb0, 0x00, 0x20);
const QColor kGood(0x1b, 0x7f, 0x3b);

ExplorerTableView* makeTable(QWidget* parent, const QString& objectName, const QString& exportName, RecordTableModel* model)
{
    auto* t = new ExplorerTableView(parent);
    t->setObjectName(objectName);
    t->setExportName(exportName);
    t->setModel(model);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// "valid", "expired", … as the window says it.
QString standingText(const QString& standing)
{
    if (standing == QLatin1String("valid")) return SuppliersView::tr("valid");
    if (standing == QLatin1String("expired")) return SuppliersView::tr("expired");
    if (standing == QLatin1String("not yet valid")) return SuppliersView::tr("not yet valid");
    if (standing == QLatin1String("suspended")) return SuppliersView::tr("suspended");
    if (standing == QLatin1String("withdrawn")) return SuppliersView::tr("withdrawn");
    return standing;
}

// A registry role ("CathodeProducer") as the window says it.
QString roleText(const QString& role)
{
    if (role == QLatin1String("Miner")) return SuppliersView::tr("Miner");
    if (role == QLatin1String("Refiner")) return SuppliersView::tr("Refiner");
    if (role == QLatin1String("CathodeProducer")) return SuppliersView::tr("Cathode producer");
    if (role == QLatin1String("CellMaker")) return SuppliersView::tr("Cell maker");
    if (role == QLatin1String("PackAssembler")) return SuppliersView::tr("Pack assembler");
    if (role == QLatin1String("Carrier")) return SuppliersView::tr("Carrier");
    if (role == QLatin1String("Oem")) return SuppliersView::tr("Vehicle maker");
    if (role == QLatin1String("SecondLife")) return SuppliersView::tr("Second life");
    if (role == QLatin1String("Recycler")) return SuppliersView::tr("Recycler");
    if (role == QLatin1String("Auditor")) return SuppliersView::tr("Auditor");
    return role;
}

// An asset kind of the compliance query ("ore", "refined").
QString lotKindText(const QString& kind)
{
    if (kind == QLatin1String("ore")) return SuppliersView::tr("ore");
    if (kind == QLatin1String("refined")) return SuppliersView::tr("refined");
    return kind;
}

}  // namespace

SuppliersView::SuppliersView(facade::ExplorerService* service, QWidget* parent)
    : DomainPage(service, tr("Suppliers"), parent)
{
    m_problemsOnly = new QCheckBox(tr("Problems only"), this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setToolTip(tr("Show only suppliers with an issue, flagged lots and packs holding flagged material."));
    header()->addStretch(1);
    header()->addWidget(m_problemsOnly);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &SuppliersView::fill);

    m_suppliers = new RecordTableModel({tr("Supplier"), tr("Role"), tr("Country"), tr("Risk area"), tr("Certificates"),
                                        tr("Events"), tr("Without certificate"), tr("Issues")},
                                       this);
    m_lots = new RecordTableModel({tr("Lot"), tr("Kind"), tr("Supplier"), tr("Country"), tr("Made"), tr("Certificate"),
                                   tr("Flagged"), tr("Reasons")},
                                  this);
    m_packs = new RecordTableModel({tr("Pack"), tr("Co from flagged lots"), tr("Li from flagged lots"),
                                    tr("Ni from flagged lots"), tr("Flagged lots")},
                                   this);
    m_suppliersTable = makeTable(this, QStringLiteral("suppliersTable"), QStringLiteral("suppliers"), m_suppliers);
    m_lotsTable = makeTable(this, QStringLiteral("lotsTable"), QStringLiteral("lots"), m_lots);
    m_packsTable = makeTable(this, QStringLiteral("packsTable"), QStringLiteral("pack_origins"), m_packs);
    m_suppliersTable->setColumnWidthForText(0, QStringLiteral("Kasapa Artisanal Miners Cooperative"));
    m_suppliersTable->setColumnWidthForText(4, QStringLiteral("RMAP #17 (expired), ISO14001 #4 (expired)"));
    m_lotsTable->setColumnWidthForText(0, QStringLiteral("https://id.example/01/09312345000012/10/ORE-0000"));
    m_packsTable->setColumnWidthForText(0, QStringLiteral("https://id.example/01/04063012000013/21/PK-000000"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("complianceTabs"));
    tabs->addTab(m_lotsTable, tr("Lots"));
    tabs->addTab(m_packsTable, tr("Origin shares per pack"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_suppliersTable);
    split->addWidget(tabs);
    body()->addWidget(split, 1);

    connect(service, &facade::ExplorerService::complianceReady, this, &SuppliersView::onReport);
}

void SuppliersView::setProblemsOnly(bool on) { m_problemsOnly->setChecked(on); }

void SuppliersView::selectSupplier(const QString& account, const QString& title)
{
    m_wantedAccount = account;
    m_wantedTitle = title;
    if (m_report.suppliers.isEmpty()) return;  // selected when the answer arrives
    if (m_suppliers->rowOfKey(account) < 0 && m_problemsOnly->isChecked()) m_problemsOnly->setChecked(false);
    const int row = m_suppliers->rowOfKey(account);
    if (row < 0) {
        showMessage(tr("%1 is a registered participant, but no supplier whose certificates are checked.")
                        .arg(title.isEmpty() ? account : title),
                    false);
    } else {
        clearMessage();
        m_suppliersTable->selectRow(row);
        m_suppliersTable->scrollTo(m_suppliers->index(row, 0));
    }
    m_wantedAccount.clear();
}

void SuppliersView::request() { m_pending = service()->requestCompliance(); }

void SuppliersView::clear()
{
    m_report = {};
    fill();
}

void SuppliersView::onReport(quint64 id, const facade::ComplianceReport& report)
{
    if (id != m_pending) return;
    m_report = report;
    if (!report.error.ok())
        showError(report.error);
    else
        clearMessage();
    fill();
    if (!m_wantedAccount.isEmpty()) selectSupplier(m_wantedAccount, m_wantedTitle);
    emit updated();
}

void SuppliersView::fill()
{
    const bool problemsOnly = m_problemsOnly->isChecked();
    const QLocale l;
    const QString rules = m_report.rules.join(QLatin1Char('\n'));
    std::vector<std::vector<RecordCell>> rows;
    QStringList keys;
    for (const auto& s : m_report.suppliers) {
        if (problemsOnly && !s.problem()) continue;
        QStringList certs, certTips;
        bool anyValid = false;
        for (const auto& c : s.certificates) {
            certs << QStringLiteral("%1 (%2)").arg(c.scheme, standingText(c.standing));
            certTips << tr("%1: %2, valid %3 to %4, site %5, audited by %6")
                            .arg(c.scheme, standingText(c.standing), DomainFormat::date(c.validFrom),
                                 DomainFormat::date(c.validUntil), c.site, c.auditor);
            anyValid = anyValid || (c.standing == QLatin1String("valid") && (c.sourcing || !s.needsSourcingCertificate));
        }
        RecordCell certCell = RecordCell::plain(certs.isEmpty() ? tr("none") : certs.join(QStringLiteral(", ")),
                                                certTips.join(QLatin1Char('\n')));
        certCell.foreground = anyValid ? kGood : (s.needsSourcingCertificate || !certs.isEmpty() ? kProblem : QColor());
        RecordCell risk = RecordCell::plain(s.cahra ? tr("conflict-affected or high-risk") : QString());
        risk.foreground = kProblem;
        RecordCell without = RecordCell::number(l.toString(s.eventsWithoutCertificate), double(s.eventsWithoutCertificate));
        if (s.eventsWithoutCertificate > 0) without.foreground = kProblem;
        RecordCell issues = RecordCell::plain(s.issues.join(QStringLiteral("; ")), s.issues.join(QLatin1Char('\n')));
        if (!s.issues.isEmpty()) issues.foreground = kProblem;
        rows.push_back({RecordCell::plain(s.name, s.account), RecordCell::plain(roleText(s.role)), RecordCell::plain(s.country), risk,
                        certCell, RecordCell::number(l.toString(s.events), double(s.events)), without, issues});
        keys << s.account;
    }
    m_suppliers->setRows(std::move(rows), keys);
    m_suppliersTable->fitColumnsToContents();
    m_suppliers->setHeaderToolTips({QString(), QString(), QString(), QString(), rules, QString(), rules, rules});

    rows.clear();
    keys.clear();
    for (const auto& lot : m_report.lots) {
        if (problemsOnly && !lot.flagged) continue;
        RecordCell flagged = RecordCell::plain(lot.flagged ? tr("flagged") : tr("no"));
        flagged.foreground = lot.flagged ? kProblem : kGood;
        rows.push_back({RecordCell::plain(lot.uri, lot.uri), RecordCell::plain(lotKindText(lot.kind)), RecordCell::plain(lot.supplier),
                        RecordCell::plain(lot.country),
                        RecordCell{DomainFormat::date(lot.time), DomainFormat::isoTime(lot.time), {}, {}, Qt::AlignLeft | Qt::AlignVCenter},
                        RecordCell::plain(lot.certificate.isEmpty() ? tr("none") : lot.certificate), flagged,
                        RecordCell::plain(lot.reasons.join(QStringLiteral("; ")), lot.reasons.join(QLatin1Char('\n')))});
        keys << lot.uri;
    }
    m_lots->setRows(std::move(rows), keys);
    m_lotsTable->fitColumnsToContents();

    rows.clear();
    keys.clear();
    for (const auto& p : m_report.packs) {
        auto share = [&](const char* element) {
            const QString e = QString::fromLatin1(element);
            if (!p.flaggedShares.contains(e)) return RecordCell::plain(DomainFormat::dash());
            const double v = p.flaggedShares.value(e);
            RecordCell c = RecordCell::number(DomainFormat::percent(v), v);
            if (v > 0) c.foreground = kProblem;
            return c;
        };
        rows.push_back({RecordCell::plain(p.uri, p.uri), share("Co"), share("Li"), share("Ni"),
                        RecordCell::number(l.toString(p.flaggedLots.size()), double(p.flaggedLots.size()),
                                           p.flaggedLots.join(QLatin1Char('\n')))});
        keys << p.uri;
    }
    m_packs->setRows(std::move(rows), keys);
    m_packsTable->fitColumnsToContents();
}

}  // namespace bt::ui
