// SystemKeyStore with no D-Bus session (the test is registered with a bus address that does not
// exist): every job ends quickly with NoKeychain and no secret is written anywhere in plain text.
#include "keystore/systemkeystore.h"
#include "scratchscan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <optional>

using namespace holdfast;
using namespace holdfast::keystore;

class TestKeychainAbsent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")),
                 "this test must run without a usable D-Bus session");
        QVERIFY(!SystemKeyStore::keychainReachable());
    }

    void writeFailsWithNoKeychainQuicklyAndWritesNothing()
    {
        SystemKeyStore store(QStringLiteral("Holdfast-absent-test"));
        store.setTimeout(std::chrono::seconds(5));
        const QString secret = QStringLiteral("sk_test_absentKeychainNeverOnDisk42");
        QElapsedTimer clock;
        clock.start();
        std::optional<KeyStoreResult> written;
        store.write(entryName(Mode::Test, KeyKind::SecretKey), secret,
                    [&](const KeyStoreResult &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        QVERIFY(clock.elapsed() < 5000); // a typed answer, not the timeout
        QCOMPARE(errorName(written->error), QStringLiteral("no-keychain"));
        QVERIFY(written->userMessage().contains(QStringLiteral("training mode")));
        QVERIFY(written->userMessage().contains(QStringLiteral("The system keychain is not available")));

        const QString scratch = qEnvironmentVariable("HOLDFAST_TEST_SCRATCH");
        QVERIFY(!scratch.isEmpty());
        QVERIFY(!test::anyFileContains(scratch, secret.toUtf8()));
        QVERIFY(!test::anyFileContains(QDir::homePath() + QStringLiteral("/.config"), secret.toUtf8()));
    }

    void readAndRemoveFailWithNoKeychain()
    {
        SystemKeyStore store(QStringLiteral("Holdfast-absent-test"));
        store.setTimeout(std::chrono::seconds(5));
        std::optional<KeyStoreResult> read;
        QString value = QStringLiteral("untouched");
        store.read(entryName(Mode::Live, KeyKind::SecretKey), [&](const KeyStoreResult &r, const QString &v) {
            read = r;
            value = v;
        });
        std::optional<KeyStoreResult> removed;
        store.remove(entryName(Mode::Live, KeyKind::SecretKey),
                     [&](const KeyStoreResult &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value() && removed.has_value(), 10000);
        QCOMPARE(errorName(read->error), QStringLiteral("no-keychain"));
        QVERIFY(value.isEmpty());
        QCOMPARE(errorName(removed->error), QStringLiteral("no-keychain"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-keychain-absent-test"));
    TestKeychainAbsent t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_keychain_absent.moc"
