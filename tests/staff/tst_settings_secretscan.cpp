// After keys are stored, every setting is written and staff are created, the settings file on disk
// holds no secret: no key, no webhook secret, no PostgreSQL password, no PIN. Log lines are redacted.
#include "diagnostics/redaction.h"
#include "keystore/inmemorykeystore.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "settings/settings.h"
#include "staff/inmemorystaffrepository.h"
#include "staff/staffaccounts.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <optional>

using namespace holdfast;
using namespace holdfast::keystore;

namespace {
QByteArray readAllUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestSettingsSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void noSecretReachesTheSettingsFile()
    {
        const StripeKeySet live{QStringLiteral("rk_live_51LiveRestrictedQ9x"),
                                QStringLiteral("pk_live_51LivePublishQ9x"),
                                QStringLiteral("whsec_LiveSigningQ9x")};
        const StripeKeySet test{
            QStringLiteral("sk_test_51TestSecretQ9x"), QStringLiteral("pk_test_51TestPublishQ9x"), {}};
        const QString dbPassword = QStringLiteral("pg-password-Q9x");
        const QString pin = QStringLiteral("570219");

        InMemoryKeyStore store;
        QSettings qsettings;
        KeyIndex index(&qsettings);
        StripeKeys keys(store, index);
        int saved = 0;
        keys.save(live, [&](const SaveResult &r) { saved += r.ok() ? 1 : 100; });
        keys.save(test, [&](const SaveResult &r) { saved += r.ok() ? 1 : 100; });
        std::optional<KeyStoreResult> pg;
        store.write(postgresPasswordEntry(), dbPassword, [&](const KeyStoreResult &r) { pg = r; });
        QTRY_COMPARE(saved, 2);
        QTRY_VERIFY(pg.has_value() && pg->ok());

        settings::Settings s(&qsettings);
        QVERIFY(s.setPostgresUrl(QUrl(QStringLiteral("postgresql://till@db.shop:5432/holdfast"))));
        QVERIFY(!s.setPostgresUrl(
            QUrl(QStringLiteral("postgresql://till:") + dbPassword + QStringLiteral("@db.shop/h"))));
        QVERIFY(s.setCheckoutOrigin(QUrl(QStringLiteral("https://pay.example.com"))));
        QVERIFY(s.setMode(Mode::Live));
        s.setShopName(QStringLiteral("Corner Shop"));
        s.setIdleLockMinutes(3);
        s.markStarted();

        staff::InMemoryStaffRepository repo;
        staff::StaffAccounts accounts(repo);
        QVERIFY(accounts.createFirstManager(QStringLiteral("Ada"), pin).ok());
        s.sync();

        QVERIFY(QFile::exists(s.fileName()));
        const QString scratch = qEnvironmentVariable("HOLDFAST_TEST_SCRATCH");
        QVERIFY(!scratch.isEmpty());
        const QByteArray onDisk = readAllUnder(scratch);
        QVERIFY(onDisk.contains("pay.example.com")); // the scan does read the settings
        QVERIFY(onDisk.contains("keychainIndex"));
        for (const QString &secret : {live.secretKey, live.publishableKey, live.webhookSecret, test.secretKey,
                                      test.publishableKey, dbPassword})
            QVERIFY(!onDisk.contains(secret.toUtf8()));
        for (const char *prefix :
             {"sk_test_", "sk_live_", "rk_live_", "rk_test_", "whsec_", "pg-password", "570219"})
            QVERIFY2(!onDisk.contains(prefix), prefix);
        QVERIFY(index.hasStripeKeys(Mode::Live) && index.hasStripeKeys(Mode::Test));
    }

    void logLinesAreRedacted()
    {
        const QString line = QStringLiteral("stored rk_live_51LiveRestrictedQ9x and whsec_LiveSigningQ9x");
        const QString redacted = redaction::redact(line);
        QVERIFY(!redacted.contains(QStringLiteral("51LiveRestrictedQ9x")));
        QVERIFY(!redacted.contains(QStringLiteral("LiveSigningQ9x")));
        QVERIFY(redacted.contains(QStringLiteral("rk_live_****")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    TestSettingsSecretScan t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_settings_secretscan.moc"
