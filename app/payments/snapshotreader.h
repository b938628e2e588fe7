// Reads a payment as Stripe has it now: the PaymentIntent, then all of its refunds and (once money
// arrived) its disputes, into one
// PaymentSnapshot. Used wherever Holdfast re-reads a payment before bringing an order in line.
#pragma once

#include "payments/paymentsnapshot.h"
#include "stripe/stripeerror.h"

#include <QObject>
#include <functional>

namespace holdfast::stripe {
class StripeClient;
}

namespace holdfast::payments {

// Calls `done` once, in `context`'s thread and only while `context` lives: with the snapshot, or
// with null and the error (the PaymentIntent or its refunds could not be read; nothing is known).
void readSnapshot(stripe::StripeClient *client, const QString &paymentIntentId, QObject *context,
                  std::function<void(const PaymentSnapshot *snapshot, const stripe::StripeError &error)> done);

// The refunds of a list answer (GET /v1/refunds), skipping any that do not parse.
QList<Refund> refundsFrom(const QJsonArray &data);
// The disputes of a list answer (GET /v1/disputes), likewise.
QList<Dispute> disputesFrom(const QJsonArray &data);

} // namespace holdfast::payments
