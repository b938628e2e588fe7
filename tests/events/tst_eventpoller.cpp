// The single-till path against a real sandbox: the poller catches up after a gap by paging, a
// hold expiring after 7 days (sandbox clock) reaches the order, charge and refund events are
// followed by a re-read, errors back off, and reconciliation repairs what nobody watched.
#include "eventfixture.h"
#include "events/eventpoller.h"
#include "events/eventprocessor.h"
#include "events/reconciler.h"
#include "sandboxstripe.h"
#include "store/auditlog.h"
#include "store/eventlog.h"
#include "store/keyvalues.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace holdfast;
using namespace holdfast::test;

class TestEventPoller : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxStripe> m_stripe;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<events::EventProcessor> m_processor;
    int m_n = 0;

    // An order with an attempt for a held Amazon Pay PaymentIntent, authorised by the "customer".
    std::pair<Order, QString> heldOrder(bool authorise = true)
    {
        const Order order = newOrder(*m_db);
        const QString pi = m_stripe->createAmazonPay(order.number);
        newAttempt(*m_db, order, pi);
        if (authorise && !m_stripe->authorize(pi))
            qWarning("authorize failed");
        return {order, pi};
    }
    bool poll(events::EventPoller &poller)
    {
        QSignalSpy done(&poller, &events::EventPoller::pollFinished);
        QSignalSpy failed(&poller, &events::EventPoller::pollFailed);
        poller.pollNow();
        for (int i = 0; i < 150 && done.isEmpty() && failed.isEmpty(); ++i)
            QTest::qWait(100);
        return !done.isEmpty();
    }
    OrderState stateOf(qint64 id) { return store::OrderStore(*m_db).get(id)->state; }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_stripe = std::make_unique<SandboxStripe>(m_sandbox);
    }
    void init()
    {
        QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200);
        m_db =
            openDatabase(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("poll%1.db").arg(++m_n)));
        m_processor = std::make_unique<events::EventProcessor>(*m_db);
    }

    void catchesUpAfterAGapByPaging()
    {
        const auto [order, pi] = heldOrder();
        // While the till was off: enough traffic for several pages (each create makes 2 events).
        for (int i = 0; i < 70; ++i)
            QVERIFY(!m_stripe->createAmazonPay(QString()).isEmpty());
        events::EventPoller poller(&m_stripe->client(), *m_db, *m_processor);
        QSignalSpy finished(&poller, &events::EventPoller::pollFinished);
        QVERIFY(poll(poller));
        QVERIFY2(finished.first().at(0).toInt() >= 143, qPrintable(finished.first().at(0).toString()));
        QCOMPARE(stateOf(order.id), OrderState::Authorised);
        QCOMPARE(*store::EventLog(*m_db).countUnprocessed(), 0);
        QVERIFY(!store::SyncCursors(*m_db).get(events::EventPoller::cursorName())->isEmpty());
        // Nothing new: the next poll stores nothing twice.
        QVERIFY(poll(poller));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        // More happens; the poller picks up only that.
        QCOMPARE(m_stripe->capture(pi).value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(poll(poller));
        QVERIFY(finished.last().at(0).toInt() >= 1);
        QCOMPARE(stateOf(order.id), OrderState::Captured);
    }

    void anExpiredHoldReachesTheOrder()
    {
        const auto [order, pi] = heldOrder();
        events::EventPoller poller(&m_stripe->client(), *m_db, *m_processor);
        QVERIFY(poll(poller));
        QCOMPARE(stateOf(order.id), OrderState::Authorised);
        QVERIFY(m_stripe->advanceClock(7 * 24 * 3600 + 60));
        QVERIFY(poll(poller));
        QCOMPARE(stateOf(order.id), OrderState::Expired);
        bool fromEvents = false;
        // The result must outlive the loop: ranging over *temporary() would read freed memory.
        const auto auditRows = store::AuditLog(*m_db).forOrder(order.id);
        for (const AuditEntry &e : *auditRows)
            fromEvents |= e.actor == QLatin1String("events") && e.detail.contains(QLatin1String("canceled"));
        QVERIFY(fromEvents);
    }

    void refundsAreReadBackFromStripe()
    {
        const auto [order, pi] = heldOrder();
        QCOMPARE(m_stripe->capture(pi).value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(m_stripe->refund(pi, 2500)
                    .value(QLatin1String("id"))
                    .toString()
                    .startsWith(QLatin1String("re_")));
        events::EventPoller poller(&m_stripe->client(), *m_db, *m_processor);
        QSignalSpy changed(&poller, &events::EventPoller::orderChanged);
        QVERIFY(poll(poller));
        QTRY_COMPARE(stateOf(order.id), OrderState::PartiallyRefunded);
        QTRY_COMPARE(store::PaymentAttempts(*m_db).findByPaymentIntent(pi)->amountRefundedMinor, 2500);
        QVERIFY(!changed.isEmpty());
    }

    void errorsBackOff()
    {
        stripe::StripeClient unreachable;
        unreachable.setSecretKey(QString::fromLatin1(SandboxProcess::secretKey));
        unreachable.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // discard port: refused
        stripe::RetryPolicy once;
        once.maxRetries = 0;
        unreachable.setRetryPolicy(once);
        events::EventPoller poller(&unreachable, *m_db, *m_processor);
        poller.setInterval(1000);
        QSignalSpy failed(&poller, &events::EventPoller::pollFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(poller.currentDelay(), 2000);
        QVERIFY(!poller.lastError().isEmpty());
        poller.stop();
    }

    void aCursorOlderThanThirtyDaysAsksForReconciliation()
    {
        QVERIFY(store::SyncCursors(*m_db).set(
            events::EventPoller::cursorName(),
            QString::number(QDateTime::currentSecsSinceEpoch() - 40 * 24 * 3600)));
        events::EventPoller poller(&m_stripe->client(), *m_db, *m_processor);
        QSignalSpy needed(&poller, &events::EventPoller::reconciliationNeeded);
        QVERIFY(poll(poller));
        QCOMPARE(needed.size(), 1);
    }

    void reconciliationRepairsWhatNobodyWatched()
    {
        const auto [captured, capturedPi] = heldOrder();
        QCOMPARE(m_stripe->capture(capturedPi, 4000).value(QLatin1String("status")).toString(),
                 QStringLiteral("succeeded"));
        const auto [held, heldPi] = heldOrder();
        const auto [cancelled, cancelledPi] = heldOrder(false);
        QVERIFY(
            !m_stripe
                 ->post(QStringLiteral("/v1/payment_intents/") + cancelledPi + QStringLiteral("/cancel"), {})
                 .isEmpty());
        m_stripe->createAmazonPay(QStringLiteral("no-such-order"));

        events::Reconciler reconciler(&m_stripe->client(), *m_db);
        QSignalSpy finished(&reconciler, &events::Reconciler::finished);
        reconciler.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto report = finished.first().at(0).value<events::ReconcileReport>();
        QVERIFY(report.ok);
        QCOMPARE(report.checked, 4);
        QCOMPARE(report.repaired, 3);
        QCOMPARE(report.unknown, 1);
        QCOMPARE(stateOf(captured.id), OrderState::PartiallyCaptured);
        QCOMPARE(stateOf(held.id), OrderState::Authorised);
        QCOMPARE(stateOf(cancelled.id), OrderState::Cancelled);
        bool byReconcile = false;
        // The result must outlive the loop: ranging over *temporary() would read freed memory.
        const auto auditRows = store::AuditLog(*m_db).forOrder(captured.id);
        for (const AuditEntry &e : *auditRows)
            byReconcile |= e.actor == QLatin1String("reconcile");
        QVERIFY(byReconcile);
        // A second run finds nothing to repair.
        reconciler.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(finished.last().at(0).value<events::ReconcileReport>().repaired, 0);
    }
};

QTEST_GUILESS_MAIN(TestEventPoller)
#include "tst_eventpoller.moc"
