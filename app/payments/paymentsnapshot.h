// A payment as Stripe has it: the PaymentIntent and its refunds, read together, with the one rule
// for each amount. Every path that brings an order in line with Stripe (checkout, a manager's
// capture, cancel or refund, an event, the poller, reconciliation, the Payments view's repair)
// builds one of these and hands it to PaymentApplier.
#pragma once

#include "domain/dispute.h"
#include "domain/paymentintent.h"
#include "domain/stripeobjects.h"

#include <QList>

namespace holdfast::payments {

struct PaymentSnapshot
{
    PaymentIntent paymentIntent;
    // The refunds seen. When refundsComplete, all of the PaymentIntent's refunds (a list read from
    // Stripe); otherwise only some (one in an event) and refundedAtLeast carries what else is known.
    QList<Refund> refunds;
    bool refundsComplete = false;
    qint64 refundedAtLeast = 0;
    // The disputes seen: all of them when read from Stripe, one when an event tells of it. Empty when
    // none is known (a PaymentIntent that never succeeded has none).
    QList<Dispute> disputes;

    // A refund that moved or is moving money back: pending, requires_action or succeeded. A failed
    // or cancelled refund gives nothing back.
    static bool refundCounts(const QString &status);
    static bool refundPending(const QString &status);

    // What the order shows as refunded (pending ones included, as Stripe's Dashboard does).
    qint64 refundedMinor() const;
    // Of that, what has not settled yet (Amazon Pay refunds can stay pending for days).
    qint64 pendingRefundMinor() const;
    // Held for capture now, and captured so far.
    qint64 heldMinor() const;
    qint64 capturedMinor() const;
    // Taken back by the customer's bank while a chargeback is open (an inquiry takes nothing), and
    // lost for good to disputes the bank decided for the customer.
    qint64 disputedMinor() const;
    qint64 lostToDisputesMinor() const;

    // A snapshot whose refunds are all of `refunds` (a list read from Stripe).
    static PaymentSnapshot complete(const PaymentIntent &pi, const QList<Refund> &refunds);
    // A snapshot with no refund possible yet (a payment just taken).
    static PaymentSnapshot withoutRefunds(const PaymentIntent &pi);
};

} // namespace holdfast::payments
