// Every path on which money reaches an order, against a real holdfast-sandbox and a real store:
// the checkout paid at once, a manager's capture, an event, the poller, reconciliation and the
// Payments view's repair. Each leaves the order in the same state with the same amounts, and
// queues the shop's post-payment action exactly once, however many paths see the money after it.
#include "backoffice/endofday.h"
#include "backoffice/paymentssync.h"
#include "checkout/checkoutflow.h"
#include "events/eventpoller.h"
#include "events/eventprocessor.h"
#include "events/reconciler.h"
#include "holds/holdactions.h"
#include "officefixture.h"
#include "orders/orderdetail.h"
#include "orders/ordersmodel.h"
#include "store/auditlog.h"
#include "store/disputelog.h"
#include "store/hookqueue.h"
#include "store/refundlog.h"
#include "stripe/idempotencykey.h"

#include <QLabel>
#include <QTreeWidget>

#include <QJsonArray>
#include <QJsonDocument>

using namespace holdfast;

class TestMoneyPaths : public QObject
{
    Q_OBJECT
    test::OfficeFixture f;
    int m_key = 0;

    // The money taken at Stripe without Holdfast's till (the Dashboard, another till): the paths
    // below then find out about it.
    QString captureAtStripe(const Order &order)
    {
        const QString pi = store::PaymentAttempts(*f.db).forOrder(order.id)->last().paymentIntentId;
        std::unique_ptr<stripe::StripeReply> read(f.client->retrievePaymentIntent(pi));
        if (!f.wait(read.get()) || !read->paymentIntent())
            return {};
        std::unique_ptr<stripe::StripeReply> captured(
            f.client->capturePaymentIntent(*read->paymentIntent(), std::nullopt, QStringLiteral("test-capture-%1").arg(++m_key)));
        if (!f.wait(captured.get()) || !captured->isOk())
            return {};
        return pi;
    }

    int hooksQueued(qint64 orderId)
    {
        const auto timeline = store::AuditLog(*f.db).forOrder(orderId);
        int n = 0;
        for (const AuditEntry &e : *timeline)
            n += e.action == QLatin1String("hook.queued");
        return n;
    }

    // The order as every path must leave it: captured in full, the hold's money received, one
    // post-payment action queued.
    void expectCapturedOnce(const Order &order, const QString &path)
    {
        const Order now = store::OrderStore(*f.db).get(order.id).value();
        QVERIFY2(now.state == OrderState::Captured, qPrintable(path + QStringLiteral(": ") + orderstate::name(now.state)));
        const PaymentAttempt attempt = store::PaymentAttempts(*f.db).forOrder(order.id)->last();
        QCOMPARE(attempt.status, QStringLiteral("succeeded"));
        QCOMPARE(attempt.amountCapturedMinor, order.totalMinor);
        QCOMPARE(attempt.amountRefundedMinor, 0);
        QVERIFY2(hooksQueued(order.id) == 1, qPrintable(path + QStringLiteral(": %1 actions queued").arg(hooksQueued(order.id))));
        QVERIFY(store::HookQueue(*f.db).marker(order.id)->startsWith(QStringLiteral("queued:")));
    }

    bool handleEvents(const QString &pi, const QString &typePrefix = {})
    {
        // The events Stripe sent about this PaymentIntent, oldest first, as the webhook receiver
        // hands them over.
        stripe::ListParams params;
        std::unique_ptr<stripe::StripeReply> list(f.client->listEvents(params));
        if (!f.wait(list.get()) || !list->list())
            return false;
        QJsonArray data = list->list()->data;
        events::EventProcessor processor(*f.db);
        for (qsizetype i = data.size() - 1; i >= 0; --i) {
            const QJsonObject json = data.at(i).toObject();
            ParseError error;
            const auto event = StripeEvent::fromJson(json, &error);
            if (!event || events::eventmapping::paymentIntentIdOf(*event) != pi || !event->type.startsWith(typePrefix))
                continue;
            if (!processor.handle(*event, QJsonDocument(json).toJson(QJsonDocument::Compact)))
                return false;
        }
        return true;
    }

    bool poll()
    {
        events::EventProcessor processor(*f.db);
        events::EventPoller poller(f.client.get(), *f.db, processor);
        QSignalSpy done(&poller, &events::EventPoller::pollFinished);
        QSignalSpy failed(&poller, &events::EventPoller::pollFailed);
        QSignalSpy changed(&poller, &events::EventPoller::orderChanged);
        poller.pollNow();
        if (!done.wait(20000) && done.isEmpty())
            return false;
        // A charge event is followed by a re-read of the PaymentIntent and its refunds.
        QTest::qWait(300);
        return failed.isEmpty();
    }

