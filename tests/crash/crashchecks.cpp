#include "crashchecks.h"

#include "domain/paymentintent.h"
#include "domain/paymentstate.h"
#include "store/hookqueue.h"
#include "stripe/listpager.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QtDebug>
#include <functional>

namespace holdfast::crash {

namespace {

qint64 number(const QByteArray &line, const char *key)
{
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &part : line.split(' '))
        if (part.startsWith(prefix))
            return part.mid(prefix.size()).toLongLong();
    return 0;
}

QString text(const QByteArray &line, const char *key)
{
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &part : line.split(' '))
        if (part.startsWith(prefix))
            return QString::fromUtf8(part.mid(prefix.size()));
    return {};
}

bool countsAsRefunded(const QJsonObject &refund)
{
    const QString status = refund.value(QLatin1String("status")).toString();
    return status == QLatin1String("pending") || status == QLatin1String("succeeded");
}

// Runs a pager to the end, handing each page to `page`; false when it stopped on an error.
template <typename PageHandler>
bool drain(stripe::ListPager *pager, PageHandler page, QString *error)
{
    QEventLoop loop;
    QObject::connect(pager, &stripe::ListPager::pageReceived, &loop, page);
    QObject::connect(pager, &stripe::ListPager::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    pager->start();
    if (!pager->isFinished())
        loop.exec();
    const bool ok = pager->isOk();
    if (!ok && error)
        *error = pager->isFinished() ? pager->error().technicalDetail() : QStringLiteral("listing timed out");
    pager->cancel();
    pager->deleteLater();
    return ok;
}

struct OrderRow
{
    qint64 id = 0;
    QString number;
    QString state;
    qint64 total = 0;
};

struct AttemptRow
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString pi;
    QString status;
    QString captureMethod;
    qint64 amount = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
};

struct AuditRow
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString action;
    QString outcome;
    QString reason;
    QString detail;
    QString actor;
};

template <typename Row>
void readRows(store::Database &db, const QString &sql, Tally &tally, const std::function<Row(QSqlQuery &)> &make,
              QList<Row> *rows)
{
    auto q = db.exec(sql);
    tally.check(q.ok(), QStringLiteral("store_read_failed"), q.ok() ? QString() : q.error().detail());
    if (!q.ok())
        return;
    while ((*q)->next())
        rows->append(make(**q));
    (*q)->finish();
}

} // namespace

void Ledger::read(const QByteArray &line)
{
    if (line.startsWith("created ")) {
        createdOrders.insert(number(line, "order"));
        return;
    }
    if (!line.startsWith("ask "))
        return;
    ++asks;
    const QString pi = text(line, "pi");
    if (line.startsWith("ask capture "))
        captureAsks[pi].insert(number(line, "amount"));
    else if (line.startsWith("ask refund "))
        refundAsks[pi].insert({number(line, "amount"), int(number(line, "seq"))});
    else if (line.startsWith("ask cancel "))
        cancelAsks.insert(pi);
}

qint64 StripeSnapshot::refunded(const QString &pi) const
{
    qint64 sum = 0;
    for (const QJsonObject &r : refunds.value(pi))
        if (countsAsRefunded(r))
            sum += r.value(QLatin1String("amount")).toInteger();
    return sum;
}

QString StripeSnapshot::fingerprint(const QString &pi) const
{
    const QJsonObject o = paymentIntents.value(pi);
    QStringList parts{o.value(QLatin1String("status")).toString(),
                      QString::number(o.value(QLatin1String("amount")).toInteger()),
                      QString::number(o.value(QLatin1String("amount_capturable")).toInteger()),
                      QString::number(o.value(QLatin1String("amount_received")).toInteger()),
                      o.value(QLatin1String("cancellation_reason")).toString(),
                      o.value(QLatin1String("last_payment_error")).toObject().value(QLatin1String("code")).toString(),
                      QString::number(refunded(pi)), QString::number(refunds.value(pi).size())};
    return parts.join(u'|');
}

