// GS1 Digital Link identifiers (data model §1) and the time parsing the domain index
// relies on: check digits, the accepted forms, and the exact reason for each refusal.
#include "domain/gs1_identifier.h"
#include "domain/utc_time.h"

#include <QTest>

using namespace bt::domain;

class TestIdentifiers : public QObject {
    Q_OBJECT
private slots:
    void checkDigits();
    void digitalLinks_data();
    void digitalLinks();
    void times();
};

void TestIdentifiers::checkDigits()
{
    // Published examples: GTIN 09780345418913 (a book), GLN 4012345000009, SSCC
    // 340123450000000000 (GS1 General Specifications).
    QVERIFY(gs1CheckDigitValid("09780345418913"));
    QVERIFY(gs1CheckDigitValid("4012345000009"));
    QVERIFY(gs1CheckDigitValid("106141411234567897"));
    QVERIFY(!gs1CheckDigitValid("09780345418914"));
    QVERIFY(!gs1CheckDigitValid("40123450000A9"));
}

void TestIdentifiers::digitalLinks_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("error");  // empty: valid
    QTest::newRow("lgtin") << "https://id.gs1.org/01/09780345418913/10/CO-ORE-2026-0007" << "";
    QTest::newRow("sgtin") << "https://id.gs1.org/01/09780345418913/21/PK-000123" << "";
    QTest::newRow("sgln line") << "https://id.gs1.org/414/4012345000009/254/L2" << "";
    QTest::newRow("pgln") << "https://id.gs1.org/417/4012345000009" << "";
    QTest::newRow("giai") << "https://id.gs1.org/8004/4063050COATER-A2" << "";
    QTest::newRow("sscc") << "https://id.gs1.org/00/106141411234567897" << "";
    QTest::newRow("urn") << "urn:epc:id:sgtin:0614141.107346.2017" << "is not a GS1 Digital Link URI";
    QTest::newRow("query") << "https://id.gs1.org/01/09780345418913/21/1?x=1" << "query string";
    QTest::newRow("gtin digit") << "https://id.gs1.org/01/09780345418914/21/1" << "wrong GTIN check digit";
    QTest::newRow("short gtin") << "https://id.gs1.org/01/978034541891/21/1" << "a GTIN must be 14 digits";
    QTest::newRow("serial chars") << "https://id.gs1.org/01/09780345418913/21/a%2Fb" << "A-Z 0-9 -";
    QTest::newRow("gln digit") << "https://id.gs1.org/414/4012345000008" << "wrong GLN check digit";
    QTest::newRow("pgln ext") << "https://id.gs1.org/417/4012345000009/254/X" << "takes no extension";
    QTest::newRow("unknown ai") << "https://id.gs1.org/253/4012345000009" << "unknown application identifier";
}

void TestIdentifiers::digitalLinks()
{
    QFETCH(QString, uri);
    QFETCH(QString, error);
    std::string why;
    const auto id = parseDigitalLink(uri.toStdString(), why);
    if (error.isEmpty()) {
        QVERIFY2(id.has_value(), why.c_str());
    } else {
        QVERIFY(!id);
        QVERIFY2(QString::fromStdString(why).contains(error), why.c_str());
    }
    QCOMPARE(glnOf("https://id.gs1.org/414/4012345000009/254/L2"), std::string("4012345000009"));
    QCOMPARE(glnOf("https://id.gs1.org/00/106141411234567897"), std::string());
}

void TestIdentifiers::times()
{
    QCOMPARE(*parseDateTime("1970-01-01T00:00:00Z"), std::int64_t(0));
    QCOMPARE(*parseDateTime("2026-03-04T10:15:00Z"), std::int64_t(1772619300));
    QCOMPARE(*parseDateTime("2026-03-04T11:15:00.750+01:00"), std::int64_t(1772619300));
    QCOMPARE(*parseDateTime("2024-02-29T23:59:59-00:30"), std::int64_t(1709252999));
    QVERIFY(!parseDateTime("2026-02-30T00:00:00Z"));
    QVERIFY(!parseDateTime("2026-03-04T10:15:00"));
    QVERIFY(!parseDateTime("2026-03-04 10:15:00Z"));
    QCOMPARE(*parseDateOrDateTime("2026-03-04"), std::int64_t(1772582400));
    QCOMPARE(formatDateTime(1772619300), std::string("2026-03-04T10:15:00Z"));
    QCOMPARE(formatMonth(1772619300), std::string("2026-03"));
    QCOMPARE(monthStart(1772619300), std::int64_t(1772323200));      // 2026-03-01
    QCOMPARE(nextMonthStart(1772619300), std::int64_t(1775001600));  // 2026-04-01
    QCOMPARE(nextMonthStart(1796083200), std::int64_t(1798761600));  // 2026-12 → 2027-01-01
    QCOMPARE(dayOf(-1), std::int64_t(-1));
}

QTEST_APPLESS_MAIN(TestIdentifiers)
#include "test_identifiers.moc"
