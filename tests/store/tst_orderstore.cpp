// Orders, payment attempts, events, audit, cursors and settings: the store's API, run once on
// SQLite and once on PostgreSQL (HOLDFAST_STORE_BACKEND).
#include "store/auditlog.h"
#include "store/eventlog.h"
#include "store/keyvalues.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "store/refundlog.h"
#include "storefixture.h"

#include <QTest>

using namespace holdfast;
using namespace holdfast::store;
using Kind = StoreError::Kind;

namespace {

Order sampleOrder(const QString &name = QStringLiteral("Ada Lovelace"))
{
    Order o;
    o.mode = Mode::Test;
    o.state = OrderState::AwaitingPayment;
    o.customerName = name;
    o.customerPhone = QStringLiteral("+44 20 7946-0958");
    o.customerEmail = QStringLiteral("ada@example.org");
    o.currency = QStringLiteral("gbp");
    o.lines = {{QStringLiteral("Tea, 250 g"), 2, 450}, {QStringLiteral("Teapot"), 1, 2999}};
    o.notes = QStringLiteral("Ring twice");
    o.staffId = QStringLiteral("staff-7");
    return o;
}

AuditEntry by(const QString &actor, const QString &approvedBy = {})
{
    AuditEntry a;
    a.actor = actor;
    a.approvedBy = approvedBy;
    return a;
}

} // namespace