StripeSnapshot fetchSnapshot(stripe::StripeClient &client)
{
    StripeSnapshot s;
    stripe::ListParams params;
    QString error;
    const bool pis = drain(
        client.paginate(QStringLiteral("/v1/payment_intents"), params, {}, 1),
        [&s](const QJsonArray &page) {
            for (const QJsonValue &v : page)
                s.paymentIntents.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
        },
        &error);
    const bool refunds = pis && drain(
                                    client.paginate(QStringLiteral("/v1/refunds"), params, {}, 1),
                                    [&s](const QJsonArray &page) {
                                        for (const QJsonValue &v : page)
                                            s.refunds[v.toObject().value(QLatin1String("payment_intent")).toString()]
                                                .append(v.toObject());
                                    },
                                    &error);
    s.ok = pis && refunds;
    s.error = error;
    return s;
}

QList<QJsonObject> fetchEvents(stripe::StripeClient &client, qint64 createdGte, const QStringList &types, bool *ok)
{
    QList<QJsonObject> events;
    stripe::ListParams params;
    if (createdGte > 0)
        params.createdGte = createdGte;
    params.extra.addArray(QStringLiteral("types"), types);
    *ok = drain(
        client.paginate(QStringLiteral("/v1/events"), params, {}, 1),
        [&events](const QJsonArray &page) {
            for (const QJsonValue &v : page)
                events.append(v.toObject());
        },
        nullptr);
    return events;
}

void Tally::check(bool good, const QString &kind, const QString &detail)
{
    ++m_checks;
    if (good)
        return;
    ++m_failed;
    const QString key = kind + u'\n' + detail;
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    ++m_byKind[kind];
    if (++m_printed <= 40)
        qWarning().noquote() << "run" << m_run << "mismatch" << kind << ':' << detail;
}

int Tally::total() const
{
    int sum = 0;
    for (int n : m_byKind)
        sum += n;
    return sum;
}

int outOfStep(store::Database &db, const StripeSnapshot &stripe, const StripeSnapshot *earlier)
{
    // The latest attempt with a PaymentIntent, per order, against Stripe's copy.
    auto q = db.exec(QStringLiteral("SELECT o.state, a.payment_intent_id, a.status, a.amount_captured_minor, "
                                    "a.amount_refunded_minor FROM orders o JOIN payment_attempts a ON a.order_id = o.id "
                                    "WHERE a.payment_intent_id IS NOT NULL AND a.id = (SELECT max(b.id) FROM "
                                    "payment_attempts b WHERE b.order_id = o.id AND b.payment_intent_id IS NOT NULL)"));
    if (!q.ok())
        return -1;
    int count = 0;
    while ((*q)->next()) {
        const QString id = (*q)->value(1).toString();
        if (earlier && earlier->fingerprint(id) != stripe.fingerprint(id))
            continue;
        ParseError error;
        const auto pi = PaymentIntent::fromJson(stripe.paymentIntents.value(id), &error);
        if (!pi)
            continue;
        const qint64 refunded = stripe.refunded(id);
        count += (*q)->value(0).toString() != orderstate::name(paymentstate::targetFor(*pi, refunded))
                 || (*q)->value(2).toString() != PaymentIntent::statusName(pi->status)
                 || (*q)->value(4).toLongLong() != refunded
                 || (pi->status == PaymentIntent::Status::Succeeded && (*q)->value(3).toLongLong() != pi->amountReceived);
    }
    (*q)->finish();
    return count;
}

