// The operations journal: one row per idempotency key, sent before the request leaves, finished
// with Stripe's request id; a retry is the same row; counts by kind and state.
#include "store/auditlog.h"
#include "store/operationsjournal.h"
#include "store/orderstore.h"
#include "storefixture.h"

#include <QTest>

using namespace holdfast;
using namespace holdfast::store;

class TestOperationsJournal : public QObject
{
    Q_OBJECT
    test::StoreFixture m_fixture;

    static qint64 newOrder(Database &db)
    {
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("eur");
        o.customerName = QStringLiteral("Jo Journal");
        o.totalMinor = 5000;
        return OrderStore(db).create(o, QStringLiteral("staff-1")).value().id;
    }

    static Operation op(qint64 orderId, const QString &kind, const QString &key, std::optional<qint64> amount)
    {
        Operation o;
        o.orderId = orderId;
        o.kind = kind;
        o.idempotencyKey = key;
        o.amountMinor = amount;
        o.staffId = QStringLiteral("staff-2");
        return o;
    }

private slots:
    void cleanupTestCase() { m_fixture.cleanup(); }

    void sentThenFinishedWithStripesRequestId()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        const qint64 order = newOrder(db);
        OperationsJournal journal(db);
        std::optional<Operation> before;
        QVERIFY(journal.sent(op(order, QStringLiteral("capture"), QStringLiteral("k-capture-5000"), 5000), &before));
        QVERIFY(!before);
        auto found = journal.find(QStringLiteral("k-capture-5000"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->state, Operation::State::Sent);
        QVERIFY((*found)->outcomeOpen());
        QCOMPARE((*found)->amountMinor, std::optional<qint64>(5000));
        QCOMPARE((*found)->staffId, QStringLiteral("staff-2"));
        QVERIFY(journal.finish(QStringLiteral("k-capture-5000"), Operation::State::Unknown));
        // The retry with the same key is the same row, back to sent, and remembers how it stood.
        QVERIFY(journal.sent(op(order, QStringLiteral("capture"), QStringLiteral("k-capture-5000"), 5000), &before));
        QVERIFY(before && before->state == Operation::State::Unknown);
        QVERIFY(journal.finish(QStringLiteral("k-capture-5000"), Operation::State::Done, QStringLiteral("req_123")));
        found = journal.find(QStringLiteral("k-capture-5000"));
        QCOMPARE((*found)->state, Operation::State::Done);
        QVERIFY(!(*found)->outcomeOpen());
        QCOMPARE((*found)->stripeRequestId, QStringLiteral("req_123"));
        // A later finish without an answer keeps the request id it had.
        QVERIFY(journal.finish(QStringLiteral("k-capture-5000"), Operation::State::Done));
        QCOMPARE((*journal.find(QStringLiteral("k-capture-5000")))->stripeRequestId, QStringLiteral("req_123"));
        QCOMPARE(journal.count(order, QStringLiteral("capture")).value(), 1);
        QVERIFY(!journal.finish(QStringLiteral("k-never-sent"), Operation::State::Done));
        QVERIFY(!journal.find(QStringLiteral("k-never-sent"))->has_value());
    }

    void refundsAreCountedByState()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        const qint64 order = newOrder(db);
        OperationsJournal journal(db);
        QVERIFY(journal.sent(op(order, QStringLiteral("refund"), QStringLiteral("k-refund-1000-seq-1"), 1000)));
        QVERIFY(journal.finish(QStringLiteral("k-refund-1000-seq-1"), Operation::State::Done));
        QVERIFY(journal.sent(op(order, QStringLiteral("refund"), QStringLiteral("k-refund-1000-seq-2"), 1000)));
        QVERIFY(journal.finish(QStringLiteral("k-refund-1000-seq-2"), Operation::State::Failed));
        QVERIFY(journal.sent(op(order, QStringLiteral("cancel"), QStringLiteral("k-cancel"), std::nullopt)));
        QCOMPARE(journal.count(order, QStringLiteral("refund"), Operation::State::Done).value(), 1);
        QCOMPARE(journal.count(order, QStringLiteral("refund")).value(), 2);
        QCOMPARE(journal.count(order, QStringLiteral("cancel"), Operation::State::Sent).value(), 1);
        QVERIFY(!(*journal.find(QStringLiteral("k-cancel")))->amountMinor);
        // Only the kinds Holdfast sends.
        QVERIFY(!journal.sent(op(order, QStringLiteral("payout"), QStringLiteral("k-payout"), 1)));
    }

    // A database from before the journal: its done refunds become journal rows, so the next refund
    // of such an order gets a key of its own, never the key of an earlier refund.
    void refundsFromBeforeTheJournalStillCount()
    {
        QString why;
        const QString url = m_fixture.freshUrl(&why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        qint64 order = 0;
        {
            DatabaseOptions v5;
            v5.migrateTo = 5;
            auto db = Database::open(url, {}, v5);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
            QCOMPARE((*db)->schemaVersion(), 5);
            order = newOrder(**db);
            for (const char *outcome : {"sent", "ok", "failed", "ok"}) {
                AuditEntry e;
                e.actor = QStringLiteral("staff-1");
                e.action = QStringLiteral("refund");
                e.orderId = order;
                e.amountMinor = 1000;
                e.outcome = QString::fromLatin1(outcome);
                QVERIFY(AuditLog(**db).append(e));
            }
        }
        auto db = Database::open(url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
        QVERIFY((*db)->schemaVersion() >= 6);
        QCOMPARE(OperationsJournal(**db).count(order, QStringLiteral("refund"), Operation::State::Done).value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOperationsJournal)
#include "tst_operationsjournal.moc"
