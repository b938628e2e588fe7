// The KeyStore contract, through the in-memory store: asynchronous delivery, typed errors, timeouts;
// and StripeKeys keeping the non-secret index in step.
#include "keystore/inmemorykeystore.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace holdfast;
using namespace holdfast::keystore;

namespace {
const StripeKeySet testKeys{QStringLiteral("rk_test_51RestrictedAbc"),
                            QStringLiteral("pk_test_51PublishableAbc"),
                            QStringLiteral("whsec_SigningSecretAbc")};
}

class TestKeysInMemory : public QObject
{
    Q_OBJECT
private slots:
    void entryNamesAreScoped()
    {
        QCOMPARE(entryName(Mode::Live, KeyKind::SecretKey), QStringLiteral("live/secret_key"));
        QCOMPARE(entryName(Mode::Test, KeyKind::PublishableKey), QStringLiteral("test/publishable_key"));
        QCOMPARE(entryName(Mode::Test, KeyKind::WebhookSecret), QStringLiteral("test/webhook_secret"));
        QVERIFY(entryName(Mode::Training, KeyKind::SecretKey).isEmpty());
        QCOMPARE(postgresPasswordEntry(), QStringLiteral("postgres/password"));
    }

    void callbacksAreAsynchronousAndTyped()
    {
        InMemoryKeyStore store;
        QSignalSpy changed(&store, &KeyStore::entryChanged);
        std::optional<KeyStoreResult> written;
        store.write(QStringLiteral("test/secret_key"), QStringLiteral("sk_test_x1234567"),
                    [&](const KeyStoreResult &r) { written = r; });
        QVERIFY(!written.has_value()); // never inside the call
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("test/secret_key"));

        std::optional<KeyStoreResult> read;
        QString value;
        store.read(QStringLiteral("test/missing"), [&](const KeyStoreResult &r, const QString &v) {
            read = r;
            value = v;
        });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error, KeyStoreError::NotFound);
        QVERIFY(value.isEmpty());
    }

    void simulatedFailuresCarryUserMessages_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("no keychain") << int(KeyStoreError::NoKeychain);
        QTest::newRow("access denied") << int(KeyStoreError::AccessDenied);
        QTest::newRow("other") << int(KeyStoreError::Other);
    }
    void simulatedFailuresCarryUserMessages()
    {
        QFETCH(int, error);
        InMemoryKeyStore store;
        store.setFailure(KeyStoreError(error));
        std::optional<KeyStoreResult> written;
        store.write(QStringLiteral("test/secret_key"), QStringLiteral("sk_test_x1234567"),
                    [&](const KeyStoreResult &r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QCOMPARE(int(written->error), error);
        QVERIFY(!written->userMessage().isEmpty());
        QCOMPARE(store.size(), 0);
    }

    void noKeychainMessageSaysTrainingKeepsWorking()
    {
        QVERIFY(userMessage(KeyStoreError::NoKeychain)
                    .startsWith(QStringLiteral("The system keychain is not available")));
        QVERIFY(userMessage(KeyStoreError::NoKeychain).contains(QStringLiteral("training mode")));
    }

    void unansweredJobsTimeOut()
    {
        InMemoryKeyStore store;
        store.setUnresponsive(true);
        store.setTimeout(std::chrono::milliseconds(200));
        QElapsedTimer t;
        t.start();
        std::optional<KeyStoreResult> read;
        store.read(QStringLiteral("test/secret_key"),
                   [&](const KeyStoreResult &r, const QString &) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
        QCOMPARE(read->error, KeyStoreError::Timeout);
        QVERIFY(t.elapsed() >= 150);
        QVERIFY(!read->userMessage().isEmpty());
    }

    void stripeKeysSaveLoadRemoveKeepTheIndex()
    {
        InMemoryKeyStore store;
        QSettings settings;
        KeyIndex index(&settings);
        StripeKeys keys(store, index);
        QSignalSpy changed(&keys, &StripeKeys::keysChanged);

        std::optional<SaveResult> saved;
        keys.save(testKeys, [&](const SaveResult &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(saved->ok());
        QVERIFY(keys.hasKeys(Mode::Test));
        QVERIFY(!keys.hasKeys(Mode::Live));
        QCOMPARE(index.entries(),
                 (QStringList{QStringLiteral("test/publishable_key"), QStringLiteral("test/secret_key"),
                              QStringLiteral("test/webhook_secret")}));
        QCOMPARE(changed.count(), 1);

        std::optional<KeyStoreResult> loaded;
        StripeKeySet got;
        keys.load(Mode::Test, [&](const KeyStoreResult &r, const StripeKeySet &k) {
            loaded = r;
            got = k;
        });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok());
        QVERIFY(got.secretKey == testKeys.secretKey && got.publishableKey == testKeys.publishableKey &&
                got.webhookSecret == testKeys.webhookSecret);

        std::optional<KeyStoreResult> removed;
        keys.remove(Mode::Test, [&](const KeyStoreResult &r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
        QVERIFY(index.entries().isEmpty());
        QCOMPARE(store.size(), 0);
    }

    void invalidSetWritesNothing()
    {
        InMemoryKeyStore store;
        QSettings settings;
        KeyIndex index(&settings);
        StripeKeys keys(store, index);
        std::optional<SaveResult> saved;
        keys.save({QStringLiteral("sk_live_51AbCdEfGh"), QStringLiteral("pk_test_51AbCdEfGh"), {}},
                  [&](const SaveResult &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(!saved->ok());
        QVERIFY(!saved->userMessage().isEmpty());
        QCOMPARE(store.size(), 0);
        QVERIFY(index.entries().isEmpty());
    }

    void keychainFailureLeavesIndexHonest()
    {
        InMemoryKeyStore store;
        store.setFailure(KeyStoreError::NoKeychain);
        QSettings settings;
        KeyIndex index(&settings);
        StripeKeys keys(store, index);
        std::optional<SaveResult> saved;
        keys.save(testKeys, [&](const SaveResult &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QCOMPARE(saved->stored.error, KeyStoreError::NoKeychain);
        QVERIFY(saved->userMessage().contains(QStringLiteral("training mode")));
        QVERIFY(!keys.hasKeys(Mode::Test));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-keys-test"));
    TestKeysInMemory t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_keys_inmemory.moc"
