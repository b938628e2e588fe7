// Two tills on one PostgreSQL database, one Stripe-compatible server (holdfast-sandbox) and
// holdfast-webhooks receiving its events: what one till does shows on the other within a second,
// and two managers pressing Capture on the same hold capture it once.
#include "tillharness.h"

#include "../events/sandboxstripe.h"
#include "../events/webhooksprocess.h"
#include "application/applicationsetup.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "keystore/systemkeystore.h"
#include "mainwindow/mainwindow.h"
#include "settings/settings.h"
#include "stripe/stripereply.h"
#include "testservices.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QWebEnginePage>

using namespace holdfast;
using test::Line;
using test::Till;

namespace {

using test::managerName;
using test::managerPin;
constexpr int ordersNumber = 0, ordersState = 3;

} // namespace

class TestAcceptanceTills : public QObject
{
    Q_OBJECT
    test::SandboxProcess m_sandbox;
    test::WebhooksProcess m_webhooks;
    std::unique_ptr<test::SandboxStripe> m_stripe;
    std::unique_ptr<Till> m_one;
    std::unique_ptr<Till> m_two;

    QString payOnPhone(Till &till, const QString &customer, const QString &price)
    {
        if (!till.fillNewOrder(customer, {{QStringLiteral("Item"), price}}, true, true))
            return QStringLiteral("!") + till.lastError();
        QWidget *dialog = till.checkoutDialog();
        auto *link = qobject_cast<QLabel *>(test::waitForVisible(QStringLiteral("paymentLink"), dialog));
        for (int i = 0; i < 1000 && link && link->text().isEmpty(); ++i)
            QTest::qWait(20);
        if (!link || link->text().isEmpty())
            return QStringLiteral("!no payment link");
        auto *header = dialog->findChild<QLabel *>(QStringLiteral("checkoutHeader"));
        const QString number = header->text().section(u' ', 1, 1);
        QWebEnginePage phone;
        QSignalSpy loaded(&phone, &QWebEnginePage::loadFinished);
        phone.load(QUrl(link->text()));
        if (!loaded.wait(20000) || !test::waitForJs(&phone, QStringLiteral("!!document.querySelector('#hf-authorize')")))
            return QStringLiteral("!the phone never showed Amazon Pay's page");
        test::runJs(&phone, QStringLiteral("document.querySelector('#hf-authorize').click();"));
        QElapsedTimer t;
        t.start();
        while (!till.checkoutResult().startsWith(QStringLiteral("Held ")) && t.elapsed() < 30000)
            QTest::qWait(20);
        if (!till.checkoutResult().startsWith(QStringLiteral("Held ")))
            return QStringLiteral("!checkout shows: ") + till.checkoutResult();
        return number;
    }

    int capturesAtStripe()
    {
        stripe::ListParams params;
        params.limit = 100;
        std::unique_ptr<stripe::StripeReply> r(m_stripe->client().listEvents(params, {QStringLiteral("charge.captured")}));
        test::SandboxStripe::wait(r.get());
        return r->list() ? int(r->list()->data.size()) : -1;
    }

    QString stateOn(Till &till, const QString &number)
    {
        return test::rowTexts(till.ordersTable(), ordersNumber, number).value(ordersState);
    }