    bool reconcile()
    {
        events::Reconciler reconciler(f.client.get(), *f.db);
        QSignalSpy done(&reconciler, &events::Reconciler::finished);
        reconciler.start();
        return done.wait(20000) && done.first().first().value<events::ReconcileReport>().ok;
    }

    bool repairFromPayments(const QString &pi)
    {
        backoffice::PaymentsSync sync(*f.db, f.client.get());
        QSignalSpy done(&sync, &backoffice::PaymentsSync::reconciled);
        sync.reconcile(pi);
        return done.wait(20000) && done.first().at(1).toBool();
    }

    bool captureByManager(const Order &order)
    {
        QSignalSpy done(f.operations.get(), &backoffice::HoldOperations::finished);
        f.operations->start({backoffice::OperationKind::Capture, order.id, f.manager,
                             staff::ManagerApproval{f.manager, f.managerPin}, {}});
        return done.wait(30000) && done.first().at(1).value<backoffice::OperationResult>().succeeded();
    }

    // After the first path, every other one sees the same money and adds nothing.
    void everyOtherPathAddsNothing(const Order &order, const QString &pi)
    {
        QVERIFY(handleEvents(pi));
        expectCapturedOnce(order, QStringLiteral("then events"));
        QVERIFY(poll());
        expectCapturedOnce(order, QStringLiteral("then the poller"));
        QVERIFY(reconcile());
        expectCapturedOnce(order, QStringLiteral("then reconciliation"));
        QVERIFY(repairFromPayments(pi));
        expectCapturedOnce(order, QStringLiteral("then the Payments repair"));
    }

    bool refundByManager(const Order &order, std::optional<qint64> amount)
    {
        QSignalSpy done(f.operations.get(), &backoffice::HoldOperations::finished);
        f.operations->start({backoffice::OperationKind::Refund, order.id, f.manager,
                             staff::ManagerApproval{f.manager, f.managerPin}, amount});
        return done.wait(30000) && done.first().at(1).value<backoffice::OperationResult>().succeeded();
    }

    // The order's only refund did not reach the customer; `learn` is the path that finds out.
    void failedRefund(qint64 total, std::optional<qint64> refund, OrderState before, const std::function<bool(const QString &)> &learn)
    {
        const Order order = f.heldOrder(total);
        QVERIFY(captureByManager(order));
        QVERIFY(refundByManager(order, refund));
        QCOMPARE(f.stateOf(order.id), before);
        const QString pi = store::PaymentAttempts(*f.db).forOrder(order.id)->last().paymentIntentId;
        stripe::ListParams params;
        params.extra.add(QStringLiteral("payment_intent"), pi);
        std::unique_ptr<stripe::StripeReply> list(f.client->listRefunds(params));
        QVERIFY(f.wait(list.get()) && list->list() && list->list()->data.size() == 1);
        const QString refundId = list->list()->data.first().toObject().value(QLatin1String("id")).toString();
        // Recorded as money going back: pending, or already settled (an Amazon Pay refund settles after
        // about a second of real time, sooner than a busy machine may get here).
        QVERIFY(payments::PaymentSnapshot::refundCounts(store::RefundLog(*f.db).statusOf(refundId).value()));
        QCOMPARE(f.sandbox->control("/_sandbox/refunds/" + refundId.toUtf8() + "/fail",
                                    "{\"failure_reason\":\"expired_or_canceled_card\"}"), 200);
        QVERIFY(learn(pi));

        // The money is back with the shop: captured again, nothing refunded, nothing pending.
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        const PaymentAttempt attempt = store::PaymentAttempts(*f.db).forOrder(order.id)->last();
        QCOMPARE(attempt.amountRefundedMinor, 0);
        QCOMPARE(attempt.amountCapturedMinor, total);
        QCOMPARE(store::RefundLog(*f.db).statusOf(refundId).value(), QStringLiteral("failed"));
        QCOMPARE(store::RefundLog(*f.db).pendingFor(pi).value(), 0);
        QCOMPARE(hooksQueued(order.id), 1); // the money never left twice, nor arrived twice
        // In front of a manager: the Refund failed filter and the timeline.
        store::OrderQuery query;
        query.refundFailed = true;
        bool listed = false;
        const auto attention = store::OrderStore(*f.db).list(query);
        QVERIFY(attention.ok());
        for (const Order &o : *attention)
            listed |= o.id == order.id;
        QVERIFY(listed);
        QWidget host;
        ui::HoldActions actions(*f.db, *f.operations, *f.accounts, f.manager, &host);
        ui::OrderDetail detail(*f.db, &actions);
        detail.showOrder(order.id);
        auto *timeline = detail.findChild<QTreeWidget *>(QStringLiteral("orderTimeline"));
        bool said = false;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            said |= timeline->topLevelItem(i)->text(2).startsWith(QStringLiteral("Refund failed"));
        QVERIFY2(said, "the timeline does not say the refund failed");
        auto *payments = detail.findChild<QTreeWidget *>(QStringLiteral("paymentAttempts"));
        QVERIFY(!payments->topLevelItem(0)->text(4).contains(QStringLiteral("pending")));
        // And the money can be refunded again.
        QVERIFY(refundByManager(order, std::nullopt));
        QCOMPARE(f.stateOf(order.id), OrderState::Refunded);
    }