class TestOrderStore : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_fixture.cleanup(); }

    void urlsAreParsedAndPasswordsRefused()
    {
        const QString fallback = DatabaseUrl::defaultUrl();
        QVERIFY(fallback.startsWith(QLatin1String("sqlite:/")));
        QVERIFY(fallback.endsWith(QLatin1String("/holdfast.db")));
        auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://till@db.shop.lan:6543/orders?schema=north"));
        QVERIFY(pg);
        QCOMPARE(pg->backend, DatabaseUrl::Backend::Postgres);
        QCOMPARE(pg->user, QStringLiteral("till"));
        QCOMPARE(pg->host, QStringLiteral("db.shop.lan"));
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->database, QStringLiteral("orders"));
        QCOMPARE(pg->schema, QStringLiteral("north"));
        QCOMPARE(pg->toString(), QStringLiteral("postgresql://till@db.shop.lan:6543/orders?schema=north"));
        QString why;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://till:hunter2@h/db"), &why));
        QVERIFY(why.contains(QLatin1String("key store")));
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite:")));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/var/x.db"))->path, QStringLiteral("/var/x.db"));
    }

    void createStoresOrderLinesAndAudit()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto created = orders.create(sampleOrder(), QStringLiteral("staff-7"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail()));
        QCOMPARE(created->totalMinor, 3899);
        QCOMPARE(created->number, QString::number(created->id));
        QCOMPARE(created->version, 1);
        auto read = orders.get(created->id);
        QVERIFY(read);
        QCOMPARE(read->lines, sampleOrder().lines);
        QCOMPARE(read->state, OrderState::AwaitingPayment);
        QCOMPARE(read->mode, Mode::Test);
        QCOMPARE(read->customerPhone, QStringLiteral("+44 20 7946-0958"));
        QCOMPARE(read->total(), Money(3899, QStringLiteral("gbp")));
        auto timeline = AuditLog(db).forOrder(created->id);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->first().action, QStringLiteral("order.created"));
        QCOMPARE(timeline->first().amountMinor, std::optional<qint64>(3899));
        QCOMPARE(orders.get(999999).error().kind(), Kind::NotFound);
    }

    void refundsSettleForwardOnly()
    {
        // A pending refund counts as pending until Stripe settles it; an older report that still
        // says pending (events arrive in any order) never brings a settled refund back.
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        RefundLog refunds(db);
        auto refund = [](const QString &id, qint64 amount, const QString &status) {
            Refund r;
            r.id = id;
            r.paymentIntent = QStringLiteral("pi_refunds");
            r.amount = amount;
            r.currency = QStringLiteral("usd");
            r.status = status;
            return r;
        };
        QCOMPARE(refunds.pendingFor(QStringLiteral("pi_refunds")).value(), 0);
        QVERIFY(refunds.record(refund(QStringLiteral("re_1"), 2500, QStringLiteral("pending"))).ok());
        QVERIFY(refunds.record(refund(QStringLiteral("re_2"), 1000, QStringLiteral("pending"))).ok());
        QVERIFY(refunds.record(refund(QStringLiteral("re_3"), 700, QStringLiteral("succeeded"))).ok());
        QCOMPARE(refunds.pendingFor(QStringLiteral("pi_refunds")).value(), 3500);
        QVERIFY(refunds.record(refund(QStringLiteral("re_1"), 2500, QStringLiteral("succeeded"))).ok());
        QVERIFY(refunds.record(refund(QStringLiteral("re_1"), 2500, QStringLiteral("pending"))).ok()); // late
        QVERIFY(refunds.record(refund(QStringLiteral("re_2"), 1000, QStringLiteral("failed"))).ok());
        QCOMPARE(refunds.pendingFor(QStringLiteral("pi_refunds")).value(), 0);
        QCOMPARE(refunds.pendingFor(QStringLiteral("pi_other")).value(), 0);
        QVERIFY(!refunds.record(refund(QString(), 1, QStringLiteral("pending"))).ok());
    }

    void invalidOrdersAreRefused()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        Order bad = sampleOrder();
        bad.currency = QStringLiteral("xyz");
        QCOMPARE(orders.create(bad, QStringLiteral("s")).error().kind(), Kind::Invalid);
        bad = sampleOrder();
        bad.state = OrderState::Captured;
        QCOMPARE(orders.create(bad, QStringLiteral("s")).error().kind(), Kind::Invalid);
        bad = sampleOrder();
        bad.lines = {{QStringLiteral("huge"), std::numeric_limits<qint64>::max(), 2}};
        QCOMPARE(orders.create(bad, QStringLiteral("s")).error().kind(), Kind::Invalid);
    }

    void transitionFollowsStateMachineWithAudit()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("staff-7"));
        QVERIFY(o);
        AuditEntry audit = by(QStringLiteral("staff-7"));
        audit.reason = QStringLiteral("customer approved on phone");
        auto held = orders.transition(o->id, o->version, OrderState::Authorised, audit);
        QVERIFY2(held, qPrintable(held ? QString() : held.error().detail()));
        QCOMPARE(held->state, OrderState::Authorised);
        QCOMPARE(held->version, 2);
        AuditEntry capture = by(QStringLiteral("staff-7"), QStringLiteral("manager-1"));
        capture.action = QStringLiteral("capture");
        capture.amountMinor = 2000;
        capture.currency = QStringLiteral("gbp");
        auto captured = orders.transition(o->id, held->version, OrderState::PartiallyCaptured, capture);
        QVERIFY(captured);
        auto timeline = AuditLog(db).forOrder(o->id);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 3);
        QCOMPARE(timeline->at(1).detail, QStringLiteral("awaiting_payment → authorised"));
        QCOMPARE(timeline->at(1).reason, QStringLiteral("customer approved on phone"));
        QCOMPARE(timeline->at(2).action, QStringLiteral("capture"));
        QCOMPARE(timeline->at(2).approvedBy, QStringLiteral("manager-1"));
        QCOMPARE(timeline->at(2).amountMinor, std::optional<qint64>(2000));
    }

    void illegalTransitionIsRefusedAndChangesNothing()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        QVERIFY(o);
        auto r = orders.transition(o->id, o->version, OrderState::Refunded, by(QStringLiteral("s")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Kind::IllegalTransition);
        QVERIFY(!r.error().userMessage().isEmpty());
        QCOMPARE(orders.get(o->id)->state, OrderState::AwaitingPayment);
        QCOMPARE(orders.get(o->id)->version, 1);
        QCOMPARE(AuditLog(db).forOrder(o->id)->size(), 1);
        QCOMPARE(orders.transition(424242, 1, OrderState::Authorised, by(QStringLiteral("s"))).error().kind(),
                 Kind::NotFound);
    }

    void staleVersionIsAConflict()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        QVERIFY(orders.transition(o->id, o->version, OrderState::PaymentFailed, by(QStringLiteral("a"))));
        auto late = orders.transition(o->id, o->version, OrderState::Authorised, by(QStringLiteral("b")));
        QCOMPARE(late.error().kind(), Kind::Conflict);
        QVERIFY(late.error().userMessage().contains(QLatin1String("someone else")));
        // Whatever the version, the move is still checked and still atomic.
        QVERIFY(orders.transition(o->id, OrderStore::AnyVersion, OrderState::AwaitingPayment, by(QStringLiteral("events"))));
        QCOMPARE(orders.get(o->id)->version, 3);
    }

    void failedAuditRollsTheTransitionBack()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        auto r = orders.transition(o->id, o->version, OrderState::Authorised, AuditEntry{}); // no actor
        QVERIFY(!r);
        QCOMPARE(orders.get(o->id)->state, OrderState::AwaitingPayment);
        QCOMPARE(orders.get(o->id)->version, 1);
        QCOMPARE(db.transactionDepth(), 0);
    }

    void auditLogIsAppendOnly()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        QVERIFY(!db.execDirect(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
        QVERIFY(!db.execDirect(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(AuditLog(db).forOrder(o->id)->first().actor, QStringLiteral("s"));
    }

    void editingDetailsBeforePaymentOnly()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        Order changed = *o;
        changed.customerName = QStringLiteral("Grace Hopper");
        changed.lines = {{QStringLiteral("Compiler"), 1, 5000}};
        auto edited = orders.updateDetails(changed, QStringLiteral("s"));
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().detail()));
        QCOMPARE(edited->totalMinor, 5000);
        QCOMPARE(orders.get(o->id)->lines.size(), 1);
        QCOMPARE(orders.updateDetails(changed, QStringLiteral("s")).error().kind(), Kind::Conflict);
        OrderQuery q;
        q.search = QStringLiteral("hopp");
        QCOMPARE(orders.list(q)->size(), 1);
        q.search = QStringLiteral("lovelace");
        QCOMPARE(orders.list(q)->size(), 0);
        auto held = orders.transition(o->id, edited->version, OrderState::Authorised, by(QStringLiteral("s")));
        changed = *held;
        changed.notes = QStringLiteral("too late");
        QCOMPARE(orders.updateDetails(changed, QStringLiteral("s")).error().kind(), Kind::IllegalTransition);
    }

    void paymentAttemptsAreNumberedAndFindable()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        PaymentAttempts attempts(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        PaymentAttempt a;
        a.orderId = o->id;
        a.captureMethod = QStringLiteral("manual");
        a.amountMinor = o->totalMinor;
        auto first = attempts.add(a);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail()));
        auto second = attempts.add(a);
        QVERIFY(second);
        QCOMPARE(first->attemptNumber, 1);
        QCOMPARE(second->attemptNumber, 2);
        QCOMPARE(first->currency, QStringLiteral("gbp"));
        QVERIFY(first->idempotencyKeyBase.endsWith(QStringLiteral("-o%1-a1").arg(o->id)));
        QVERIFY(first->idempotencyKeyBase != second->idempotencyKeyBase);

        PaymentAttempt updated = *second;
        updated.paymentIntentId = QStringLiteral("pi_3OabcXYZ");
        updated.status = QStringLiteral("requires_capture");
        updated.amountAuthorisedMinor = 3899;
        updated.captureBefore = QDateTime(QDate(2030, 1, 8), QTime(12, 0), Qt::UTC);
        updated.lastError = QStringLiteral("previous decline");
        QVERIFY(attempts.update(updated));
        auto found = attempts.findByPaymentIntent(QStringLiteral("pi_3OabcXYZ"));
        QVERIFY(found);
        QCOMPARE(found->amountAuthorisedMinor, 3899);
        QCOMPARE(found->captureBefore, updated.captureBefore);
        QCOMPARE(found->lastError, QStringLiteral("previous decline"));
        QCOMPARE(orders.findByPaymentIntent(QStringLiteral("pi_3OabcXYZ"))->id, o->id);
        QCOMPARE(orders.findByPaymentIntent(QStringLiteral("pi_nope")).error().kind(), Kind::NotFound);
        QCOMPARE(attempts.forOrder(o->id)->size(), 2);
        OrderQuery q;
        q.search = QStringLiteral("PI_3OABC");
        QCOMPARE(orders.list(q)->size(), 1);
        a.orderId = 987654;
        QCOMPARE(attempts.add(a).error().kind(), Kind::NotFound);
    }

    void heldAuthorisationsSortedByDeadline()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        PaymentAttempts attempts(db);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3600).addMSecs(-QDateTime::currentMSecsSinceEpoch() % 1000);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            auto o = orders.create(sampleOrder(QStringLiteral("Holder %1").arg(i)), QStringLiteral("s"));
            QVERIFY(o);
            ids.append(o->id);
            if (i == 3)
                continue; // stays awaiting payment: not a hold
            PaymentAttempt a;
            a.orderId = o->id;
            a.captureMethod = QStringLiteral("manual");
            a.paymentIntentId = QStringLiteral("pi_hold%1").arg(i);
            if (i == 1)
                a.captureBefore = soon; // Stripe said: sooner than seven days
            QVERIFY(attempts.add(a));
            QVERIFY(orders.transition(o->id, o->version, OrderState::Authorised, by(QStringLiteral("s"))));
        }
        auto held = orders.heldAuthorisations(Mode::Test);
        QVERIFY2(held, qPrintable(held ? QString() : held.error().detail()));
        QCOMPARE(held->size(), 3);
        QCOMPARE(held->at(0).order.id, ids.at(1));
        QCOMPARE(held->at(0).captureDeadline, soon);
        QCOMPARE(held->at(0).attempt.paymentIntentId, QStringLiteral("pi_hold1"));
        QCOMPARE(held->at(1).order.id, ids.at(0));
        QVERIFY(qAbs(held->at(1).captureDeadline.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 60);
        QCOMPARE(held->at(2).order.id, ids.at(2));
        QCOMPARE(orders.heldAuthorisations(Mode::Live)->size(), 0);
    }

    void eventsAreStoredOnce()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        EventLog events(db);
        StoredEvent e;
        e.stripeEventId = QStringLiteral("evt_1");
        e.type = QStringLiteral("payment_intent.amount_capturable_updated");
        e.objectId = QStringLiteral("pi_1");
        e.created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        e.payload = R"({"id":"evt_1","data":{"object":{"id":"pi_1","amount":3899}}})";
        QCOMPARE(events.storeIfNew(e).value(), true);
        QCOMPARE(events.storeIfNew(e).value(), false);
        e.stripeEventId = QStringLiteral("evt_2");
        e.created = e.created.addSecs(5);
        QCOMPARE(events.storeIfNew(e).value(), true);
        QCOMPARE(events.countUnprocessed().value(), 2);
        QVERIFY(events.markProcessed(QStringLiteral("evt_1")));
        QCOMPARE(events.markProcessed(QStringLiteral("evt_x")).error().kind(), Kind::NotFound);
        auto pending = events.unprocessed();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().stripeEventId, QStringLiteral("evt_2"));
        auto stored = events.get(QStringLiteral("evt_1"));
        QVERIFY(stored->processed);
        QCOMPARE(stored->payload, e.payload.replace("evt_2", "evt_1"));
        QCOMPARE(stored->created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(events.forObject(QStringLiteral("pi_1"))->size(), 2);
        QCOMPARE(events.lastReceived()->stripeEventId, QStringLiteral("evt_2"));
    }

    void storingAnEventAndApplyingItShareOneTransaction()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        EventLog events(db);
        auto o = orders.create(sampleOrder(), QStringLiteral("s"));
        {
            Transaction tx(db);
            StoredEvent e;
            e.stripeEventId = QStringLiteral("evt_rolled_back");
            e.type = QStringLiteral("payment_intent.succeeded");
            QVERIFY(events.storeIfNew(e).value());
            QVERIFY(orders.transition(o->id, OrderStore::AnyVersion, OrderState::Paid, by(QStringLiteral("events"))));
            // no commit: both must vanish
        }
        QCOMPARE(events.get(QStringLiteral("evt_rolled_back")).error().kind(), Kind::NotFound);
        QCOMPARE(orders.get(o->id)->state, OrderState::AwaitingPayment);
    }

    void cursorsAndSettingsRoundTrip()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        SyncCursors cursors(db);
        QCOMPARE(cursors.get(QStringLiteral("events"))->isEmpty(), true);
        QVERIFY(cursors.set(QStringLiteral("events"), QStringLiteral("evt_10")));
        QVERIFY(cursors.set(QStringLiteral("events"), QStringLiteral("evt_11")));
        QCOMPARE(cursors.get(QStringLiteral("events")).value(), QStringLiteral("evt_11"));
        Settings settings(db);
        QCOMPARE(settings.value(QStringLiteral("shop.name"), QStringLiteral("none")).value(), QStringLiteral("none"));
        QVERIFY(settings.setValue(QStringLiteral("shop.name"), QStringLiteral("Tea & Co")));
        QCOMPARE(settings.value(QStringLiteral("shop.name")).value(), QStringLiteral("Tea & Co"));
        QCOMPARE(settings.value(QStringLiteral("database_id"))->size(), 32);
    }

private:
    test::StoreFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestOrderStore)
#include "tst_orderstore.moc"