Unrecorded unrecordedOperations(store::Database &db, const StripeSnapshot &stripe)
{
    Unrecorded u;
    QHash<QString, qint64> orderOfPi;
    if (auto q = db.exec(QStringLiteral("SELECT payment_intent_id, order_id FROM payment_attempts "
                                        "WHERE payment_intent_id IS NOT NULL"));
        q.ok()) {
        while ((*q)->next())
            orderOfPi.insert((*q)->value(0).toString(), (*q)->value(1).toLongLong());
        (*q)->finish();
    }
    QHash<qint64, QHash<QString, int>> okRows; // order → action → "ok" rows
    if (auto q = db.exec(QStringLiteral("SELECT order_id, action FROM audit_log WHERE outcome = 'ok' "
                                        "AND action IN ('capture', 'cancel', 'refund')"));
        q.ok()) {
        while ((*q)->next())
            ++okRows[(*q)->value(0).toLongLong()][(*q)->value(1).toString()];
        (*q)->finish();
    }
    for (auto it = stripe.paymentIntents.cbegin(); it != stripe.paymentIntents.cend(); ++it) {
        if (!orderOfPi.contains(it.key()))
            continue;
        const auto &rows = okRows.value(orderOfPi.value(it.key()));
        const QJsonObject &pi = it.value();
        const bool manual = pi.value(QLatin1String("capture_method")).toString() == QLatin1String("manual");
        if (manual && pi.value(QLatin1String("amount_received")).toInteger() > 0 && !rows.value(QStringLiteral("capture")))
            ++u.captures;
        if (pi.value(QLatin1String("status")).toString() == QLatin1String("canceled")
            && pi.value(QLatin1String("cancellation_reason")).toString() != QLatin1String("automatic")
            && !rows.value(QStringLiteral("cancel")))
            ++u.cancels;
        u.refunds += qMax<int>(0, int(stripe.refunds.value(it.key()).size()) - rows.value(QStringLiteral("refund")));
    }
    return u;
}

