// The life of an order, and the only moves it may make.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace holdfast {

enum class OrderState {
    Draft,
    AwaitingPayment,
    PaymentFailed,
    Authorised,
    Paid,
    Captured,
    PartiallyCaptured,
    PartiallyRefunded,
    Refunded,
    Cancelled,
    Expired,
};

namespace orderstate {

// "awaiting_payment" etc.: the stored and logged name.
QString name(OrderState state);
std::optional<OrderState> fromName(const QString &name);
// What a person reads ("Awaiting payment", "Held"…), translated.
QString displayName(OrderState state);
// A refund that failed or was cancelled leaves the money with the shop: the order goes back from
// Refunded or Partially refunded to what its other refunds leave (Partially refunded, Captured,
// Partially captured or Paid). Not a move along the graph above (which never goes back); the store
// makes it only when asked to reverse a refund (OrderStore::reverseRefund).
bool isRefundReversal(OrderState from, OrderState to);
bool canTransition(OrderState from, OrderState to);
QList<OrderState> nextStates(OrderState from);
// How far along the money has come; an event must never move an order to a lower rank.
int progress(OrderState state);
bool isTerminal(OrderState state);
QList<OrderState> all();

} // namespace orderstate

} // namespace holdfast
