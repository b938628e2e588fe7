// What state an order should be in, given its PaymentIntent as Stripe has it: the one mapping the
// checkout, the event processor and reconciliation all use, so they can never disagree.
#pragma once

#include "domain/orderstate.h"
#include "domain/paymentintent.h"

#include <QList>
#include <optional>

namespace holdfast::paymentstate {

// refundedMinor: the sum of the PaymentIntent's refunds that have not failed or been cancelled.
OrderState targetFor(const PaymentIntent &pi, qint64 refundedMinor);

// Whether a cancelled hold expired rather than being cancelled by someone: cancelled at or after
// its capture deadline with no merchant's reason (abandoned, duplicate, fraudulent,
// requested_by_customer). Stripe documents "automatic" for the holds it cancels itself; this does
// not depend on that word, so a null or different reason still reads as expired.
bool holdLapsed(const PaymentIntent &pi, const QDateTime &captureBefore);

// The legal moves that take an order from `from` to `to` (empty when already there), never moving
// money backwards: nullopt when `to` lies behind `from` or no legal path exists. Stale information
// therefore changes nothing.
std::optional<QList<OrderState>> pathTo(OrderState from, OrderState to);

} // namespace holdfast::paymentstate
