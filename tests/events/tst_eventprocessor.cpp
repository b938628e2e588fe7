// Events applied to orders: once per event id, never backwards, unknown things kept, crashes resumed,
// and the post-payment hook due once per order.
#include "eventfixture.h"
#include "events/eventprocessor.h"
#include "events/postpaymenthook.h"
#include "store/auditlog.h"
#include "store/eventlog.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace holdfast;
using namespace holdfast::test;

class TestEventProcessor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_n = 0;

    store::Result<events::ProcessResult> handle(const QJsonObject &json)
    {
        return events::EventProcessor(*m_db).handle(parseEvent(json), raw(json));
    }
    int auditCount(qint64 orderId, const QString &action)
    {
        int n = 0;
        // The result must outlive the loop: ranging over *temporary() would read freed memory.
        const auto auditRows = store::AuditLog(*m_db).forOrder(orderId);
        for (const AuditEntry &e : *auditRows)
            n += e.action == action;
        return n;
    }
    OrderState stateOf(qint64 orderId) { return store::OrderStore(*m_db).get(orderId)->state; }

private slots:
    void init()
    {
        m_db = openDatabase(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("p%1.db").arg(++m_n)));
    }

    void duplicateEventsAreStoredAndAppliedOnce()
    {
        const Order order = newOrder(*m_db);
        newAttempt(*m_db, order, QStringLiteral("pi_dup"));
        const QJsonObject e =
            eventJson(QStringLiteral("evt_dup"), QStringLiteral("payment_intent.amount_capturable_updated"),
                      paymentIntentJson(QStringLiteral("pi_dup"), QStringLiteral("requires_capture")));
        auto first = handle(e);
        QVERIFY(first.ok());
        QVERIFY(!first->duplicate);
        QCOMPARE(first->applied.to, OrderState::Authorised);
        auto second = handle(e);
        QVERIFY(second.ok());
        QVERIFY(second->duplicate);
        QCOMPARE(auditCount(order.id, QStringLiteral("order.sync")), 1);
        QCOMPARE(*store::EventLog(*m_db).countUnprocessed(), 0);
        QVERIFY(store::EventLog(*m_db).get(QStringLiteral("evt_dup"))->processed);
    }

    void reversedOrderNeverMovesBackwards()
    {
        const Order order = newOrder(*m_db);
        newAttempt(*m_db, order, QStringLiteral("pi_rev"));
        // Captured arrives first, the older "ready to capture" second.
        QVERIFY(handle(eventJson(QStringLiteral("evt_2"), QStringLiteral("payment_intent.succeeded"),
                                 paymentIntentJson(QStringLiteral("pi_rev"), QStringLiteral("succeeded"),
                                                   6000, 6000),
                                 200))
                    .ok());
        QCOMPARE(stateOf(order.id), OrderState::Captured);
        const auto late = handle(
            eventJson(QStringLiteral("evt_1"), QStringLiteral("payment_intent.amount_capturable_updated"),
                      paymentIntentJson(QStringLiteral("pi_rev"), QStringLiteral("requires_capture")), 100));
        QVERIFY(late.ok());
        QVERIFY(late->applied.stale);
        QCOMPARE(stateOf(order.id), OrderState::Captured);
        const auto attempt = store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_rev"));
        QCOMPARE(attempt->status, QStringLiteral("succeeded"));
        QCOMPARE(attempt->amountCapturedMinor, 6000);
    }

    void chargeAndRefundEventsMoveMoneyForward()
    {
        const Order order = newOrder(*m_db);
        newAttempt(*m_db, order, QStringLiteral("pi_ch"));
        QVERIFY(handle(eventJson(QStringLiteral("evt_c1"), QStringLiteral("charge.succeeded"),
                                 chargeJson(QStringLiteral("ch_1"), QStringLiteral("pi_ch"), 0, 0)))
                    .ok());
        QCOMPARE(stateOf(order.id), OrderState::Authorised);
        QVERIFY(handle(eventJson(QStringLiteral("evt_c2"), QStringLiteral("charge.captured"),
                                 chargeJson(QStringLiteral("ch_1"), QStringLiteral("pi_ch"), 6000, 0)))
                    .ok());
        QCOMPARE(stateOf(order.id), OrderState::Captured);
        QVERIFY(handle(eventJson(QStringLiteral("evt_c3"), QStringLiteral("charge.refunded"),
                                 chargeJson(QStringLiteral("ch_1"), QStringLiteral("pi_ch"), 6000, 1000)))
                    .ok());
        QCOMPARE(stateOf(order.id), OrderState::PartiallyRefunded);
        // A refund event for the earlier, smaller refund does not lower the total.
        const QJsonObject refund{{QStringLiteral("id"), QStringLiteral("re_1")},
                                 {QStringLiteral("object"), QStringLiteral("refund")},
                                 {QStringLiteral("amount"), 1000},
                                 {QStringLiteral("payment_intent"), QStringLiteral("pi_ch")},
                                 {QStringLiteral("status"), QStringLiteral("succeeded")}};
        QVERIFY(handle(eventJson(QStringLiteral("evt_r1"), QStringLiteral("refund.updated"), refund)).ok());
        QCOMPARE(
            store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_ch"))->amountRefundedMinor,
            1000);
        QVERIFY(handle(eventJson(QStringLiteral("evt_c4"), QStringLiteral("charge.refunded"),
                                 chargeJson(QStringLiteral("ch_1"), QStringLiteral("pi_ch"), 6000, 6000)))
                    .ok());
        QCOMPARE(stateOf(order.id), OrderState::Refunded);
    }

    void eventsForUnknownPaymentIntentsAreKept()
    {
        const auto r = handle(eventJson(
            QStringLiteral("evt_stranger"), QStringLiteral("payment_intent.succeeded"),
            paymentIntentJson(QStringLiteral("pi_nobody"), QStringLiteral("succeeded"), 6000, 6000)));
        QVERIFY(r.ok());
        QVERIFY(!r->applied.knownOrder);
        QCOMPARE(r->paymentIntentId, QStringLiteral("pi_nobody"));
        const auto kept = store::EventLog(*m_db).forObject(QStringLiteral("pi_nobody"));
        QCOMPARE(kept->size(), 1);
        QVERIFY(kept->first().processed);
        const auto charge =
            handle(eventJson(QStringLiteral("evt_stranger_ch"), QStringLiteral("charge.captured"),
                             chargeJson(QStringLiteral("ch_x"), QStringLiteral("pi_nobody"), 6000, 0)));
        QVERIFY(charge.ok());
        QVERIFY(!charge->applied.knownOrder);
    }

    void unknownTypesAreStoredAndIgnored()
    {
        const auto r = handle(eventJson(QStringLiteral("evt_cus"), QStringLiteral("customer.created"),
                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("cus_1")},
                                                    {QStringLiteral("object"), QStringLiteral("customer")}}));
        QVERIFY(r.ok());
        QVERIFY(r->ignored);
        QCOMPARE(store::EventLog(*m_db).get(QStringLiteral("evt_cus"))->type,
                 QStringLiteral("customer.created"));
    }

    void aCrashBetweenStoringAndApplyingIsResumed()
    {
        const Order order = newOrder(*m_db);
        newAttempt(*m_db, order, QStringLiteral("pi_crash"));
        const QJsonObject json =
            eventJson(QStringLiteral("evt_crash"), QStringLiteral("payment_intent.amount_capturable_updated"),
                      paymentIntentJson(QStringLiteral("pi_crash"), QStringLiteral("requires_capture")));
        // What a process killed after storing leaves behind: stored, not processed.
        store::StoredEvent stored;
        stored.stripeEventId = QStringLiteral("evt_crash");
        stored.type = QStringLiteral("payment_intent.amount_capturable_updated");
        stored.objectId = QStringLiteral("pi_crash");
        stored.created = QDateTime::currentDateTimeUtc();
        stored.payload = raw(json);
        QVERIFY(*store::EventLog(*m_db).storeIfNew(stored));
        QCOMPARE(stateOf(order.id), OrderState::AwaitingPayment);
        const auto resumed = events::EventProcessor(*m_db).resume();
        QVERIFY(resumed.ok());
        QCOMPARE(*resumed, 1);
        QCOMPARE(stateOf(order.id), OrderState::Authorised);
        QCOMPARE(*store::EventLog(*m_db).countUnprocessed(), 0);
        // The same event redelivered later is a duplicate.
        QVERIFY(handle(json)->duplicate);
    }

    void aRedeliveryOfAnUnprocessedEventFinishesIt()
    {
        const Order order = newOrder(*m_db);
        newAttempt(*m_db, order, QStringLiteral("pi_redo"));
        const QJsonObject json =
            eventJson(QStringLiteral("evt_redo"), QStringLiteral("payment_intent.amount_capturable_updated"),
                      paymentIntentJson(QStringLiteral("pi_redo"), QStringLiteral("requires_capture")));
        store::StoredEvent stored;
        stored.stripeEventId = QStringLiteral("evt_redo");
        stored.type = QStringLiteral("payment_intent.amount_capturable_updated");
        stored.payload = raw(json);
        QVERIFY(*store::EventLog(*m_db).storeIfNew(stored));
        const auto r = handle(json);
        QVERIFY(!r->duplicate);
        QCOMPARE(stateOf(order.id), OrderState::Authorised);
    }

    void paymentQueuesTheHookOnceAndItRunsOnce()
    {
        const Order order = newOrder(*m_db);
        newAttempt(*m_db, order, QStringLiteral("pi_hook"));
        const auto paid = handle(
            eventJson(QStringLiteral("evt_h1"), QStringLiteral("payment_intent.succeeded"),
                      paymentIntentJson(QStringLiteral("pi_hook"), QStringLiteral("succeeded"), 6000, 6000)));
        QVERIFY(paid->hookQueued);
        QVERIFY(!handle(eventJson(QStringLiteral("evt_h2"), QStringLiteral("charge.captured"),
                                  chargeJson(QStringLiteral("ch_h"), QStringLiteral("pi_hook"), 6000, 0)))
                     ->hookQueued);
        QCOMPARE(*events::PostPaymentHook::pending(*m_db), QList<qint64>{order.id});

        const QString out = m_dir.filePath(QStringLiteral("hook-%1.json").arg(m_n));
        events::PostPaymentHook hook(*m_db);
        hook.setCommand(
            {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("cat >> \"$0\""), out});
        QSignalSpy finished(&hook, &events::PostPaymentHook::hookFinished);
        hook.runPending();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        hook.runPending();
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object(); // one document: ran once
        QCOMPARE(json.value(QLatin1String("number")).toString(), order.number);
        QCOMPARE(json.value(QLatin1String("total_minor")).toInteger(), 6000);
        QVERIFY(events::PostPaymentHook::marker(*m_db, order.id)->startsWith(QLatin1String("done:")));
        QCOMPARE(auditCount(order.id, QStringLiteral("hook.ran")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventProcessor)
#include "tst_eventprocessor.moc"