    // Opens Capture on `till` for `number` with the PIN typed, ready for the button.
    QWidget *prepareCapture(Till &till, const QString &number)
    {
        till.goTo(Qt::Key_2);
        if (!test::clickRowSoon(till.heldTable(), 0, number))
            return nullptr;
        // Capture's shortcut in the Held place.
        test::activate(till.window());
        test::pressKey(till.heldTable(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *dialog = test::waitForVisible(QStringLiteral("captureDialog"), till.window(), 5000);
        if (!dialog)
            return nullptr;
        test::typeInto(test::findVisible(QStringLiteral("managerPin"), dialog), managerPin);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        ui::setUpApplication(*qApp);
        QString why;
        QVERIFY2(test::secretServiceAvailable(&why), qPrintable(why));
        const QString database = test::freshPostgresDatabase(&why);
        QVERIFY2(!database.isEmpty(), qPrintable(why));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_stripe = std::make_unique<test::SandboxStripe>(m_sandbox);
        const QByteArray secret = m_stripe->createWebhookEndpoint(m_webhooks.url(), {QStringLiteral("*")});
        QVERIFY(!secret.isEmpty());
        QVERIFY2(m_webhooks.start(database, {secret}), qPrintable(m_webhooks.firstLine()));
        // The shop's set-up on both tills: test mode on the shop's test server, one PostgreSQL.
        QVERIFY2(test::setUpTestModeOnPostgres(m_sandbox.baseUrl(), database, &why), qPrintable(why));

        m_one = std::make_unique<Till>();
        QVERIFY(m_one->start());
        QVERIFY2(m_one->createFirstManager(managerName, managerPin), qPrintable(m_one->lastError()));
        QVERIFY2(m_one->signIn(managerName, managerPin), qPrintable(m_one->lastError()));
        m_two = std::make_unique<Till>();
        QVERIFY(m_two->start());
        QVERIFY2(m_two->signIn(managerName, managerPin), qPrintable(m_two->lastError()));
        QCOMPARE(m_one->app().mode(), Mode::Test);
        QCOMPARE(m_two->app().mode(), Mode::Test);
    }

    void cleanupTestCase()
    {
        m_two.reset();
        m_one.reset();
    }

    // An order taken and a hold captured on till 1 show on till 2 within a second.
    void whatOneTillDoesTheOtherSees()
    {
        m_two->goTo(Qt::Key_1);
        const QString number = payOnPhone(*m_one, QStringLiteral("Ola Berg"), QStringLiteral("120.00"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(*m_two, number), QStringLiteral("Held"), 1000);
        QVERIFY(m_one->closeCheckout());

        const auto captured = m_one->capture(number, QStringLiteral("100.00"), managerPin);
        QVERIFY2(captured.opened && !captured.result.isEmpty(), qPrintable(m_one->lastError() + captured.problem));
        m_two->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(*m_two, number), QStringLiteral("Partially captured"), 1000);
        m_two->goTo(Qt::Key_2);
        QVERIFY(test::rowTexts(m_two->heldTable(), 0, number).isEmpty());
    }

    // Both tills press Capture on the same hold: one capture at Stripe; the other till says so.
    void bothTillsCaptureTheSameHoldOnce()
    {
        const QString number = payOnPhone(*m_one, QStringLiteral("Per Lund"), QStringLiteral("55.00"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        QVERIFY(m_one->closeCheckout());
        m_two->goTo(Qt::Key_2);
        QTRY_VERIFY_WITH_TIMEOUT(!test::rowTexts(m_two->heldTable(), 0, number).isEmpty(), 1000);
        const int capturesBefore = capturesAtStripe();

        QWidget *first = prepareCapture(*m_one, number);
        QVERIFY(first);
        QWidget *second = prepareCapture(*m_two, number);
        QVERIFY(second);
        QPointer<QWidget> a(first), b(second);
        test::click(test::findVisibleAs<QAbstractButton>(QStringLiteral("actionButton"), first));
        test::click(test::findVisibleAs<QAbstractButton>(QStringLiteral("actionButton"), second));

        // Each dialog ends with something a person can read: the result, or why nothing was done.
        const auto outcome = [](QWidget *dialog) {
            auto *result = test::findVisibleAs<QLabel>(QStringLiteral("result"), dialog);
            if (result)
                return result->text();
            auto *problem = test::findVisibleAs<QLabel>(QStringLiteral("problem"), dialog);
            auto *button = test::findVisibleAs<QAbstractButton>(QStringLiteral("actionButton"), dialog);
            return problem && button && button->isEnabled() ? problem->text() : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!outcome(a).isEmpty() && !outcome(b).isEmpty(), 30000);
        qInfo("till 1: %s", qPrintable(outcome(a)));
        qInfo("till 2: %s", qPrintable(outcome(b)));
        QVERIFY(!outcome(a).contains(u'{') && !outcome(b).contains(u'{'));

        QTRY_COMPARE_WITH_TIMEOUT(capturesAtStripe(), capturesBefore + 1, 10000);
        QTest::qWait(1000);
        QCOMPARE(capturesAtStripe(), capturesBefore + 1);
        for (QWidget *dialog : {a.data(), b.data()}) {
            if (auto *done = test::findVisibleAs<QAbstractButton>(QStringLiteral("doneButton"), dialog))
                test::click(done);
            else if (auto *close = test::findVisibleAs<QAbstractButton>(QStringLiteral("closeButton"), dialog))
                test::click(close);
        }
        // Both tills show the true state.
        m_one->goTo(Qt::Key_1);
        m_two->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(*m_one, number), QStringLiteral("Captured"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(*m_two, number), QStringLiteral("Captured"), 5000);
    }

    // Till 2's Events page knows holdfast-webhooks is receiving.
    void eventsPageSeesTheWebhookReceiver()
    {
        m_two->goTo(Qt::Key_4);
        auto *receiver = test::findVisibleAs<QLabel>(QStringLiteral("receiverStateLabel"), m_two->window());
        QVERIFY(receiver);
        QTRY_VERIFY_WITH_TIMEOUT(receiver->text().contains(QStringLiteral("Receiving webhooks at 127.0.0.1:%1").arg(m_webhooks.port())),
                                 10000);
        auto *last = test::findVisibleAs<QLabel>(QStringLiteral("lastEventLabel"), m_two->window());
        QTRY_VERIFY_WITH_TIMEOUT(!last->text().contains(QStringLiteral("None yet")), 10000);
    }
};

QTEST_MAIN(TestAcceptanceTills)
#include "tst_acceptance_tills.moc"