bool integrityOk(store::Database &db, QString *detail)
{
    // PostgreSQL checks its own pages and enforces foreign keys on every write; the pragmas are SQLite's.
    if (db.backend() == store::Database::Backend::Postgres)
        return true;
    for (const QString &pragma : {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")}) {
        auto q = db.exec(pragma);
        if (!q.ok()) {
            *detail = q.error().detail();
            return false;
        }
        QStringList rows;
        while ((*q)->next()) {
            QStringList fields;
            for (int i = 0; i < (*q)->record().count(); ++i)
                fields.append((*q)->value(i).toString());
            rows.append(fields.join(u' '));
        }
        (*q)->finish();
        const bool good = pragma.endsWith(QLatin1String("integrity_check")) ? rows == QStringList{QStringLiteral("ok")}
                                                                           : rows.isEmpty();
        if (!good) {
            *detail = pragma + QStringLiteral(": ") + rows.mid(0, 5).join(QStringLiteral("; "));
            return false;
        }
    }
    return true;
}

void checkAll(store::Database &db, const Ledger &ledger, const StripeSnapshot &pre, const StripeSnapshot &post,
              const QList<QJsonObject> &newEvents, Memory &memory, Tally &tally)
{
    // --- What the store holds now.
    QList<OrderRow> orderRows;
    readRows<OrderRow>(db, QStringLiteral("SELECT id, number, state, total_minor FROM orders ORDER BY id"), tally,
                       [](QSqlQuery &q) {
                           return OrderRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toLongLong()};
                       },
                       &orderRows);
    QList<AttemptRow> attemptRows;
    readRows<AttemptRow>(db,
                         QStringLiteral("SELECT id, order_id, COALESCE(payment_intent_id, ''), status, capture_method, "
                                        "amount_minor, amount_captured_minor, amount_refunded_minor "
                                        "FROM payment_attempts ORDER BY id"),
                         tally,
                         [](QSqlQuery &q) {
                             return AttemptRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                               q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong(),
                                               q.value(6).toLongLong(), q.value(7).toLongLong()};
                         },
                         &attemptRows);
    QList<AuditRow> auditRows;
    readRows<AuditRow>(db,
                       QStringLiteral("SELECT id, COALESCE(order_id, 0), action, outcome, reason, detail, actor "
                                      "FROM audit_log ORDER BY id"),
                       tally,
                       [](QSqlQuery &q) {
                           return AuditRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                           q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                                           q.value(6).toString()};
                       },
                       &auditRows);
    QList<QPair<QString, bool>> eventRows;
    readRows<QPair<QString, bool>>(db, QStringLiteral("SELECT stripe_event_id, processed FROM events"), tally,
                                   [](QSqlQuery &q) {
                                       return QPair<QString, bool>{q.value(0).toString(), q.value(1).toInt() != 0};
                                   },
                                   &eventRows);

    QHash<qint64, OrderRow> orders;
    QHash<QString, qint64> orderByNumber;
    for (const OrderRow &o : orderRows) {
        orders.insert(o.id, o);
        orderByNumber.insert(o.number, o.id);
    }
    QHash<QString, AttemptRow> attemptByPi;
    QHash<qint64, QList<AttemptRow>> attemptsOf;
    for (const AttemptRow &a : attemptRows) {
        attemptsOf[a.orderId].append(a);
        if (!a.pi.isEmpty())
            attemptByPi.insert(a.pi, a);
    }

    // --- Nothing the driver saw committed is gone.
    for (qint64 id : ledger.createdOrders)
        tally.check(orders.contains(id), QStringLiteral("order_lost"), QStringLiteral("order %1").arg(id));
    qint64 stillThere = 0;
    qint64 maxId = 0;
    for (const AuditRow &r : auditRows) {
        stillThere += r.id <= memory.auditMaxId;
        maxId = qMax(maxId, r.id);
    }
    tally.check(stillThere == memory.auditCount, QStringLiteral("audit_rows_vanished"),
                QStringLiteral("%1 of %2 earlier rows left").arg(stillThere).arg(memory.auditCount));
    memory.auditMaxId = maxId;
    memory.auditCount = auditRows.size();

    // --- Every PaymentIntent at Stripe belongs to an attempt of the order its metadata names.
    QHash<qint64, int> stripeRefundsOfOrder;
    for (auto it = post.paymentIntents.cbegin(); it != post.paymentIntents.cend(); ++it) {
        const QString pi = it.key();
        const QString orderNumber =
            it.value().value(QLatin1String("metadata")).toObject().value(QLatin1String("order_id")).toString();
        tally.check(!orderNumber.isEmpty(), QStringLiteral("pi_without_order_id"), pi);
        const qint64 orderId = orderByNumber.value(orderNumber);
        tally.check(orderId != 0, QStringLiteral("pi_without_order"), pi + QStringLiteral(" names order ") + orderNumber);
        if (!orderId)
            continue;
        stripeRefundsOfOrder[orderId] += int(post.refunds.value(pi).size());
        if (attemptByPi.contains(pi)) {
            tally.check(attemptByPi.value(pi).orderId == orderId, QStringLiteral("pi_on_wrong_order"), pi);
            continue;
        }
        bool openAttempt = false;
        for (const AttemptRow &a : attemptsOf.value(orderId))
            openAttempt |= a.pi.isEmpty();
        // An attempt still without an id means recovery did not adopt the PaymentIntent; every
        // attempt already having one means Stripe made a second PaymentIntent for one of them.
        tally.check(false, openAttempt ? QStringLiteral("pi_not_adopted") : QStringLiteral("two_pis_for_one_attempt"),
                    QStringLiteral("%1 of order %2 (%3 attempts)").arg(pi).arg(orderId).arg(attemptsOf.value(orderId).size()));
    }

    // --- Every attempt agrees with its PaymentIntent, and Stripe did no more than was asked.
    QSet<qint64> capturedByAPerson; // orders whose hold was captured at Stripe
    for (const AttemptRow &a : attemptRows) {
        if (a.pi.isEmpty())
            continue;
        const OrderRow order = orders.value(a.orderId);
        tally.check(post.paymentIntents.contains(a.pi), QStringLiteral("attempt_pi_missing_at_stripe"), a.pi);
        if (!post.paymentIntents.contains(a.pi))
            continue;
        if (pre.fingerprint(a.pi) != post.fingerprint(a.pi)) {
            ++tally.unsettled; // it moved by itself while recovery ran; the next round checks it
            continue;
        }
        const QJsonObject json = post.paymentIntents.value(a.pi);
        ParseError parseError;
        const auto pi = PaymentIntent::fromJson(json, &parseError);
        tally.check(pi.has_value(), QStringLiteral("pi_unreadable"), a.pi);
        if (!pi)
            continue;
        const qint64 refunded = post.refunded(a.pi);
        const QString where = QStringLiteral("order %1 %2").arg(a.orderId).arg(a.pi);
        tally.check(a.status == PaymentIntent::statusName(pi->status), QStringLiteral("attempt_status"),
                    where + QStringLiteral(": store ") + a.status + QStringLiteral(", Stripe ") + PaymentIntent::statusName(pi->status));
        tally.check(a.amount == pi->amount, QStringLiteral("attempt_amount"), where);
        tally.check(order.total == pi->amount, QStringLiteral("pi_amount_vs_order"), where);
        if (pi->status == PaymentIntent::Status::Succeeded)
            tally.check(a.captured == pi->amountReceived, QStringLiteral("attempt_captured"),
                        where + QStringLiteral(": store %1, Stripe %2").arg(a.captured).arg(pi->amountReceived));
        tally.check(a.refunded == refunded, QStringLiteral("attempt_refunded"),
                    where + QStringLiteral(": store %1, Stripe %2").arg(a.refunded).arg(refunded));
        const QList<AttemptRow> &all = attemptsOf.value(a.orderId);
        qint64 latestWithPi = 0;
        for (const AttemptRow &other : all)
            if (!other.pi.isEmpty())
                latestWithPi = other.id;
        if (latestWithPi == a.id) {
            const QString target = orderstate::name(paymentstate::targetFor(*pi, refunded));
            tally.check(order.state == target, QStringLiteral("order_state"),
                        where + QStringLiteral(": store ") + order.state + QStringLiteral(", Stripe implies ") + target);
        }

        if (pi->amountReceived > 0 && pi->captureMethod == PaymentIntent::CaptureMethod::Manual)
            capturedByAPerson.insert(a.orderId);
        if (pi->amountReceived > 0) {
            if (pi->captureMethod == PaymentIntent::CaptureMethod::Manual)
                tally.check(ledger.captureAsks.value(a.pi).contains(pi->amountReceived), QStringLiteral("capture_not_asked"),
                            where + QStringLiteral(": captured %1").arg(pi->amountReceived));
            else
                tally.check(pi->amountReceived <= pi->amount, QStringLiteral("capture_exceeds_amount"), where);
        }
        tally.check(refunded <= pi->amountReceived, QStringLiteral("refund_exceeds_captured"),
                    where + QStringLiteral(": refunded %1 of %2").arg(refunded).arg(pi->amountReceived));
        // Each distinct request (amount and sequence: the idempotency key) may make one refund.
        QHash<qint64, int> asked;
        for (const auto &ask : ledger.refundAsks.value(a.pi))
            ++asked[ask.first];
        QHash<qint64, int> made;
        for (const QJsonObject &r : post.refunds.value(a.pi))
            ++made[r.value(QLatin1String("amount")).toInteger()];
        for (auto it = made.cbegin(); it != made.cend(); ++it)
            tally.check(it.value() <= asked.value(it.key()), QStringLiteral("refund_doubled_or_unasked"),
                        where + QStringLiteral(": %1 refund(s) of %2, %3 distinct request(s)")
                                    .arg(it.value())
                                    .arg(it.key())
                                    .arg(asked.value(it.key())));
        if (pi->status == PaymentIntent::Status::Canceled && pi->cancellationReason != QLatin1String("automatic"))
            tally.check(ledger.cancelAsks.contains(a.pi), QStringLiteral("cancel_not_asked"), where);
    }

    // --- The audit trail: one creation, an unbroken chain of moves ending where the order is, no
    // operation or event recorded twice.
    static const QRegularExpression move(QStringLiteral("^(\\w+) \\x{2192} (\\w+)(;|$)"));
    static const QRegularExpression eventReason(QStringLiteral("^\\S+ evt_\\S+$"));
    QHash<qint64, QList<AuditRow>> auditOf;
    for (const AuditRow &r : auditRows)
        if (r.orderId)
            auditOf[r.orderId].append(r);
    for (const OrderRow &order : orderRows) {
        const QList<AuditRow> rows = auditOf.value(order.id);
        const QString where = QStringLiteral("order %1").arg(order.id);
        int created = 0, captures = 0, cancels = 0, refunds = 0, hooks = 0;
        int capturesByStaff = 0, refundsByStaff = 0; // rows naming the person who sent the request
        QString at;
        bool chainOk = true;
        QString chainDetail;
        QSet<QString> eventMoves;
        for (const AuditRow &r : rows) {
            created += r.action == QLatin1String("order.created");
            captures += r.action == QLatin1String("capture") && r.outcome == QLatin1String("ok");
            cancels += r.action == QLatin1String("cancel") && r.outcome == QLatin1String("ok");
            refunds += r.action == QLatin1String("refund") && r.outcome == QLatin1String("ok");
            hooks += r.action == QLatin1String("hook.queued");
            const bool byStaff = r.actor.startsWith(QLatin1String("staff-"))
                                 && (r.outcome == QLatin1String("sent") || r.outcome == QLatin1String("ok"));
            capturesByStaff += byStaff && r.action == QLatin1String("capture");
            refundsByStaff += byStaff && r.action == QLatin1String("refund");
            const auto m = move.match(r.detail);
            if (!m.hasMatch())
                continue;
            const QString from = m.captured(1);
            if (at.isEmpty() && from != QLatin1String("awaiting_payment")) {
                chainOk = false;
                chainDetail = QStringLiteral("first move starts at ") + from;
            } else if (!at.isEmpty() && from != at && chainOk) {
                chainOk = false;
                chainDetail = QStringLiteral("row %1 moves from %2 after the order reached %3").arg(r.id).arg(from, at);
            }
            at = m.captured(2);
            if (eventReason.match(r.reason).hasMatch()) {
                const QString key = r.reason + u'|' + m.captured(0);
                tally.check(!eventMoves.contains(key), QStringLiteral("event_applied_twice"), where + u' ' + r.reason);
                eventMoves.insert(key);
            }
        }
        if (at.isEmpty())
            at = QStringLiteral("awaiting_payment");
        if (chainOk && at != order.state) {
            chainOk = false;
            chainDetail = QStringLiteral("moves end at %1, order is %2").arg(at, order.state);
        }
        tally.check(created == 1, QStringLiteral("audit_order_created"), where + QStringLiteral(": %1 rows").arg(created));
        tally.check(chainOk, QStringLiteral("audit_chain"), where + QStringLiteral(": ") + chainDetail);
        tally.check(captures <= 1, QStringLiteral("audit_capture_twice"), where);
        tally.check(cancels <= 1, QStringLiteral("audit_cancel_twice"), where);
        tally.check(refunds <= stripeRefundsOfOrder.value(order.id), QStringLiteral("audit_refund_twice"),
                    where + QStringLiteral(": %1 ok rows, %2 refunds at Stripe").arg(refunds).arg(stripeRefundsOfOrder.value(order.id)));
        // Money reached the order (paid, captured, refunded since): its post-payment action is queued
        // exactly once, whichever path saw the money first; an order money never reached has none.
        static const QStringList moneyArrived{QStringLiteral("paid"), QStringLiteral("captured"),
                                              QStringLiteral("partially_captured"), QStringLiteral("partially_refunded"),
                                              QStringLiteral("refunded")};
        const int wanted = moneyArrived.contains(order.state) ? 1 : 0;
        tally.check(hooks == wanted, QStringLiteral("hook_not_exactly_once"),
                    where + QStringLiteral(": %1 queued, order %2").arg(hooks).arg(order.state));
        // Money moved by a person is attributed to them even when Holdfast died before the answer.
        tally.check(!capturedByAPerson.contains(order.id) || capturesByStaff > 0,
                    QStringLiteral("audit_capture_unattributed"), where);
        tally.check(stripeRefundsOfOrder.value(order.id) == 0 || refundsByStaff > 0,
                    QStringLiteral("audit_refund_unattributed"), where);
    }

    // --- Events: each stored once, all processed, none lost, none vanished.
    QSet<QString> stored;
    for (const auto &e : eventRows) {
        tally.check(!stored.contains(e.first), QStringLiteral("event_stored_twice"), e.first);
        stored.insert(e.first);
        tally.check(e.second, QStringLiteral("event_unprocessed"), e.first);
    }
    for (const QString &id : std::as_const(memory.storedEvents))
        tally.check(stored.contains(id), QStringLiteral("event_vanished"), id);
    for (const QJsonObject &e : newEvents) {
        const QString id = e.value(QLatin1String("id")).toString();
        tally.check(stored.contains(id), QStringLiteral("event_lost"),
                    id + u' ' + e.value(QLatin1String("type")).toString());
    }
    memory.storedEvents = stored;
}

