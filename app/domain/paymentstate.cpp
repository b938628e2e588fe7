#include "domain/paymentstate.h"

#include <QHash>
#include <QQueue>

namespace holdfast::paymentstate {

OrderState targetFor(const PaymentIntent &pi, qint64 refundedMinor)
{
    using S = PaymentIntent::Status;
    switch (pi.status) {
    case S::RequiresPaymentMethod:
        return pi.lastPaymentError.isEmpty() ? OrderState::AwaitingPayment : OrderState::PaymentFailed;
    case S::RequiresConfirmation:
    case S::RequiresAction:
    case S::Processing:
        return OrderState::AwaitingPayment;
    case S::RequiresCapture:
        return OrderState::Authorised;
    case S::Canceled:
        // Stripe cancels an uncaptured hold by itself after the capture window ("automatic").
        return pi.cancellationReason == QLatin1String("automatic") ? OrderState::Expired : OrderState::Cancelled;
    case S::Succeeded:
        break;
    }
    const qint64 received = pi.amountReceived > 0 ? pi.amountReceived : pi.amount;
    if (refundedMinor > 0)
        return refundedMinor >= received ? OrderState::Refunded : OrderState::PartiallyRefunded;
    if (pi.captureMethod != PaymentIntent::CaptureMethod::Manual)
        return OrderState::Paid;
    return received < pi.amount ? OrderState::PartiallyCaptured : OrderState::Captured;
}

bool holdLapsed(const PaymentIntent &pi, const QDateTime &captureBefore)
{
    static const QStringList merchantReasons{QStringLiteral("abandoned"), QStringLiteral("duplicate"),
                                             QStringLiteral("fraudulent"), QStringLiteral("requested_by_customer")};
    if (pi.status != PaymentIntent::Status::Canceled || merchantReasons.contains(pi.cancellationReason))
        return false;
    if (pi.cancellationReason == QLatin1String("automatic"))
        return true;
    return captureBefore.isValid() && pi.canceledAt.isValid() && pi.canceledAt >= captureBefore;
}

std::optional<QList<OrderState>> pathTo(OrderState from, OrderState to)
{
    if (from == to)
        return QList<OrderState>{};
    // A failed attempt may be retried; otherwise the target must not lie behind the current state.
    const bool retry = from == OrderState::PaymentFailed && to == OrderState::AwaitingPayment;
    if (!retry && orderstate::progress(to) < orderstate::progress(from))
        return std::nullopt;
    if (orderstate::isTerminal(from))
        return std::nullopt;
    // Shortest legal path (breadth first); the graph is tiny.
    QHash<OrderState, OrderState> cameFrom;
    QQueue<OrderState> queue;
    queue.enqueue(from);
    cameFrom.insert(from, from);
    while (!queue.isEmpty()) {
        const OrderState s = queue.dequeue();
        for (OrderState next : orderstate::nextStates(s)) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, s);
            if (next == to) {
                QList<OrderState> path{to};
                for (OrderState at = s; at != from; at = cameFrom.value(at))
                    path.prepend(at);
                return path;
            }
            queue.enqueue(next);
        }
    }
    return std::nullopt;
}

} // namespace holdfast::paymentstate
