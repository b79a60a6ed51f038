// The translations are complete: every message of batterytrace_zh_CN.ts and
// batterytrace_de.ts has a finished translation that keeps the source's placeholders
// (%1, %n) and, where the source has a keyboard accelerator, has one too.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

    static QSet<QString> placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QSet<QString> out;
        for (auto it = re.globalMatch(text); it.hasNext();) out.insert(it.next().captured(0));
        return out;
    }
    static bool hasAccelerator(const QString& text)
    {
        QString t = text;
        t.remove(QStringLiteral("&&"));
        static const QRegularExpression re(QStringLiteral("&[^\\s;]"));
        return re.match(t).hasMatch();
    }

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("batterytrace_zh_CN.ts");
        QTest::newRow("de") << QStringLiteral("batterytrace_de.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        QFile f(QDir(qEnvironmentVariable("BT_SOURCE_DIR")).filePath(QStringLiteral("translations/") + file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString context, source, translation, type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name")) context = xml.readElementText();
                else if (name == QLatin1String("source")) source = xml.readElementText();
                else if (name == QLatin1String("translation")) {
                    type = xml.attributes().value(QStringLiteral("type")).toString();
                    translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (name == QLatin1String("message")) {
                    source.clear();
                    translation.clear();
                    type.clear();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
                if (!type.isEmpty()) problems << QStringLiteral("%1 is %2").arg(where, type);
                else if (translation.trimmed().isEmpty()) problems << QStringLiteral("%1 is not translated").arg(where);
                else if (placeholders(source) != placeholders(translation))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, translation);
                else if (hasAccelerator(source) != hasAccelerator(translation))
                    problems << QStringLiteral("%1: accelerator missing in \"%2\"").arg(where, translation);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 300);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "test_translations.moc"
