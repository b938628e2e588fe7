// The real checkout page in Qt WebEngine (offscreen) against a real sandbox: what a cashier and a
// customer do, end to end, and what the order says afterwards.
#include "clientfixture.h"
#include "tillharness.h"
#include "checkoutui/checkoutdialog.h"
#include "checkout/checkoutflow.h"
#include "checkoutui/checkoutview.h"
#include "store/database.h"
#include "store/orderstore.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace holdfast;
using checkout::PaymentRoute;
using ui::CheckoutDialog;

using test::runJs;
using test::waitForJs;

class TestCheckoutDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::SandboxProcess m_sandbox;
    std::unique_ptr<stripe::StripeClient> m_client;
    std::unique_ptr<store::Database> m_db;
    int m_dbCount = 0;

    qint64 newOrder(qint64 amount)
    {
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("L. Ortega");
        o.lines = {{QStringLiteral("Coffee beans"), 1, amount}};
        return store::OrderStore(*m_db).create(o, QStringLiteral("staff-1"))->id;
    }

    std::unique_ptr<CheckoutDialog> dialogFor(qint64 orderId)
    {
        ui::CheckoutEnvironment env;
        env.pageOrigin = m_sandbox.baseUrl();
        env.stripeJsUrl = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v3/")));
        env.publishableKey = QString::fromLatin1(test::SandboxProcess::publishableKey);
        auto *flow = new checkout::CheckoutFlow(*m_db, *m_client);
        flow->setFollowInterval(std::chrono::milliseconds(200));
        const Order order = store::OrderStore(*m_db).get(orderId).value();
        auto dialog = std::make_unique<CheckoutDialog>(flow, env, orderId, order.number, order.total().format());
        dialog->show();
        return dialog;
    }

    QWebEnginePage *pageOf(CheckoutDialog &dialog) { return dialog.checkoutView()->webView()->page(); }

    void waitForElement(CheckoutDialog &dialog)
    {
        QSignalSpy ready(dialog.checkoutView(), &ui::CheckoutView::ready);
        QVERIFY2(ready.wait(30000), "the Payment Element never reported ready");
    }

    void payWith(CheckoutDialog &dialog, const QString &method)
    {
        QWebEnginePage *page = pageOf(dialog);
        QVERIFY(waitForJs(page, QStringLiteral("!!document.querySelector('#hf-pm-%1')").arg(method)));
        runJs(page, QStringLiteral("document.querySelector('#hf-pm-%1').click();").arg(method));
        if (method == QLatin1String("card")) {
            runJs(page, QStringLiteral("var s=function(id,v){var e=document.querySelector(id);e.value=v;"
                                       "e.dispatchEvent(new Event('input',{bubbles:true}));};"
                                       "s('#hf-card-number','%1');s('#hf-card-expiry','12 / 34');s('#hf-card-cvc','123');")
                            .arg(m_cardNumber));
        }
        runJs(page, QStringLiteral("document.querySelector('#pay').click();"));
    }

    QString m_cardNumber = QStringLiteral("4242424242424242");

    void onAmazonPage(CheckoutDialog &dialog, const QString &button)
    {
        QWebEnginePage *page = pageOf(dialog);
        QVERIFY2(waitForJs(page, QStringLiteral("!!document.querySelector('#%1')").arg(button)),
                 "never reached the Amazon Pay test page");
        runJs(page, QStringLiteral("document.querySelector('#%1').click();").arg(button));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PaymentIntent>();
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = test::clientFor(m_sandbox);
    }

    void init()
    {
        QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200);
        auto opened = store::Database::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("d%1.db").arg(++m_dbCount)));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
    }

    void amazonPayApprovedIsHeld()
    {
        const qint64 id = newOrder(6000);
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::OnThisScreen, true);
        waitForElement(*dialog);
        payWith(*dialog, QStringLiteral("amazon_pay"));
        onAmazonPage(*dialog, QStringLiteral("hf-authorize"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Held $60.00")), 30000);
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::Authorised);
    }

    void declineIsShownAndAnotherWaySucceeds()
    {
        const qint64 id = newOrder(1250);
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::OnThisScreen, false);
        waitForElement(*dialog);
        payWith(*dialog, QStringLiteral("amazon_pay"));
        onAmazonPage(*dialog, QStringLiteral("hf-fail"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("checkoutRetry"))->isVisible(), 30000);
        QVERIFY(!dialog->resultText().isEmpty());
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::PaymentFailed);

        dialog->findChild<QPushButton *>(QStringLiteral("checkoutRetry"))->click();
        waitForElement(*dialog);
        payWith(*dialog, QStringLiteral("card"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Paid $12.50")), 30000);
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::Paid);
    }

    void declinedCardStaysOnThePage()
    {
        const qint64 id = newOrder(900);
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::OnThisScreen, false);
        waitForElement(*dialog);
        m_cardNumber = QStringLiteral("4000000000000002");
        QSignalSpy declined(dialog->checkoutView(), &ui::CheckoutView::declined);
        payWith(*dialog, QStringLiteral("card"));
        m_cardNumber = QStringLiteral("4242424242424242");
        QTRY_VERIFY_WITH_TIMEOUT(!declined.isEmpty(), 20000);
        QVERIFY(waitForJs(pageOf(*dialog), QStringLiteral("document.querySelector('#message').textContent.length > 0")));
        QVERIFY(store::OrderStore(*m_db).get(id)->state != OrderState::Paid);
    }

    void linkApprovedOnAnotherDevice()
    {
        const qint64 id = newOrder(6000);
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::CustomerPhone, true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->paymentLink().isValid(), 20000);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("paymentQrCode"))->pixmap().isNull());

        // The customer's phone: an unrelated browser page opening the link.
        QWebEnginePage phone;
        QSignalSpy loaded(&phone, &QWebEnginePage::loadFinished);
        phone.load(dialog->paymentLink());
        QVERIFY(loaded.wait(20000));
        QVERIFY(waitForJs(&phone, QStringLiteral("!!document.querySelector('#hf-authorize')")));
        runJs(&phone, QStringLiteral("document.querySelector('#hf-authorize').click();"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Held $60.00")), 30000);
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::Authorised);
    }

    void linkLapsesAfterTenMinutes()
    {
        const qint64 id = newOrder(6000);
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::CustomerPhone, true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->paymentLink().isValid(), 20000);
        QCOMPARE(m_sandbox.control("/_sandbox/clock/advance", QByteArrayLiteral("{\"seconds\": 660}")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("checkoutRetry"))->isVisible(), 30000);
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::PaymentFailed);
    }

    void closedMidRedirectIsReconciled()
    {
        const qint64 id = newOrder(6000);
        QString paymentIntentId;
        {
            auto dialog = dialogFor(id);
            dialog->start(PaymentRoute::OnThisScreen, true);
            waitForElement(*dialog);
            payWith(*dialog, QStringLiteral("amazon_pay"));
            QVERIFY(waitForJs(pageOf(*dialog), QStringLiteral("!!document.querySelector('#hf-authorize')")));
            paymentIntentId = store::OrderStore(*m_db).get(id).ok() ? QString() : QString();
            dialog->reject(); // the cashier closes the window while the customer is at Amazon
        }
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::AwaitingPayment);
        // The customer approves anyway (on the test page the dialog no longer shows).
        const auto list = test::listAll(*m_client, QStringLiteral("/v1/payment_intents"));
        QCOMPARE(list.size(), 1);
        paymentIntentId = list.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox.control("/_sandbox/amazon_pay/" + paymentIntentId.toLatin1() + "/authorize"), 200);
        // Opening the order's payment again reads Stripe first and finds the hold: nothing is charged twice.
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::OnThisScreen, true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Held $60.00")), 30000);
        QCOMPARE(store::OrderStore(*m_db).get(id)->state, OrderState::Authorised);
        QCOMPARE(test::listAll(*m_client, QStringLiteral("/v1/payment_intents")).size(), 1);
    }

    void hostileNavigationIsBlocked()
    {
        const qint64 id = newOrder(6000);
        auto dialog = dialogFor(id);
        dialog->start(PaymentRoute::OnThisScreen, true);
        waitForElement(*dialog);
        QSignalSpy blocked(dialog->checkoutView(), &ui::CheckoutView::navigationBlocked);
        QWebEnginePage *page = pageOf(*dialog);
        const QStringList hostile{QStringLiteral("https://evil.example/phish"), QStringLiteral("file:///etc/passwd"),
                                  QStringLiteral("https://js.stripe.com.evil.example/v3/"),
                                  QStringLiteral("http://127.0.0.1:9/other-port")};
        for (const QString &url : hostile) {
            page->load(QUrl(url));
            QTRY_VERIFY_WITH_TIMEOUT(blocked.size() >= 1, 10000);
            QCOMPARE(blocked.takeFirst().first().toUrl(), QUrl(url));
        }
        // The checkout is still there and usable.
        QVERIFY(runJs(page, QStringLiteral("!!document.querySelector('#payment-element')")).toBool());
        QVERIFY(runJs(page, QStringLiteral("location.origin")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    }
};

QTEST_MAIN(TestCheckoutDialog)
#include "tst_checkoutdialog.moc"
