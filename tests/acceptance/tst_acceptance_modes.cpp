// Mode wiring, seen from outside: live mode never connects to a test server even when one is
// configured, test mode does; an unreadable keychain falls back to training with a notice that
// stays on screen; training runs without touching the keychain. The machine is prepared as an
// installer would (settings file, keychain entries) before the till starts.
#include "tillharness.h"

#include "application/applicationsetup.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "keystore/systemkeystore.h"
#include "mainwindow/mainwindow.h"
#include "settings/settings.h"
#include "testservices.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace holdfast;
using test::Till;

namespace {

using test::managerName;
using test::managerPin;

// Stands where a Stripe-compatible test server would be, and counts who connects.
class CountingServer : public QTcpServer
{
public:
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->close();
    }
};

bool storeKeys(const keystore::StripeKeySet &keys, QString *why)
{
    keystore::SystemKeyStore store;
    keystore::KeyIndex index;
    keystore::StripeKeys stripeKeys(store, index);
    bool done = false, ok = false;
    stripeKeys.save(keys, [&](const keystore::SaveResult &r) {
        done = true;
        ok = r.ok();
        *why = r.userMessage();
    });
    for (int i = 0; i < 750 && !done; ++i)
        QTest::qWait(20);
    return done && ok;
}

} // namespace

class TestAcceptanceModes : public QObject
{
    Q_OBJECT
    std::unique_ptr<Till> m_till;

    void signInFresh()
    {
        QVERIFY(m_till->start());
        QVERIFY2(m_till->createFirstManager(managerName, managerPin), qPrintable(m_till->lastError()));
        QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));
    }

    QString connectionText() const
    {
        auto *label = test::findVisibleAs<QLabel>(QStringLiteral("connectionStatus"), m_till->window());
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase() { ui::setUpApplication(*qApp); }
    void cleanup() { m_till.reset(); }

    void liveModeNeverConnectsToATestServer()
    {
        QString why;
        QVERIFY2(test::secretServiceAvailable(&why), qPrintable(why));
        CountingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        {
            settings::Settings s;
            QVERIFY(s.setCheckoutOrigin(QUrl(QStringLiteral("https://shop.example"))));
            QVERIFY(s.setTestApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))));
            QVERIFY2(storeKeys({QStringLiteral("sk_live_51AbCdEfGh"), QStringLiteral("pk_live_51AbCdEfGh"), {}}, &why),
                     qPrintable(why));
            QVERIFY2(s.setMode(Mode::Live, &why), qPrintable(why));
            s.sync();
        }
        m_till = std::make_unique<Till>();
        signInFresh();
        QCOMPARE(m_till->app().mode(), Mode::Live);
        QVERIFY2(connectionText().contains(QStringLiteral("api.stripe.com")), qPrintable(connectionText()));
        // The poller and the start-up reconciliation have had time to try Stripe.
        QTest::qWait(4000);
        QCOMPARE(server.connections, 0);
        QVERIFY(!m_till->window()->windowTitle().contains(QStringLiteral("TRAINING")));
    }

    // The same setting in test mode is used: the control for the case above.
    void testModeUsesTheConfiguredTestServer()
    {
        QString why;
        QVERIFY2(test::secretServiceAvailable(&why), qPrintable(why));
        CountingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        {
            settings::Settings s;
            QVERIFY(s.setTestApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))));
            QVERIFY2(storeKeys({QStringLiteral("sk_test_51AbCdEfGh"), QStringLiteral("pk_test_51AbCdEfGh"), {}}, &why),
                     qPrintable(why));
            QVERIFY(s.setMode(Mode::Test, &why));
            s.sync();
        }
        m_till = std::make_unique<Till>();
        signInFresh();
        QCOMPARE(m_till->app().mode(), Mode::Test);
        QTRY_VERIFY_WITH_TIMEOUT(server.connections > 0, 15000);
        QVERIFY(connectionText().contains(QString::number(server.serverPort())));
    }

    void unreadableKeychainFallsBackToTrainingWithANotice()
    {
        {
            settings::Settings s;
            QString why;
            QVERIFY(s.setMode(Mode::Test, &why));
            s.sync();
        }
        // No Secret Service on this session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/holdfast-test-bus");
        m_till = std::make_unique<Till>();
        QVERIFY(m_till->start());
        QVERIFY2(m_till->createFirstManager(managerName, managerPin), qPrintable(m_till->lastError()));
        auto *notice = test::findVisibleAs<QLabel>(QStringLiteral("signInNotice"), m_till->signInWindow());
        QVERIFY2(notice, "the sign-in window shows no notice");
        QVERIFY(notice->text().contains(QStringLiteral("training"), Qt::CaseInsensitive));
        QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));
        QCOMPARE(m_till->app().mode(), Mode::Training);
        QVERIFY(m_till->window()->windowTitle().contains(QStringLiteral("TRAINING")));
        auto *bar = test::findVisibleAs<QLabel>(QStringLiteral("noticeText"), m_till->window());
        QVERIFY2(bar, "the main window shows no notice");
        QVERIFY(bar->text().contains(QStringLiteral("Stripe keys")));
        QVERIFY(connectionText().contains(QStringLiteral("sandbox")));
    }

    void trainingRunsWithoutTheKeychain()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/holdfast-test-bus");
        m_till = std::make_unique<Till>();
        signInFresh();
        QCOMPARE(m_till->app().mode(), Mode::Training);
        QVERIFY(!test::findVisible(QStringLiteral("noticeText"), m_till->window()));
        QVERIFY(connectionText().contains(QStringLiteral("sandbox on 127.0.0.1:")));
    }
};

QTEST_MAIN(TestAcceptanceModes)
#include "tst_acceptance_modes.moc"
