// Turns Stripe events into order changes: each event stored once (by evt_ id, from the poller or a
// webhook alike), applied through PaymentStateApplier (forward only, so arrival order does not
// matter) and marked processed, all in one transaction. Unknown types are stored and ignored;
// events for PaymentIntents no order knows are kept for the Payments view. Stored events a crash
// left unprocessed are applied by resume().
#pragma once

#include "domain/stripeobjects.h"
#include "payments/paymentapplier.h"
#include "store/storeerror.h"

#include <QStringList>

namespace holdfast::store {
class Database;
}

namespace holdfast::events {

struct ProcessResult
{
    bool duplicate = false;  // stored and processed before: nothing done
    bool ignored = false;    // a type Holdfast does not act on (still stored)
    bool hookQueued = false; // the order just got paid: its post-payment hook is due
    QString paymentIntentId; // the PaymentIntent the event is about, when there is one
    payments::ApplyResult applied; // knownOrder false: no order claims the PaymentIntent
};

class EventProcessor
{
public:
    explicit EventProcessor(store::Database &db) : m_db(db) {}

    // The types Holdfast asks for (types[] for the poller, enabled_events for endpoints).
    static QStringList eventTypes();
    static bool acts(const QString &type);

    // Stores and applies one event in one transaction. rawJson is kept as received.
    store::Result<ProcessResult> handle(const StripeEvent &event, const QByteArray &rawJson);
    // Applies events stored but not processed (a crash between the two), oldest first.
    store::Result<int> resume(int limit = 500);

private:
    store::Result<ProcessResult> apply(const StripeEvent &event);

    store::Database &m_db;
};

// Builds the PaymentIntent an event implies. payment_intent.* carry it; charge.* and refund.*
// carry only part of it, so the rest comes from what Holdfast last knew of the attempt
// (`known`), and refunded totals only ever grow. Exposed for tests.
namespace eventmapping {
QString paymentIntentIdOf(const StripeEvent &event);
std::optional<PaymentIntent> impliedPaymentIntent(const StripeEvent &event, const PaymentAttempt &known,
                                                  qint64 *refundedMinor);
} // namespace eventmapping

} // namespace holdfast::events
