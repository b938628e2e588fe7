// SystemKeyStore against the real Secret Service (gnome-keyring started by the test command).
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "keystore/systemkeystore.h"
#include "scratchscan.h"
#include "testservices.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>
#include <optional>

using namespace holdfast;
using namespace holdfast::keystore;

namespace {

struct ReadOutcome
{
    KeyStoreResult result;
    QString value;
};

std::optional<ReadOutcome> readNow(KeyStore &store, const QString &entry)
{
    std::optional<ReadOutcome> out;
    store.read(entry, [&out](const KeyStoreResult &r, const QString &v) { out = ReadOutcome{r, v}; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}

std::optional<KeyStoreResult> writeNow(KeyStore &store, const QString &entry, const QString &value)
{
    std::optional<KeyStoreResult> out;
    store.write(entry, value, [&out](const KeyStoreResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}

std::optional<KeyStoreResult> removeNow(KeyStore &store, const QString &entry)
{
    std::optional<KeyStoreResult> out;
    store.remove(entry, [&out](const KeyStoreResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}

// Looks like a key, is unique per run, and is never printed.
QString secretValue(const QString &tag)
{
    return QStringLiteral("sk_test_") + tag + QString::number(QCoreApplication::applicationPid()) +
           QStringLiteral("x9Zq7Wv");
}

} // namespace

class TestSystemKeyStore : public QObject
{
    Q_OBJECT
    QString m_service;

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::secretServiceAvailable(&why))
            QFAIL(qPrintable(why));
        QString unreachable;
        if (!SystemKeyStore::keychainReachable(&unreachable))
            QFAIL(qPrintable(QStringLiteral("the test command's gnome-keyring is not reachable: ") +
                             unreachable));
        m_service = QStringLiteral("Holdfast-test-%1").arg(QCoreApplication::applicationPid());
    }

    void writeReadOverwriteDelete()
    {
        SystemKeyStore store(m_service);
        const QString entry = entryName(Mode::Test, KeyKind::SecretKey);
        const QString first = secretValue(QStringLiteral("first"));
        const QString second = secretValue(QStringLiteral("second"));

        auto w = writeNow(store, entry, first);
        QVERIFY(w.has_value());
        QCOMPARE(errorName(w->error), QStringLiteral("none"));
        auto r = readNow(store, entry);
        QVERIFY(r.has_value());
        QCOMPARE(errorName(r->result.error), QStringLiteral("none"));
        QVERIFY(r->value == first); // boolean compare: never print a secret

        w = writeNow(store, entry, second);
        QVERIFY(w && w->ok());
        r = readNow(store, entry);
        QVERIFY(r && r->result.ok());
        QVERIFY(r->value == second);

        // A second store instance (a restart) sees the same entry.
        SystemKeyStore again(m_service);
        r = readNow(again, entry);
        QVERIFY(r && r->result.ok());
        QVERIFY(r->value == second);

        auto d = removeNow(store, entry);
        QVERIFY(d && d->ok());
        r = readNow(store, entry);
        QVERIFY(r.has_value());
        QCOMPARE(errorName(r->result.error), QStringLiteral("not-found"));
        QVERIFY(r->value.isEmpty());
    }

    void missingEntryIsNotFound()
    {
        SystemKeyStore store(m_service);
        auto r = readNow(store, QStringLiteral("live/never_written"));
        QVERIFY(r.has_value());
        QCOMPARE(errorName(r->result.error), QStringLiteral("not-found"));
        QVERIFY(!r->result.userMessage().isEmpty());
    }

    void removingMissingEntrySucceeds()
    {
        SystemKeyStore store(m_service);
        auto d = removeNow(store, QStringLiteral("test/webhook_secret_never_written"));
        QVERIFY(d.has_value());
        QCOMPARE(errorName(d->error), QStringLiteral("none"));
    }

    void entriesAreScopedByModeAndService()
    {
        SystemKeyStore store(m_service);
        SystemKeyStore other(m_service + QStringLiteral("-other"));
        const QString testEntry = entryName(Mode::Test, KeyKind::PublishableKey);
        const QString liveEntry = entryName(Mode::Live, KeyKind::PublishableKey);
        QVERIFY(writeNow(store, testEntry, QStringLiteral("pk_test_scopedAbc123"))->ok());
        QCOMPARE(errorName(readNow(store, liveEntry)->result.error), QStringLiteral("not-found"));
        QCOMPARE(errorName(readNow(other, testEntry)->result.error), QStringLiteral("not-found"));
        QVERIFY(removeNow(store, testEntry)->ok());
    }

    void storedKeysNeverReachTheSettingsFile()
    {
        SystemKeyStore store(m_service);
        QSettings settings;
        KeyIndex index(&settings);
        StripeKeys keys(store, index);
        StripeKeySet set{QStringLiteral("rk_live_") + secretValue(QStringLiteral("rk")).mid(8),
                         QStringLiteral("pk_live_publishableValue77"),
                         QStringLiteral("whsec_signingSecretValue42")};
        std::optional<SaveResult> saved;
        keys.save(set, [&saved](const SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QVERIFY2(saved->ok(), qPrintable(saved->userMessage()));
        QVERIFY(index.hasStripeKeys(Mode::Live));
        QVERIFY(index.hasWebhookSecret(Mode::Live));
        QVERIFY(!index.hasStripeKeys(Mode::Test));
        settings.sync();

        std::optional<KeyStoreResult> loadedResult;
        StripeKeySet loaded;
        keys.load(Mode::Live, [&](const KeyStoreResult &r, const StripeKeySet &k) {
            loadedResult = r;
            loaded = k;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loadedResult.has_value(), 20000);
        QVERIFY(loadedResult->ok());
        QVERIFY(loaded.secretKey == set.secretKey && loaded.publishableKey == set.publishableKey &&
                loaded.webhookSecret == set.webhookSecret);

        const QString scratch = qEnvironmentVariable("HOLDFAST_TEST_SCRATCH");
        QVERIFY(!scratch.isEmpty());
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(!test::anyFileContains(scratch, set.secretKey.toUtf8()));
        QVERIFY(!test::anyFileContains(scratch, set.publishableKey.toUtf8()));
        QVERIFY(!test::anyFileContains(scratch, set.webhookSecret.toUtf8()));
        QVERIFY(!test::anyFileContains(scratch, "whsec_"));
        QVERIFY(!test::anyFileContains(scratch, "rk_live_"));

        std::optional<KeyStoreResult> removed;
        keys.remove(Mode::Live, [&removed](const KeyStoreResult &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());
        QVERIFY(!index.hasStripeKeys(Mode::Live));
        QVERIFY(!index.hasWebhookSecret(Mode::Live));
        QCOMPARE(errorName(readNow(store, entryName(Mode::Live, KeyKind::SecretKey))->result.error),
                 QStringLiteral("not-found"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-keychain-test"));
    TestSystemKeyStore t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_keychain_system.moc"
