// Choosing a language keeps the machine's country where that pair exists: this till is Swiss
// German (the process starts with LC_ALL=de_CH.UTF-8), so French becomes fr_CH, while Spanish,
// which has no Swiss form, falls back to Spain's.
#include "application/languages.h"

#include <QCoreApplication>
#include <QTest>

using namespace holdfast;

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSystemIsSwissGerman()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German);
        QCOMPARE(QLocale::system().territory(), QLocale::Switzerland);
    }

    void countryIsKeptWhereTheLanguageIsSpoken_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system") << QString() << QStringLiteral("de_CH");
        QTest::newRow("same language") << QStringLiteral("de") << QStringLiteral("de_CH");
        QTest::newRow("French in Switzerland") << QStringLiteral("fr") << QStringLiteral("fr_CH");
        QTest::newRow("Spanish has no Swiss form") << QStringLiteral("es") << QStringLiteral("es_ES");
    }
    void countryIsKeptWhereTheLanguageIsSpoken()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(ui::localeForLanguage(code).name(), expected);
    }

    void formatsFollowTheCombination()
    {
        // Swiss German writes 1’234.50, Germany 1.234,50: the till keeps its country's numbers.
        const QString swiss = ui::localeForLanguage(QStringLiteral("de")).toString(1234.5, 'f', 2);
        const QString germany = QLocale(QLocale::German, QLocale::Germany).toString(1234.5, 'f', 2);
        QVERIFY2(swiss != germany, qPrintable(swiss + QStringLiteral(" / ") + germany));
        QVERIFY2(swiss.contains(u'.'), qPrintable(swiss));
    }
};

int main(int argc, char **argv)
{
    // Before anything reads the system locale.
    qputenv("LC_ALL", "de_CH.UTF-8");
    qputenv("LANG", "de_CH.UTF-8");
    QCoreApplication app(argc, argv);
    TestLanguages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languages.moc"
