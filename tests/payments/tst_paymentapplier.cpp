// The one path from Stripe's truth to the order: it follows its PaymentIntent forward, never
// backwards, with an audit row per move; records refunds; queues the post-payment action once.
#include "payments/paymentapplier.h"
#include "store/disputelog.h"
#include "store/hookqueue.h"
#include "store/refundlog.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;

class TestPaymentApplier : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    Order newOrder()
    {
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("usd");
        o.customerName = QStringLiteral("J. Smith");
        o.lines = {{QStringLiteral("Mug"), 2, 3000}};
        auto created = store::OrderStore(*m_db).create(o, QStringLiteral("staff-1"));
        if (!created.ok())
            qFatal("create failed: %s", qPrintable(created.error().detail()));
        return created.value();
    }

    PaymentAttempt newAttempt(const Order &order, const QString &pi)
    {
        PaymentAttempt a;
        a.orderId = order.id;
        a.paymentIntentId = pi;
        a.captureMethod = QStringLiteral("manual");
        a.currency = order.currency;
        a.amountMinor = order.totalMinor;
        auto added = store::PaymentAttempts(*m_db).add(a);
        if (!added.ok())
            qFatal("attempt failed: %s", qPrintable(added.error().detail()));
        return added.value();
    }

    // What an event tells: the PaymentIntent, and refunds known to add up to at least `refunded`.
    static payments::PaymentSnapshot snap(const PaymentIntent &pi, qint64 refunded)
    {
        payments::PaymentSnapshot s;
        s.paymentIntent = pi;
        s.refundedAtLeast = refunded;
        return s;
    }

    static Refund refund(const QString &id, const QString &pi, qint64 amount, const QString &status)
    {
        Refund r;
        r.id = id;
        r.paymentIntent = pi;
        r.amount = amount;
        r.currency = QStringLiteral("usd");
        r.status = status;
        r.created = QDateTime::currentDateTimeUtc();
        return r;
    }

    static PaymentIntent intent(const QString &id, PaymentIntent::Status status, qint64 received = 0)
    {
        PaymentIntent p;
        p.id = id;
        p.amount = 6000;
        p.currency = QStringLiteral("usd");
        p.status = status;
        p.captureMethod = PaymentIntent::CaptureMethod::Manual;
        p.amountCapturable = status == PaymentIntent::Status::RequiresCapture ? 6000 : 0;
        p.amountReceived = received;
        p.created = QDateTime::currentDateTimeUtc();
        return p;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = store::Database::open(
            QStringLiteral("sqlite:") +
            m_dir.filePath(QStringLiteral("t%1.db").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail()));
        m_db = std::move(opened).value();
    }

    void followsTheHoldThenPartialCapture()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_hold"));
        payments::PaymentApplier applier(*m_db);

        auto r = applier.apply(snap(intent(QStringLiteral("pi_hold"), PaymentIntent::Status::RequiresCapture), 0),
                               QStringLiteral("checkout"), QStringLiteral("returned"));
        QVERIFY(r.ok());
        QVERIFY(r->knownOrder);
        QCOMPARE(r->to, OrderState::Authorised);
        const auto attempt = store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_hold"));
        QCOMPARE(attempt->amountAuthorisedMinor, 6000);
        QVERIFY(attempt->captureBefore > QDateTime::currentDateTimeUtc().addDays(6));

        r = applier.apply(snap(intent(QStringLiteral("pi_hold"), PaymentIntent::Status::Succeeded, 4000), 0),
                          QStringLiteral("events"), QStringLiteral("payment_intent.succeeded"));
        QVERIFY(r.ok());
        QCOMPARE(r->to, OrderState::PartiallyCaptured);
        QCOMPARE(
            store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_hold"))->amountCapturedMinor,
            4000);

        // An older event arriving late changes nothing.
        r = applier.apply(snap(intent(QStringLiteral("pi_hold"), PaymentIntent::Status::RequiresCapture), 0),
                          QStringLiteral("events"),
                          QStringLiteral("payment_intent.amount_capturable_updated"));
        QVERIFY(r.ok());
        QVERIFY(r->stale);
        QCOMPARE(store::OrderStore(*m_db).get(order.id)->state, OrderState::PartiallyCaptured);

        const auto audit = store::AuditLog(*m_db).forOrder(order.id);
        int syncRows = 0;
        for (const AuditEntry &e : *audit)
            syncRows += e.action == QLatin1String("order.sync");
        QCOMPARE(syncRows, 2);
    }

    void missedEventsAreBridged()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_skip"));
        payments::PaymentApplier applier(*m_db);
        // Captured in the Dashboard while nobody watched: awaiting → authorised → captured.
        const auto r =
            applier.apply(snap(intent(QStringLiteral("pi_skip"), PaymentIntent::Status::Succeeded, 6000), 0),
                          QStringLiteral("reconcile"), QString());
        QVERIFY(r.ok());
        QCOMPARE(r->from, OrderState::AwaitingPayment);
        QCOMPARE(r->to, OrderState::Captured);
    }

    void findsTheAttemptByMetadataAfterACrash()
    {
        const Order order = newOrder();
        newAttempt(order, QString()); // the PaymentIntent id never got stored
        auto pi = intent(QStringLiteral("pi_orphan"), PaymentIntent::Status::RequiresCapture);
        pi.metadata.insert(QStringLiteral("order_id"), order.number);
        const auto r =
            payments::PaymentApplier(*m_db).apply(snap(pi, 0), QStringLiteral("reconcile"), QString());
        QVERIFY(r.ok());
        QVERIFY(r->knownOrder);
        QCOMPARE(r->to, OrderState::Authorised);
        QCOMPARE(store::OrderStore(*m_db).findByPaymentIntent(QStringLiteral("pi_orphan"))->id, order.id);
    }

    void unknownPaymentIntentIsReportedNotInvented()
    {
        const auto r = payments::PaymentApplier(*m_db).apply(snap(intent(QStringLiteral("pi_nobody"), PaymentIntent::Status::Succeeded, 6000), 0),
            QStringLiteral("events"), QString());
        QVERIFY(r.ok());
        QVERIFY(!r->knownOrder);
    }
    void moneyArrivingQueuesThePostPaymentActionOnce()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_paid"));
        payments::PaymentApplier applier(*m_db);
        // Held: no money in the shop's hands yet, nothing queued.
        auto r = applier.apply(snap(intent(QStringLiteral("pi_paid"), PaymentIntent::Status::RequiresCapture), 0),
                               QStringLiteral("checkout"), QStringLiteral("checkout"));
        QVERIFY(r.ok());
        QVERIFY(!r->hookQueued);
        QVERIFY(store::HookQueue(*m_db).marker(order.id)->isEmpty());
        // Captured: queued with the move, in the same transaction.
        r = applier.apply(snap(intent(QStringLiteral("pi_paid"), PaymentIntent::Status::Succeeded, 6000), 0),
                          QStringLiteral("staff-1"), QStringLiteral("capture"));
        QVERIFY(r.ok());
        QVERIFY(r->moneyArrived());
        QVERIFY(r->hookQueued);
        QVERIFY(store::HookQueue(*m_db).marker(order.id)->startsWith(QStringLiteral("queued:")));
        // The event that follows, and reconciliation after it, find the order there: nothing more.
        for (const char *actor : {"events", "reconcile"}) {
            r = applier.apply(payments::PaymentSnapshot::complete(
                                  intent(QStringLiteral("pi_paid"), PaymentIntent::Status::Succeeded, 6000), {}),
                              QString::fromLatin1(actor), QStringLiteral("again"));
            QVERIFY(r.ok());
            QVERIFY(!r->changed());
            QVERIFY(!r->hookQueued);
        }
        int queuedRows = 0;
        const auto timeline = store::AuditLog(*m_db).forOrder(order.id);
        QVERIFY(timeline.ok());
        for (const AuditEntry &e : *timeline)
            queuedRows += e.action == QLatin1String("hook.queued");
        QCOMPARE(queuedRows, 1);
        QCOMPARE(store::HookQueue(*m_db).inState(QStringLiteral("queued:"))->size(), 1);
    }

    void refundsAreRecordedAndCountedByOneRule()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_ref"));
        payments::PaymentApplier applier(*m_db);
        QVERIFY(applier.apply(snap(intent(QStringLiteral("pi_ref"), PaymentIntent::Status::Succeeded, 6000), 0),
                              QStringLiteral("events"), QString()));
        // A settled, a pending and a failed refund: 1000 + 500 refunded (500 pending), the failed
        // one gives nothing back.
        const QList<Refund> refunds{refund(QStringLiteral("re_a"), QStringLiteral("pi_ref"), 1000, QStringLiteral("succeeded")),
                                    refund(QStringLiteral("re_b"), QStringLiteral("pi_ref"), 500, QStringLiteral("pending")),
                                    refund(QStringLiteral("re_c"), QStringLiteral("pi_ref"), 2000, QStringLiteral("failed"))};
        const auto snapshot = payments::PaymentSnapshot::complete(
            intent(QStringLiteral("pi_ref"), PaymentIntent::Status::Succeeded, 6000), refunds);
        QCOMPARE(snapshot.refundedMinor(), 1500);
        QCOMPARE(snapshot.pendingRefundMinor(), 500);
        const auto r = applier.apply(snapshot, QStringLiteral("reconcile"), QStringLiteral("reconcile"));
        QVERIFY(r.ok());
        QCOMPARE(r->to, OrderState::PartiallyRefunded);
        QCOMPARE(store::PaymentAttempts(*m_db).findByPaymentIntent(QStringLiteral("pi_ref"))->amountRefundedMinor, 1500);
        QCOMPARE(store::RefundLog(*m_db).pendingFor(QStringLiteral("pi_ref")).value(), 500);
        // A refund of an order nobody knows is still recorded; nothing is invented.
        const auto unknown = applier.apply(
            payments::PaymentSnapshot::complete(intent(QStringLiteral("pi_other"), PaymentIntent::Status::Succeeded, 6000),
                                                {refund(QStringLiteral("re_x"), QStringLiteral("pi_other"), 100, QStringLiteral("pending"))}),
            QStringLiteral("reconcile"), QString());
        QVERIFY(unknown.ok());
        QVERIFY(!unknown->knownOrder);
        QCOMPARE(store::RefundLog(*m_db).pendingFor(QStringLiteral("pi_other")).value(), 100);
    }

    void anEventsLowerBoundNeverTakesARefundBack()
    {
        payments::PaymentSnapshot s;
        s.paymentIntent = intent(QStringLiteral("pi_lb"), PaymentIntent::Status::Succeeded, 6000);
        s.refundedAtLeast = 3000;
        s.refunds = {refund(QStringLiteral("re_1"), QStringLiteral("pi_lb"), 1000, QStringLiteral("succeeded"))};
        QCOMPARE(s.refundedMinor(), 3000); // an event shows one refund of several
        s.refundsComplete = true;
        QCOMPARE(s.refundedMinor(), 1000); // a list read from Stripe shows them all
        for (const char *status : {"pending", "requires_action", "succeeded"})
            QVERIFY(payments::PaymentSnapshot::refundCounts(QString::fromLatin1(status)));
        for (const char *status : {"failed", "canceled", ""})
            QVERIFY(!payments::PaymentSnapshot::refundCounts(QString::fromLatin1(status)));
        QCOMPARE(s.heldMinor(), 0);
        QCOMPARE(s.capturedMinor(), 6000);
        s.paymentIntent = intent(QStringLiteral("pi_lb"), PaymentIntent::Status::RequiresCapture);
        QCOMPARE(s.heldMinor(), 6000);
    }

    static Dispute dispute(const QString &status, qint64 amount = 6000)
    {
        Dispute d;
        d.id = QStringLiteral("du_1");
        d.paymentIntent = QStringLiteral("pi_dis");
        d.charge = QStringLiteral("ch_1");
        d.amount = amount;
        d.currency = QStringLiteral("usd");
        d.reason = QStringLiteral("fraudulent");
        d.status = status;
        d.created = QDateTime::currentDateTimeUtc();
        d.evidenceDueBy = d.created.addDays(21);
        return d;
    }

    QStringList disputeSteps(qint64 orderId)
    {
        QStringList steps;
        for (const AuditEntry &e : *store::AuditLog(*m_db).forOrder(orderId))
            if (e.action.startsWith(QLatin1String("dispute.")))
                steps.append(e.action);
        return steps;
    }

    // A dispute is recorded and told once per step, whatever order the reports come in; it never
    // moves the order or the money Holdfast shows as received, and queues no post-payment action.
    void disputesAreToldOnceAndNeverMovedBack()
    {
        const Order order = newOrder();
        newAttempt(order, QStringLiteral("pi_dis"));
        payments::PaymentApplier applier(*m_db);
        const PaymentIntent paid = intent(QStringLiteral("pi_dis"), PaymentIntent::Status::Succeeded, 6000);
        QVERIFY(applier.apply(payments::PaymentSnapshot::withoutRefunds(paid), QStringLiteral("events"), QStringLiteral("t")));
        const auto state = [&] { return store::OrderStore(*m_db).get(order.id)->state; };
        QCOMPARE(state(), OrderState::Captured);

        payments::PaymentSnapshot s = payments::PaymentSnapshot::withoutRefunds(paid);
        s.disputes = {dispute(QStringLiteral("needs_response"))};
        QCOMPARE(s.disputedMinor(), 6000);
        auto r = applier.apply(s, QStringLiteral("events"), QStringLiteral("charge.dispute.created evt_1"));
        QVERIFY(r && r->disputeChanged && !r->changed() && !r->hookQueued);
        // The same report again (funds_withdrawn carries the same status): nothing new.
        r = applier.apply(s, QStringLiteral("events"), QStringLiteral("charge.dispute.funds_withdrawn evt_2"));
        QVERIFY(r && !r->disputeChanged);
        // Closed before the update arrives: the late update changes nothing.
        s.disputes = {dispute(QStringLiteral("lost"))};
        QCOMPARE(s.disputedMinor(), 0);
        QCOMPARE(s.lostToDisputesMinor(), 6000);
        QVERIFY(applier.apply(s, QStringLiteral("events"), QStringLiteral("charge.dispute.closed evt_4"))->disputeChanged);
        s.disputes = {dispute(QStringLiteral("under_review"))};
        r = applier.apply(s, QStringLiteral("events"), QStringLiteral("charge.dispute.updated evt_3"));
        QVERIFY(r && !r->disputeChanged);
        QCOMPARE(disputeSteps(order.id), (QStringList{QStringLiteral("dispute.opened"), QStringLiteral("dispute.lost")}));
        const auto rows = store::DisputeLog(*m_db).forOrder(order.id);
        QVERIFY(rows.ok() && rows->size() == 1);
        QCOMPARE(rows->first().dispute.status, QStringLiteral("lost"));
        QVERIFY(rows->first().closedAt.isValid());
        QCOMPARE(state(), OrderState::Captured);
        QCOMPARE(store::PaymentAttempts(*m_db).forOrder(order.id)->last().amountCapturedMinor, 6000);
        QCOMPARE(store::HookQueue(*m_db).marker(order.id)->left(7), QStringLiteral("queued:"));

        // A dispute of a PaymentIntent no order knows is kept, and moves nothing.
        payments::PaymentSnapshot other =
            payments::PaymentSnapshot::withoutRefunds(intent(QStringLiteral("pi_stranger"), PaymentIntent::Status::Succeeded, 6000));
        Dispute d = dispute(QStringLiteral("needs_response"));
        d.id = QStringLiteral("du_2");
        d.paymentIntent = QStringLiteral("pi_stranger");
        other.disputes = {d};
        r = applier.apply(other, QStringLiteral("events"), QStringLiteral("t"));
        QVERIFY(r && !r->knownOrder);
        QCOMPARE(store::DisputeLog(*m_db).list(std::nullopt)->size(), 1); // listed only with an order
    }
};

QTEST_GUILESS_MAIN(TestPaymentApplier)
#include "tst_paymentapplier.moc"