    // What the till shows of the order's dispute: the Payment column of the Orders list, and the
    // order detail's dispute line.
    void expectShown(const Order &order, const QString &column, const QString &detailSays)
    {
        ui::OrdersModel model(*f.db);
        QString shown;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.orderIdAt(row) == order.id)
                shown = model.index(row, ui::OrdersModel::PaymentColumn).data().toString();
        QCOMPARE(shown, column);
        QWidget host;
        ui::HoldActions actions(*f.db, *f.operations, *f.accounts, f.manager, &host);
        ui::OrderDetail detail(*f.db, &actions);
        detail.showOrder(order.id);
        auto *line = detail.findChild<QLabel *>(QStringLiteral("orderDispute"));
        QVERIFY(line);
        QVERIFY2(line->accessibleName().contains(detailSays), qPrintable(line->accessibleName()));
    }

    // A customer's bank disputes the captured order, the shop answers, the bank decides `outcome`;
    // `learn` is the path that finds out each time.
    // `eachStep`: the path sees every step (events do); reconciliation sees only where it stands.
    void disputed(qint64 total, const QString &outcome, bool eachStep, const std::function<bool(const QString &)> &learn)
    {
        const Order order = f.heldOrder(total);
        QVERIFY(captureByManager(order));
        const QString pi = store::PaymentAttempts(*f.db).forOrder(order.id)->last().paymentIntentId;
        QByteArray reply;
        QCOMPARE(f.sandbox->control("/_sandbox/payment_intents/" + pi.toUtf8() + "/dispute",
                                    "{\"reason\":\"product_not_received\"}", &reply), 200);
        const QString disputeId = QJsonDocument::fromJson(reply).object().value(QLatin1String("id")).toString();
        QVERIFY(disputeId.startsWith(QLatin1String("du_")));
        QVERIFY(learn(pi));

        // Opened: the order shows it with the deadline, the Disputes place counts it, the state and
        // the money taken stay as Stripe has them.
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        auto rows = store::DisputeLog(*f.db).forOrder(order.id);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().dispute.id, disputeId);
        QCOMPARE(rows->first().dispute.status, QStringLiteral("needs_response"));
        QCOMPARE(rows->first().dispute.reason, QStringLiteral("product_not_received"));
        QCOMPARE(rows->first().dispute.amount, total);
        QVERIFY(rows->first().dispute.evidenceDueBy > QDateTime::currentDateTimeUtc().addDays(20));
        QCOMPARE(store::DisputeLog(*f.db).needingResponse(std::nullopt).value(), 1);
        expectShown(order, QStringLiteral("Disputed"), QStringLiteral("Send evidence in Stripe's Dashboard by"));
        store::OrderQuery query;
        query.disputed = true;
        const auto listed = store::OrderStore(*f.db).list(query);
        QVERIFY(listed.ok() && listed->size() == 1 && listed->first().id == order.id);
        // Stripe refuses to refund a charged-back payment: the order and its money stay put.
        QVERIFY(!refundByManager(order, std::nullopt));
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        QCOMPARE(store::PaymentAttempts(*f.db).forOrder(order.id)->last().amountRefundedMinor, 0);

        // The shop sent evidence, then the bank decided.
        QCOMPARE(f.sandbox->control("/_sandbox/disputes/" + disputeId.toUtf8(), "{\"status\":\"under_review\"}"), 200);
        QCOMPARE(f.sandbox->control("/_sandbox/disputes/" + disputeId.toUtf8(), "{\"status\":\"" + outcome.toUtf8() + "\"}"), 200);
        QVERIFY(learn(pi));
        rows = store::DisputeLog(*f.db).forOrder(order.id);
        QCOMPARE(rows->first().dispute.status, outcome);
        QVERIFY(rows->first().closedAt.isValid());
        QCOMPARE(store::DisputeLog(*f.db).needingResponse(std::nullopt).value(), 0);
        const bool lost = outcome == QLatin1String("lost");
        expectShown(order, lost ? QStringLiteral("Dispute lost") : QStringLiteral("Dispute won"), QStringLiteral("Product not received"));
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        QCOMPARE(hooksQueued(order.id), 1); // the money arrived once; a dispute queues nothing
        // The timeline tells each step, once, however many paths saw it.
        const auto timeline = store::AuditLog(*f.db).forOrder(order.id);
        QStringList steps;
        for (const AuditEntry &e : *timeline)
            if (e.action.startsWith(QLatin1String("dispute.")))
                steps.append(e.action);
        QStringList expected{QStringLiteral("dispute.opened"), QStringLiteral("dispute.updated"),
                             lost ? QStringLiteral("dispute.lost") : QStringLiteral("dispute.won")};
        if (!eachStep)
            expected.removeAt(1);
        QCOMPARE(steps, expected);
        // Every other path sees the same dispute and adds nothing.
        QVERIFY(handleEvents(pi));
        QVERIFY(poll());
        QVERIFY(reconcile());
        QCOMPARE(store::AuditLog(*f.db).forOrder(order.id)->size(), timeline->size());
        // End of day counts the money disputed today, and lost today.
        const auto day = backoffice::EndOfDay(*f.db).report(QDate::currentDate(), std::nullopt);
        QVERIFY(day.ok());
        QCOMPARE(day->totalFor(QStringLiteral("usd")).disputes, 1);
        QCOMPARE(day->totalFor(QStringLiteral("usd")).disputedMinor, total);
        QCOMPARE(day->totalFor(QStringLiteral("usd")).lostMinor, lost ? total : 0);
    }

    // A hold lapses at Stripe with `reason` as its cancellation_reason; `learn` finds out.
    void holdLapses(const QByteArray &reasonJson, const std::function<bool(const QString &)> &learn)
    {
        QCOMPARE(f.sandbox->control("/_sandbox/holds/expiry_reason", "{\"cancellation_reason\":" + reasonJson + "}"), 200);
        const Order order = f.heldOrder(5500);
        const QString pi = store::PaymentAttempts(*f.db).forOrder(order.id)->last().paymentIntentId;
        QCOMPARE(f.sandbox->control("/_sandbox/clock/advance", "{\"seconds\":" + QByteArray::number(8 * 24 * 3600) + "}"), 200);
        std::unique_ptr<stripe::StripeReply> read(f.client->retrievePaymentIntent(pi));
        QVERIFY(f.wait(read.get()) && read->paymentIntent());
        QCOMPARE(read->paymentIntent()->status, PaymentIntent::Status::Canceled);
        QVERIFY(learn(pi));
        QCOMPARE(f.stateOf(order.id), OrderState::Expired);
        QCOMPARE(hooksQueued(order.id), 0);
        ui::OrdersModel model(*f.db);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 5000);
        bool shown = false;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.orderIdAt(row) == order.id)
                shown = model.index(row, ui::OrdersModel::StateColumn).data().toString() == QStringLiteral("Expired");
        QVERIFY2(shown, "the Orders list does not say Expired");
        QCOMPARE(f.sandbox->control("/_sandbox/holds/expiry_reason", "{\"cancellation_reason\":\"automatic\"}"), 200);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PaymentIntent>();
        qRegisterMetaType<backoffice::OperationResult>();
        QVERIFY(f.open(true));
    }

    void checkoutPaidAtOnce()
    {
        const Order order = f.newOrder(4200);
        checkout::CheckoutFlow flow(*f.db, *f.client);
        QSignalSpy prepared(&flow, &checkout::CheckoutFlow::prepared);
        checkout::CheckoutOptions options;
        options.holdForCapture = false;
        options.returnUrl = QUrl(QStringLiteral("https://shop.invalid/return"));
        flow.prepare(order.id, checkout::PaymentRoute::CustomerPhone, options);
        QVERIFY(prepared.wait(20000));
        const QString pi = prepared.first().first().value<PaymentIntent>().id;
        QCOMPARE(f.sandbox->control("/_sandbox/amazon_pay/" + pi.toLatin1() + "/authorize"), 200);
        QSignalSpy outcome(&flow, &checkout::CheckoutFlow::outcome);
        flow.refresh();
        QVERIFY(outcome.wait(20000));
        const Order now = store::OrderStore(*f.db).get(order.id).value();
        QCOMPARE(now.state, OrderState::Paid);
        QCOMPARE(hooksQueued(order.id), 1); // the checkout saw the money first and queued it
        QVERIFY(handleEvents(pi));
        QVERIFY(poll());
        QVERIFY(reconcile());
        QVERIFY(repairFromPayments(pi));
        QCOMPARE(store::OrderStore(*f.db).get(order.id)->state, OrderState::Paid);
        QCOMPARE(hooksQueued(order.id), 1);
    }

    void managersCapture()
    {
        const Order order = f.heldOrder(6000);
        QCOMPARE(hooksQueued(order.id), 0); // a hold is not money yet
        QVERIFY(captureByManager(order));
        expectCapturedOnce(order, QStringLiteral("a manager's capture"));
        everyOtherPathAddsNothing(order, store::PaymentAttempts(*f.db).forOrder(order.id)->last().paymentIntentId);
    }

    void anEvent()
    {
        const Order order = f.heldOrder(6100);
        const QString pi = captureAtStripe(order);
        QVERIFY(!pi.isEmpty());
        QVERIFY(handleEvents(pi));
        expectCapturedOnce(order, QStringLiteral("an event"));
        everyOtherPathAddsNothing(order, pi);
    }

    void thePoller()
    {
        const Order order = f.heldOrder(6200);
        const QString pi = captureAtStripe(order);
        QVERIFY(!pi.isEmpty());
        QVERIFY(poll());
        expectCapturedOnce(order, QStringLiteral("the poller"));
        everyOtherPathAddsNothing(order, pi);
    }

    void reconciliation()
    {
        const Order order = f.heldOrder(6300);
        const QString pi = captureAtStripe(order);
        QVERIFY(!pi.isEmpty());
        QVERIFY(reconcile());
        expectCapturedOnce(order, QStringLiteral("reconciliation"));
        everyOtherPathAddsNothing(order, pi);
    }

    void aFailedRefundSeenByEvents()
    {
        failedRefund(7000, std::nullopt, OrderState::Refunded, [this](const QString &pi) { return handleEvents(pi); });
    }

    void aFailedPartialRefundSeenByThePoller()
    {
        failedRefund(7100, 2500, OrderState::PartiallyRefunded, [this](const QString &) { return poll(); });
    }

    void aFailedRefundSeenByReconciliation()
    {
        failedRefund(7200, std::nullopt, OrderState::Refunded, [this](const QString &) { return reconcile(); });
    }

    void aHoldLapsingWithoutStripesWordSeenByAPaymentIntentEvent()
    {
        // Only the payment_intent.canceled event: no charge.expired to say "expired" for it.
        holdLapses("null", [this](const QString &pi) { return handleEvents(pi, QStringLiteral("payment_intent.")); });
    }

    void aHoldLapsingWithAnotherReasonSeenByReconciliation()
    {
        holdLapses("\"expired\"", [this](const QString &) { return reconcile(); });
    }

    void aHoldLapsingSeenByThePoller()
    {
        holdLapses("null", [this](const QString &) { return poll(); });
    }

    void aDisputeLostSeenByEvents()
    {
        disputed(7300, QStringLiteral("lost"), true, [this](const QString &pi) { return handleEvents(pi); });
    }

    void aDisputeWonSeenByThePoller()
    {
        disputed(7400, QStringLiteral("won"), true, [this](const QString &) { return poll(); });
    }

    void aDisputeLostSeenByReconciliation()
    {
        disputed(7500, QStringLiteral("lost"), false, [this](const QString &) { return reconcile(); });
    }

    void thePaymentsRepair()
    {
        const Order order = f.heldOrder(6400);
        const QString pi = captureAtStripe(order);
        QVERIFY(!pi.isEmpty());
        QVERIFY(repairFromPayments(pi));
        expectCapturedOnce(order, QStringLiteral("the Payments repair"));
        everyOtherPathAddsNothing(order, pi);
    }
};

QTEST_MAIN(TestMoneyPaths)
#include "tst_moneypaths.moc"