QHash<QString, int> readHookLog(const QString &logPath)
{
    QHash<QString, int> runs;
    QFile file(logPath);
    if (!file.open(QIODevice::ReadOnly))
        return runs;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            ++runs[QString::fromUtf8(line.trimmed())];
    return runs;
}

void checkHookRuns(store::Database &db, const QHash<QString, int> &runsByNumber, Tally &tally, int *interrupted, int *runs)
{
    static const QStringList moneyArrived{QStringLiteral("paid"), QStringLiteral("captured"),
                                          QStringLiteral("partially_captured"), QStringLiteral("partially_refunded"),
                                          QStringLiteral("refunded")};
    auto q = db.exec(QStringLiteral("SELECT id, number, state FROM orders ORDER BY id"));
    tally.check(q.ok(), QStringLiteral("store_read_failed"), QStringLiteral("orders for hooks"));
    if (!q.ok())
        return;
    QList<std::tuple<qint64, QString, QString>> orders;
    while ((*q)->next())
        orders.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString()});
    (*q)->finish();
    *interrupted = 0;
    *runs = 0;
    for (const auto &[id, number, state] : orders) {
        const auto marker = store::HookQueue(db).marker(id);
        const QString m = marker.ok() ? *marker : QString();
        const int ran = runsByNumber.value(number);
        *runs += ran;
        const QString where = QStringLiteral("order %1 (%2, hook %3): command ran %4 time(s)").arg(id).arg(state, m).arg(ran);
        tally.check(ran <= 1, QStringLiteral("hook_ran_twice"), where);
        // Recovery leaves nothing waiting: every claim is finished or reported interrupted.
        tally.check(!m.startsWith(QLatin1String("queued:")) && !m.startsWith(QLatin1String("started:")),
                    QStringLiteral("hook_left_pending"), where);
        if (m.startsWith(QLatin1String("interrupted:"))) {
            ++*interrupted; // killed while the command ran: it may have acted once; a person is told
            continue;
        }
        if (moneyArrived.contains(state))
            tally.check(ran == 1 && m == QLatin1String("done:exit code 0"), QStringLiteral("hook_not_run_once"), where);
        else
            tally.check(ran == 0, QStringLiteral("hook_ran_without_money"), where);
    }
}

} // namespace holdfast::crash
