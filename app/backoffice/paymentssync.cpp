#include "backoffice/paymentssync.h"

#include "domain/paymentstate.h"
#include "domain/stripeobjects.h"
#include "payments/paymentapplier.h"
#include "payments/snapshotreader.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
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
    payments::readSnapshot(m_client, paymentIntentId, this,
                           [this, paymentIntentId](const payments::PaymentSnapshot *snapshot, const stripe::StripeError &error) {
                               if (!snapshot) {
                                   Q_EMIT reconciled(paymentIntentId, false, error.userMessage(), PaymentRow{});
                                   return;
                               }
                               const PaymentIntent &pi = snapshot->paymentIntent;
                               const auto applied = payments::PaymentApplier(m_db).apply(
                                   *snapshot, QStringLiteral("reconcile"), QStringLiteral("reconcile"));
                               if (!applied.ok()) {
                                   Q_EMIT reconciled(pi.id, false, applied.error().userMessage(), classify(pi));
                                   return;
                               }
                               QString message;
                               if (!applied->knownOrder)
                                   message = QCoreApplication::translate("PaymentsSync",
                                                                         "No order claims this payment; nothing to repair.");
                               else if (applied->stale)
                                   message = QCoreApplication::translate(
                                       "PaymentsSync", "The order is ahead of Stripe; it was left as it is.");
                               Q_EMIT reconciled(pi.id, applied->knownOrder && !applied->stale, message, classify(pi));
                           });
}

} // namespace holdfast::backoffice
