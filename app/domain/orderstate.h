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
bool canTransition(OrderState from, OrderState to);
QList<OrderState> nextStates(OrderState from);
// How far along the money has come; an event must never move an order to a lower rank.
int progress(OrderState state);
bool isTerminal(OrderState state);
QList<OrderState> all();

} // namespace orderstate

} // namespace holdfast
