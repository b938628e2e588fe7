// Pasted keys are recognised by format and mode before anything is stored.
#include "keystore/keyformat.h"

#include <QTest>

using namespace holdfast;
using namespace holdfast::keystore;

class TestKeysFormat : public QObject
{
    Q_OBJECT
private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("mode"); // -1 none
        const int none = -1, test = int(Mode::Test), live = int(Mode::Live);
        QTest::newRow("sk test") << QStringLiteral("sk_test_51AbCdEfGh") << int(KeyType::Secret) << test;
        QTest::newRow("sk live") << QStringLiteral("sk_live_51AbCdEfGh") << int(KeyType::Secret) << live;
        QTest::newRow("rk test") << QStringLiteral("rk_test_51AbCdEfGh") << int(KeyType::Restricted) << test;
        QTest::newRow("rk live") << QStringLiteral("rk_live_51AbCdEfGh") << int(KeyType::Restricted) << live;
        QTest::newRow("pk test") << QStringLiteral("pk_test_51AbCdEfGh") << int(KeyType::Publishable) << test;
        QTest::newRow("pk live") << QStringLiteral("pk_live_51AbCdEfGh") << int(KeyType::Publishable) << live;
        QTest::newRow("whsec") << QStringLiteral("whsec_AbCd1234+/=") << int(KeyType::WebhookSecret) << none;
        QTest::newRow("too short") << QStringLiteral("sk_test_abc") << int(KeyType::Unknown) << none;
        QTest::newRow("space") << QStringLiteral(" sk_test_51AbCdEfGh") << int(KeyType::Unknown) << none;
        QTest::newRow("newline") << QStringLiteral("sk_test_51AbCdEfGh\n") << int(KeyType::Unknown) << none;
        QTest::newRow("bad mode") << QStringLiteral("sk_prod_51AbCdEfGh") << int(KeyType::Unknown) << none;
        QTest::newRow("client secret")
            << QStringLiteral("pi_123_secret_456") << int(KeyType::Unknown) << none;
        QTest::newRow("empty") << QString() << int(KeyType::Unknown) << none;
    }
    void classifies()
    {
        QFETCH(QString, key);
        QFETCH(int, type);
        QFETCH(int, mode);
        const KeyInfo info = classifyKey(key);
        QCOMPARE(int(info.type), type);
        QCOMPARE(info.mode ? int(*info.mode) : -1, mode);
    }

    void sameModeSetIsAccepted()
    {
        const KeySetCheck c =
            checkKeySet({QStringLiteral("rk_live_51AbCdEfGh"), QStringLiteral("pk_live_51AbCdEfGh"),
                         QStringLiteral("whsec_AbCd1234ef")});
        QVERIFY(c.ok());
        QCOMPARE(int(*c.mode), int(Mode::Live));
        QVERIFY(c.restricted);
        QVERIFY(checkKeySet({QStringLiteral("sk_test_51AbCdEfGh"), QStringLiteral("pk_test_51AbCdEfGh"), {}})
                    .ok());
    }

    void mixedModesAreRefused()
    {
        const KeySetCheck c =
            checkKeySet({QStringLiteral("sk_live_51AbCdEfGh"), QStringLiteral("pk_test_51AbCdEfGh"), {}});
        QVERIFY(!c.ok());
        QCOMPARE(c.problems.size(), 1);
        QVERIFY(c.problems.constFirst().contains(QStringLiteral("different modes")));
    }

    void problemsNeverQuoteTheKey()
    {
        const QString secret = QStringLiteral("sk_live_51SuperSecretValue ");
        const KeySetCheck c =
            checkKeySet({secret, QStringLiteral("sk_live_51AbCdEfGh"), QStringLiteral("whsec_")});
        QVERIFY(!c.ok());
        QCOMPARE(c.problems.size(), 3);
        for (const QString &p : c.problems)
            QVERIFY(!p.contains(QStringLiteral("SuperSecret")) && !p.contains(QStringLiteral("51AbCdEfGh")));
    }

    void missingKeysAreNamed()
    {
        const KeySetCheck c = checkKeySet({});
        QCOMPARE(c.problems.size(), 2);
        QVERIFY(!c.mode.has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeysFormat)
#include "tst_keys_format.moc"
