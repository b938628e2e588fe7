// Brings every recent order in line with Stripe, at start and on demand: pages through the
// refunds, disputes and PaymentIntents of the last 30 days and applies each PaymentIntent through the one
// mapping (actor "reconcile", so each repair shows in the order's timeline). Stripe is the source
// of truth for money; the local database for orders.
#pragma once

#include "domain/clock.h"
#include "domain/dispute.h"
#include "domain/stripeobjects.h"
#include "stripe/stripeerror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <functional>

namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
class ListPager;
} // namespace holdfast::stripe

namespace holdfast::payments {
struct PaymentSnapshot;
}

namespace holdfast::events {

struct ReconcileReport
{
    int checked = 0;  // PaymentIntents looked at
    int repaired = 0; // orders that moved
    int unknown = 0;  // PaymentIntents no order knows
    int failed = 0;   // could not be applied (store errors)
    bool ok = true;   // false: the walk stopped early (error says why)
    QString error;    // translated
};

class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(stripe::StripeClient *client, store::Database &db, QObject *parent = nullptr);
    ~Reconciler() override;

    void setWindowDays(int days) { m_windowDays = days; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void start();
    bool isRunning() const { return m_running; }
    ReconcileReport lastReport() const { return m_report; }

Q_SIGNALS:
    void progress(int checked);
    void finished(const holdfast::events::ReconcileReport &report);

private:
    void walkDisputes();
    void walkPaymentIntents();
    // Disputes of PaymentIntents older than the window: each is read whole and applied.
    void rereadRemaining();
    void onPaymentIntents(const QJsonArray &page);
    // Applies one payment as read and counts what it did into the report.
    void apply(const payments::PaymentSnapshot &snapshot);
    void done(const stripe::StripeError &error);

    stripe::StripeClient *m_client;
    store::Database &m_db;
    Clock m_clock = systemClock();
    int m_windowDays = 30;
    qint64 m_since = 0;
    bool m_running = false;
    QPointer<stripe::ListPager> m_pager;
    QHash<QString, QList<Refund>> m_refunds; // payment_intent → its refunds in the window
    QHash<QString, QList<Dispute>> m_disputes; // payment_intent → its disputes opened in the window
    ReconcileReport m_report;
};

} // namespace holdfast::events

Q_DECLARE_METATYPE(holdfast::events::ReconcileReport)
