// Typed settings: training on first start, live only with an HTTPS checkout origin, no password in the
// database address, and values that survive a restart.
#include "settings/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;
using namespace holdfast::settings;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void firstStartDefaults()
    {
        Settings s;
        QVERIFY(s.isFirstStart());
        QCOMPARE(s.mode(), Mode::Training);
        QCOMPARE(s.databaseKind(), DatabaseKind::Sqlite);
        QVERIFY(s.checkoutOrigin().isEmpty());
        QCOMPARE(s.idleLockMinutes(), 5);
        QVERIFY(s.holdForCaptureByDefault());
        QVERIFY(s.eventsToPoll().contains(QStringLiteral("payment_intent.amount_capturable_updated")));
        QVERIFY(s.language().isEmpty());
        s.markStarted();
        QVERIFY(!Settings().isFirstStart());
    }

    void shopCurrencyIsOneAmazonPayTakes()
    {
        Settings s;
        QCOMPARE(s.shopCurrency(), QStringLiteral("usd"));
        QVERIFY(s.shopCurrencyProblem().isEmpty());
        QString why;
        QVERIFY(s.setShopCurrency(QStringLiteral("EUR"), &why));
        QCOMPARE(Settings().shopCurrency(), QStringLiteral("eur"));
        for (const char *refused : {"jpy", "aud", "xyz", ""}) {
            why.clear();
            QVERIFY(!s.setShopCurrency(QString::fromLatin1(refused), &why));
            QVERIFY2(why.contains(QStringLiteral("EUR, GBP")), qPrintable(why));
            QCOMPARE(s.shopCurrency(), QStringLiteral("eur")); // a refusal changes nothing
        }
        // A settings file edited by hand: the till prices in usd and says why.
        QSettings().setValue(QStringLiteral("shopCurrency"), QStringLiteral("JPY"));
        QCOMPARE(Settings().shopCurrency(), QStringLiteral("usd"));
        QVERIFY(Settings().shopCurrencyProblem().contains(QStringLiteral("JPY")));
    }

    void liveRefusesPlainHttp()
    {
        Settings s;
        QString why;
        QVERIFY(!s.setMode(Mode::Live, &why)); // no origin yet
        QVERIFY(!why.isEmpty());
        QVERIFY(
            s.setCheckoutOrigin(QUrl(QStringLiteral("http://till.local:8080")), &why)); // fine in training
        QVERIFY(!s.setMode(Mode::Live, &why));
        QVERIFY(why.contains(QStringLiteral("HTTP")));
        QCOMPARE(s.mode(), Mode::Training);
        QVERIFY(s.setCheckoutOrigin(QUrl(QStringLiteral("https://pay.example.com/")), &why));
        QCOMPARE(s.checkoutOrigin(), QUrl(QStringLiteral("https://pay.example.com")));
        QVERIFY(s.setMode(Mode::Live, &why));
        QCOMPARE(s.mode(), Mode::Live);
        // In live mode the origin cannot go back to plain HTTP.
        QVERIFY(!s.setCheckoutOrigin(QUrl(QStringLiteral("http://pay.example.com")), &why));
        QCOMPARE(s.checkoutOrigin(), QUrl(QStringLiteral("https://pay.example.com")));
    }

    void checkoutOriginIsOnlyAnOrigin_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://pay.example.com") << true;
        QTest::newRow("port") << QStringLiteral("https://pay.example.com:8443") << true;
        QTest::newRow("path") << QStringLiteral("https://pay.example.com/checkout") << false;
        QTest::newRow("file") << QStringLiteral("file:///tmp/checkout.html") << false;
        QTest::newRow("custom scheme") << QStringLiteral("holdfast://checkout") << false;
        QTest::newRow("user info") << QStringLiteral("https://a:b@pay.example.com") << false;
    }
    void checkoutOriginIsOnlyAnOrigin()
    {
        QFETCH(QString, origin);
        QFETCH(bool, ok);
        QCOMPARE(Settings::checkoutOriginProblem(Mode::Test, QUrl(origin)).isEmpty(), ok);
    }

    void postgresUrlNeverHoldsAPassword()
    {
        Settings s;
        QString why;
        QVERIFY(
            !s.setPostgresUrl(QUrl(QStringLiteral("postgresql://till:hunter2@db.shop:5432/holdfast")), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(
            !s.setPostgresUrl(QUrl(QStringLiteral("postgresql://db.shop/holdfast?password=hunter2")), &why));
        QVERIFY(!s.setPostgresUrl(QUrl(QStringLiteral("mysql://db.shop/holdfast")), &why));
        QVERIFY(s.postgresUrl().isEmpty());
        QVERIFY(s.setPostgresUrl(QUrl(QStringLiteral("postgresql://till@db.shop:5432/holdfast")), &why));
        s.setDatabaseKind(DatabaseKind::Postgresql);
        Settings again;
        QCOMPARE(again.postgresUrl(), QUrl(QStringLiteral("postgresql://till@db.shop:5432/holdfast")));
        QCOMPARE(again.databaseKind(), DatabaseKind::Postgresql);
    }

    void valuesPersist()
    {
        {
            Settings s;
            s.setIdleLockMinutes(1000);
            s.setLanguage(QStringLiteral("de"));
            s.setShopName(QStringLiteral("  Corner Shop "));
            s.setHoldForCaptureByDefault(false);
            QVERIFY(
                s.setEventsToPoll({QStringLiteral("payment_intent.*"), QStringLiteral("charge.refunded")}));
            QVERIFY(!s.setEventsToPoll({QStringLiteral("DROP TABLE")}));
            QVERIFY(!s.setEventsToPoll({}));
            s.sync();
        }
        Settings s;
        QCOMPARE(s.idleLockMinutes(), 240);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.shopName(), QStringLiteral("Corner Shop"));
        QVERIFY(!s.holdForCaptureByDefault());
        QCOMPARE(s.eventsToPoll(),
                 (QStringList{QStringLiteral("payment_intent.*"), QStringLiteral("charge.refunded")}));
    }

    // Within one process QSettings answers from memory; a restart reads the file. Each file here is
    // read by a QSettings that never saw it written, as the next start of Holdfast would.
    void valuesSurviveARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString written = dir.filePath(QStringLiteral("written.conf"));
        {
            QSettings file(written, QSettings::IniFormat);
            Settings s(&file);
            QVERIFY(s.setCheckoutOrigin(QUrl(QStringLiteral("https://pay.example-shop.com"))));
            QVERIFY(s.setMode(Mode::Live));
            s.setLanguage(QStringLiteral("de"));
            s.setShopName(QStringLiteral("Corner Shop"));
            QVERIFY(s.setShopCurrency(QStringLiteral("eur")));
            s.markStarted();
            s.setIdleLockMinutes(15);
            s.sync();
        }
        const QString restarted = dir.filePath(QStringLiteral("restarted.conf"));
        QVERIFY(QFile::copy(written, restarted));
        QSettings file(restarted, QSettings::IniFormat);
        Settings s(&file);
        QCOMPARE(s.mode(), Mode::Live);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.shopName(), QStringLiteral("Corner Shop"));
        QCOMPARE(s.shopCurrency(), QStringLiteral("eur"));
        QVERIFY(!s.isFirstStart());
        QCOMPARE(s.idleLockMinutes(), 15);
    }

    // Holdfast 0.1.0 wrote the shop-wide choices under [%General], which Qt reads back under another
    // name: they are found there, moved to where this version keeps them, and the old section goes.
    void aFileFromHoldfast010KeepsItsChoices()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("holdfast.conf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("[%General]\nlanguage=de\nmode=test\nshopName=Lovelace Supplies\nstarted=true\n\n"
                      "[staff]\nidleLockMinutes=15\n");
        }
        {
            QSettings file(path, QSettings::IniFormat);
            Settings s(&file);
            QCOMPARE(s.language(), QStringLiteral("de"));
            QCOMPARE(s.mode(), Mode::Test);
            QCOMPARE(s.shopName(), QStringLiteral("Lovelace Supplies"));
            QVERIFY(!s.isFirstStart());
            QCOMPARE(s.idleLockMinutes(), 15);
            s.sync();
        }
        QFile moved(path);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        const QByteArray text = moved.readAll();
        QVERIFY2(!text.contains("%General"), text.constData());
        const QString again = dir.filePath(QStringLiteral("again.conf"));
        QVERIFY(QFile::copy(path, again));
        QSettings file(again, QSettings::IniFormat);
        QCOMPARE(Settings(&file).language(), QStringLiteral("de"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    TestSettings t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_settings.moc"
