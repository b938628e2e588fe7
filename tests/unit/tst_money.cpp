#include "domain/currency.h"
#include "domain/money.h"

#include <QTest>

using holdfast::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void exponents()
    {
        QCOMPARE(holdfast::currency::exponent(QStringLiteral("usd")), 2);
        QCOMPARE(holdfast::currency::exponent(QStringLiteral("jpy")), 0);
        QCOMPARE(holdfast::currency::exponent(QStringLiteral("kwd")), 3);
        QCOMPARE(holdfast::currency::exponent(QStringLiteral("xyz")), -1);
        QVERIFY(!Money(100, QStringLiteral("xyz")).isValid());
        QCOMPARE(Money(100, QStringLiteral("USD")).currency(), QStringLiteral("usd"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("error");
        const int ok = int(Money::ParseError::None);
        QTest::newRow("en plain") << "en_US" << "usd" << "12" << qint64(1200) << ok;
        QTest::newRow("en one decimal") << "en_US" << "usd" << "12.5" << qint64(1250) << ok;
        QTest::newRow("en grouped") << "en_US" << "usd" << "1,234.56" << qint64(123456) << ok;
        QTest::newRow("en symbol") << "en_US" << "usd" << "$60.00" << qint64(6000) << ok;
        QTest::newRow("en spaces around") << "en_US" << "usd" << "  7.05 " << qint64(705) << ok;
        QTest::newRow("de comma") << "de_DE" << "eur" << "12,50" << qint64(1250) << ok;
        QTest::newRow("de grouped") << "de_DE" << "eur" << "1.234,56" << qint64(123456) << ok;
        QTest::newRow("fr space group") << "fr_FR" << "eur" << "1 234,56" << qint64(123456) << ok;
        QTest::newRow("fr nbsp group") << "fr_FR" << "eur" << QString::fromUtf8("1\u202F234,56") << qint64(123456) << ok;
        QTest::newRow("jpy whole") << "ja_JP" << "jpy" << "1,500" << qint64(1500) << ok;
        QTest::newRow("kwd three") << "en_US" << "kwd" << "1.125" << qint64(1125) << ok;
        QTest::newRow("en two dots") << "en_US" << "usd" << "12.345.6" << qint64(0) << int(Money::ParseError::MisplacedSeparator);
        QTest::newRow("de two groups bad") << "de_DE" << "eur" << "12.345.6" << qint64(0) << int(Money::ParseError::MisplacedSeparator);
        QTest::newRow("en comma as decimal") << "en_US" << "usd" << "12,50" << qint64(0) << int(Money::ParseError::MisplacedSeparator);
        QTest::newRow("negative") << "en_US" << "usd" << "-5" << qint64(0) << int(Money::ParseError::Negative);
        QTest::newRow("three decimals usd") << "en_US" << "usd" << "1.005" << qint64(0) << int(Money::ParseError::TooManyDecimals);
        QTest::newRow("decimals jpy") << "ja_JP" << "jpy" << "12.5" << qint64(0) << int(Money::ParseError::TooManyDecimals);
        QTest::newRow("letters") << "en_US" << "usd" << "12a" << qint64(0) << int(Money::ParseError::InvalidCharacter);
        QTest::newRow("empty") << "en_US" << "usd" << "   " << qint64(0) << int(Money::ParseError::Empty);
        QTest::newRow("dot only") << "en_US" << "usd" << "." << qint64(0) << int(Money::ParseError::InvalidCharacter);
        QTest::newRow("trailing dot") << "en_US" << "usd" << "12." << qint64(0) << int(Money::ParseError::MisplacedSeparator);
        QTest::newRow("leading group") << "en_US" << "usd" << ",123" << qint64(0) << int(Money::ParseError::MisplacedSeparator);
        QTest::newRow("huge") << "en_US" << "usd" << "99999999999999999999" << qint64(0) << int(Money::ParseError::TooLarge);
        QTest::newRow("overflow after scale") << "en_US" << "usd" << "922337203685477580" << qint64(0) << int(Money::ParseError::TooLarge);
        QTest::newRow("unknown currency") << "en_US" << "abc" << "1" << qint64(0) << int(Money::ParseError::UnknownCurrency);
        QTest::newRow("arabic digits") << "en_US" << "usd" << QString::fromUtf8("١٢") << qint64(0) << int(Money::ParseError::InvalidCharacter);
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(int, error);
        Money::ParseError e = Money::ParseError::None;
        const Money m = Money::parse(text, currency, QLocale(locale), &e);
        QCOMPARE(int(e), error);
        QCOMPARE(m.isValid(), error == int(Money::ParseError::None));
        if (m.isValid())
            QCOMPARE(m.minorUnits(), minor);
        else
            QVERIFY(!Money::errorMessage(e, currency).isEmpty());
    }

    void arithmeticIsCheckedAndExact()
    {
        const Money a(6000, QStringLiteral("usd"));
        const Money b(1250, QStringLiteral("usd"));
        QCOMPARE(a.plus(b)->minorUnits(), 7250);
        QCOMPARE(a.minus(b)->minorUnits(), 4750);
        QCOMPARE(b.times(3)->minorUnits(), 3750);
        QVERIFY(!a.plus(Money(1, QStringLiteral("eur"))));
        QVERIFY(!Money(std::numeric_limits<qint64>::max(), QStringLiteral("usd")).plus(Money(1, QStringLiteral("usd"))));
        QVERIFY(!Money(std::numeric_limits<qint64>::max() / 2 + 1, QStringLiteral("usd")).times(2));
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), QStringLiteral("usd")).minus(Money(1, QStringLiteral("usd"))));
    }

    void format()
    {
        QCOMPARE(Money(123456, QStringLiteral("usd")).format(QLocale(QStringLiteral("en_US"))), QStringLiteral("$1,234.56"));
        QCOMPARE(Money(5, QStringLiteral("usd")).format(QLocale(QStringLiteral("en_US"))), QStringLiteral("$0.05"));
        const QString negative = Money(-1250, QStringLiteral("usd")).format(QLocale(QStringLiteral("en_US")));
        QVERIFY2(negative.contains(QStringLiteral("$12.50")) && negative != QStringLiteral("$12.50"), qPrintable(negative));
        const QString de = Money(123456, QStringLiteral("eur")).format(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(de.startsWith(QStringLiteral("1.234,56")) && de.endsWith(QStringLiteral("€")), qPrintable(de));
        QCOMPARE(Money(1500, QStringLiteral("jpy")).format(QLocale(QStringLiteral("en_US"))), QStringLiteral("¥1,500"));
        // The locale's own symbol for its own currency, placed where that locale places it.
        const QString sek = Money(29900, QStringLiteral("sek")).format(QLocale(QStringLiteral("sv_SE")));
        QVERIFY2(sek.startsWith(QStringLiteral("299,00")) && sek.endsWith(QStringLiteral("kr")), qPrintable(sek));
        QCOMPARE(Money(29900, QStringLiteral("gbp")).format(QLocale(QStringLiteral("en_GB"))), QStringLiteral("£299.00"));
        const QString chf = Money(29900, QStringLiteral("chf")).format(QLocale(QStringLiteral("de_CH")));
        QVERIFY2(chf.contains(QStringLiteral("CHF")) && chf.contains(QStringLiteral("299.00")), qPrintable(chf));
        // Another country's currency keeps its common symbol, placed by the locale.
        const QString usdInGermany = Money(29900, QStringLiteral("usd")).format(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(usdInGermany.startsWith(QStringLiteral("299,00")) && usdInGermany.endsWith(QStringLiteral("$")),
                 qPrintable(usdInGermany));
        QCOMPARE(Money(std::numeric_limits<qint64>::min(), QStringLiteral("usd")).formatPlain(QLocale::c()),
                 QStringLiteral("-92233720368547758.08"));
    }

    void roundTripsThroughFormatPlain()
    {
        for (const char *name : {"en_US", "de_DE", "fr_FR", "de_CH", "ja_JP"}) {
            const QLocale locale{QString::fromLatin1(name)};
            for (qint64 v : {qint64(0), qint64(1), qint64(99), qint64(123456789), qint64(99999999)}) {
                const Money m(v, QStringLiteral("eur"));
                Money::ParseError e;
                const Money back = Money::parse(m.formatPlain(locale), QStringLiteral("eur"), locale, &e);
                QVERIFY2(back == m, qPrintable(QStringLiteral("%1 %2 -> '%3'").arg(QString::fromLatin1(name)).arg(v).arg(m.formatPlain(locale))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
