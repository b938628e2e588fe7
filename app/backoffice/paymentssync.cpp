#include "backoffice/paymentssync.h"

#include "domain/paymentstate.h"
#include "domain/stripeobjects.h"
#include "events/paymentstateapplier.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "store/refundlog.h"
#include "stripe/stripeclient.h"

#include <QCoreApplication>

namespace holdfast::backoffice {

PaymentsSync::PaymentsSync(store::Database &db, stripe::StripeClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
{
}

PaymentsSync::~PaymentsSync()
{
    cancel();
}

PaymentRow PaymentsSync::classify(const PaymentIntent &pi) const
{
    PaymentRow row;
    row.pi = pi;
    const auto attempt = store::PaymentAttempts(m_db).findByPaymentIntent(pi.id);
    const auto order = attempt.ok() ? store::OrderStore(m_db).get(attempt->orderId) : store::OrderStore(m_db).findByPaymentIntent(pi.id);
    if (!order.ok()) {
        row.flag = PaymentRow::Flag::UnknownToOrders;
        return row;
    }
    row.orderId = order->id;
    row.orderNumber = order->number;
    row.orderState = order->state;
    row.expectedState = paymentstate::targetFor(pi, attempt.ok() ? attempt->amountRefundedMinor : 0);
    row.flag = row.expectedState == row.orderState ? PaymentRow::Flag::Matches : PaymentRow::Flag::Disagrees;
    return row;
}

void PaymentsSync::sync()
{
    cancel();
    if (!m_client) {
        Q_EMIT finished(false, QCoreApplication::translate("PaymentsSync", "Holdfast is not connected to Stripe."));
        return;
    }
    stripe::ListParams params;
    params.limit = 100;
    m_pager = m_client->paginate(QStringLiteral("/v1/payment_intents"), params);
    stripe::ListPager *pager = m_pager;
    connect(pager, &stripe::ListPager::pageReceived, this, [this](const QJsonArray &objects) {
        QList<PaymentRow> rows;
        rows.reserve(objects.size());
        for (const QJsonValue &v : objects) {
            ParseError error;
            if (const auto pi = PaymentIntent::fromJson(v.toObject(), &error))
                rows.append(classify(*pi));
        }
        Q_EMIT rowsReceived(rows);
    });
    connect(pager, &stripe::ListPager::finished, this, [this, pager] {
        pager->deleteLater();
        const bool ok = pager->isOk();
        Q_EMIT finished(ok, ok ? QString() : pager->error().userMessage());
    });
    Q_EMIT started();
    pager->start();
}

void PaymentsSync::cancel()
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager.clear();
    }
}

void PaymentsSync::reconcile(const QString &paymentIntentId)
{
    if (!m_client)
        return;
    stripe::StripeReply *reply = m_client->retrievePaymentIntent(paymentIntentId);
    connect(reply, &stripe::StripeReply::finished, this, [this, reply, paymentIntentId] {
        reply->deleteLater();
        const auto pi = reply->paymentIntent();
        if (!pi) {
            Q_EMIT reconciled(paymentIntentId, false, reply->error().userMessage(), PaymentRow{});
            return;
        }
        stripe::ListParams params;
        params.extra.add(QStringLiteral("payment_intent"), pi->id);
        stripe::StripeReply *refunds = m_client->listRefunds(params);
        connect(refunds, &stripe::StripeReply::finished, this, [this, refunds, p = *pi] {
            refunds->deleteLater();
            const auto list = refunds->list();
            if (!list) {
                Q_EMIT reconciled(p.id, false, refunds->error().userMessage(), classify(p));
                return;
            }
            qint64 refunded = 0;
            for (const QJsonValue &v : list->data) {
                ParseError error;
                const auto r = Refund::fromJson(v.toObject(), &error);
                if (r)
                    store::RefundLog(m_db).record(*r);
                if (r && r->status != QLatin1String("failed") && r->status != QLatin1String("canceled"))
                    refunded += r->amount;
            }
            const auto applied = events::PaymentStateApplier(m_db).apply(p, refunded, QStringLiteral("reconcile"),
                                                                         QStringLiteral("reconcile"));
            if (!applied.ok()) {
                Q_EMIT reconciled(p.id, false, applied.error().userMessage(), classify(p));
                return;
            }
            QString message;
            if (!applied->knownOrder)
                message = QCoreApplication::translate("PaymentsSync", "No order claims this payment; nothing to repair.");
            else if (applied->stale)
                message = QCoreApplication::translate("PaymentsSync", "The order is ahead of Stripe; it was left as it is.");
            Q_EMIT reconciled(p.id, applied->knownOrder && !applied->stale, message, classify(p));
        });
    });
}

} // namespace holdfast::backoffice
