// The Payments view's source: the PaymentIntents of the client's mode as Stripe has them, newest
// first (auto-pagination), each matched with the order that claims it. Flags the ones no order knows
// and the ones whose order is in another state than Stripe implies; reconcile() repairs an order
// from Stripe through PaymentStateApplier (the one PaymentIntent→order mapping).
#pragma once

#include "domain/order.h"
#include "domain/paymentintent.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
class ListPager;
} // namespace holdfast::stripe

namespace holdfast::backoffice {

struct PaymentRow
{
    enum class Flag { Matches, UnknownToOrders, Disagrees };
    PaymentIntent pi;
    Flag flag = Flag::Matches;
    qint64 orderId = 0;
    QString orderNumber;
    OrderState orderState = OrderState::Draft;
    OrderState expectedState = OrderState::Draft; // what Stripe implies, by paymentstate::targetFor
};

class PaymentsSync : public QObject
{
    Q_OBJECT

public:
    PaymentsSync(store::Database &db, stripe::StripeClient *client, QObject *parent = nullptr);
    ~PaymentsSync() override;

    // Restarts from the newest; rows arrive page by page.
    void sync();
    void cancel();
    bool isRunning() const { return !m_pager.isNull(); }
    // Re-reads pi and its refunds from Stripe and applies them to the order.
    void reconcile(const QString &paymentIntentId);
    // The row for a PaymentIntent as the store has it now (after a reconcile, say).
    PaymentRow classify(const PaymentIntent &pi) const;

Q_SIGNALS:
    void started();
    void rowsReceived(const QList<holdfast::backoffice::PaymentRow> &rows);
    void finished(bool ok, const QString &message);
    void reconciled(const QString &paymentIntentId, bool ok, const QString &message,
                    const holdfast::backoffice::PaymentRow &row);

private:
    store::Database &m_db;
    QPointer<stripe::StripeClient> m_client;
    QPointer<stripe::ListPager> m_pager;
};

} // namespace holdfast::backoffice
