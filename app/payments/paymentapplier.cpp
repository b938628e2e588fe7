#include "payments/paymentapplier.h"

#include "diagnostics/logging.h"
#include "domain/paymentstate.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/disputelog.h"
#include "store/orderstore.h"
#include "store/hookqueue.h"
#include "store/paymentattempts.h"
#include "store/refundlog.h"

namespace holdfast::payments {

namespace {
constexpr qint64 holdWindowSeconds = 7 * 24 * 3600;
}

bool ApplyResult::moneyArrived() const
{
    if (!knownOrder || !changed())
        return false;
    return to == OrderState::Paid || to == OrderState::Captured || to == OrderState::PartiallyCaptured;
}

store::Result<PaymentAttempt> PaymentApplier::attemptFor(const PaymentIntent &pi)
{
    store::PaymentAttempts attempts(m_db);
    auto found = attempts.findByPaymentIntent(pi.id);
    if (found.ok() || found.error().kind() != store::StoreError::Kind::NotFound)
        return found;
    // A crash between Stripe creating the PaymentIntent and Holdfast storing its id leaves an
    // attempt without one: the metadata names the order, and its newest open attempt is the one.
    const QString number = pi.metadata.value(QStringLiteral("order_id"));
    if (number.isEmpty())
        return found;
    store::OrderStore orders(m_db);
    const auto order = orders.findByNumber(number);
    if (!order.ok())
        return order.error();
    const auto list = attempts.forOrder(order->id);
    if (!list.ok())
        return list.error();
    for (auto it = list->crbegin(); it != list->crend(); ++it)
        if (it->paymentIntentId.isEmpty() && it->amountMinor == pi.amount)
            return *it;
    return found;
}

store::Result<ApplyResult> PaymentApplier::apply(const PaymentSnapshot &snapshot, const QString &actor,
                                                 const QString &reason)
{
    const PaymentIntent &pi = snapshot.paymentIntent;
    store::Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    // Every refund seen goes into the refunds table, whether or not an order claims it: what the
    // order shows as pending follows each refund's own status. A refund that counted before and has
    // failed or been cancelled now is money back with the shop.
    store::RefundLog refundLog(m_db);
    QList<Refund> newlyFailed;
    qint64 failedInTable = 0;
    qint64 countedInTable = 0;
    for (const Refund &refund : snapshot.refunds) {
        const auto before = refundLog.statusOf(refund.id);
        if (!before)
            return before.error();
        if (auto s = refundLog.record(refund); !s)
            return s.error();
        const auto now = refundLog.statusOf(refund.id);
        if (!now)
            return now.error();
        if (!PaymentSnapshot::refundCounts(*now)) {
            failedInTable += refund.amount;
            if (PaymentSnapshot::refundCounts(*before) || before->isEmpty())
                newlyFailed.append(refund);
        } else {
            countedInTable += refund.amount;
        }
    }
    // A list read from Stripe is the whole truth. An event tells of one refund and a lower bound
    // for the rest: each refund it names counts by its recorded status (a late "pending" never
    // revives a failed one), and one that failed is taken off the bound.
    const qint64 refundedMinor = snapshot.refundsComplete
                                     ? snapshot.refundedMinor()
                                     : std::max(countedInTable, snapshot.refundedAtLeast - failedInTable);

    // Every dispute seen, likewise; a report behind the recorded one changes nothing.
    QList<std::pair<Dispute, QString>> disputesMoved; // the dispute and its status before
    for (const Dispute &dispute : snapshot.disputes) {
        if (dispute.paymentIntent.isEmpty() || dispute.paymentIntent == pi.id) {
            Dispute withPi = dispute;
            withPi.paymentIntent = pi.id;
            QString before;
            const auto moved = store::DisputeLog(m_db).record(withPi, &before);
            if (!moved)
                return moved.error();
            if (*moved)
                disputesMoved.append({withPi, before});
        }
    }

    auto found = attemptFor(pi);
    if (!found.ok()) {
        if (found.error().kind() != store::StoreError::Kind::NotFound)
            return found.error();
        // No order claims it: the refunds stay recorded, nothing is invented.
        if (const auto committed = tx.commit(); !committed.ok())
            return committed.error();
        return ApplyResult{};
    }
    PaymentAttempt attempt = found.value();
    attempt.paymentIntentId = pi.id;
    attempt.status = PaymentIntent::statusName(pi.status);
    attempt.captureMethod = PaymentIntent::captureMethodName(pi.captureMethod);
    if (pi.status == PaymentIntent::Status::RequiresCapture) {
        attempt.amountAuthorisedMinor = pi.amountCapturable;
        if (!attempt.captureBefore.isValid() && pi.created.isValid())
            attempt.captureBefore = pi.created.addSecs(holdWindowSeconds);
    }
    if (pi.status == PaymentIntent::Status::Succeeded) {
        attempt.amountCapturedMinor = pi.amountReceived;
        if (attempt.amountAuthorisedMinor == 0)
            attempt.amountAuthorisedMinor = pi.amount;
    }
    attempt.amountRefundedMinor = refundedMinor;
    attempt.lastError = pi.lastPaymentError.isEmpty()
                            ? QString()
                            : pi.lastPaymentError.code + QStringLiteral(": ") + pi.lastPaymentError.message;
    store::OrderStore orders(m_db);
    const auto order = orders.get(attempt.orderId);
    if (!order.ok())
        return order.error();
    ApplyResult result;
    result.knownOrder = true;
    result.orderId = order->id;
    result.from = order->state;
    result.to = order->state;

    OrderState target = paymentstate::targetFor(pi, refundedMinor);
    // A hold still held when its deadline passed has expired, whatever the cancellation's reason says.
    if (target == OrderState::Cancelled && order->state == OrderState::Authorised
        && paymentstate::holdLapsed(pi, attempt.captureBefore))
        target = OrderState::Expired;
    const auto path = paymentstate::pathTo(order->state, target);
    // A stale PaymentIntent (an older event arriving late) must not roll the attempt's status and
    // amounts back either, only the order was protected before.
    if (path) {
        const auto updated = store::PaymentAttempts(m_db).update(attempt);
        if (!updated.ok())
            return updated.error();
    }
    // A timeline row of this application: who, why, for which order.
    const auto row = [&](const QString &action, const QString &currency, qint64 amount, const QString &detail) {
        AuditEntry audit;
        audit.actor = actor;
        audit.action = action;
        audit.orderId = order->id;
        audit.reason = reason;
        audit.currency = currency;
        audit.amountMinor = amount;
        audit.outcome = QStringLiteral("ok");
        audit.detail = detail;
        return audit;
    };
    const bool reversal = !path && !newlyFailed.isEmpty() && refundedMinor < found->amountRefundedMinor
                          && orderstate::isRefundReversal(order->state, target);
    for (const Refund &failed : newlyFailed) {
        // In front of a manager: the timeline says which refund did not reach the customer.
        AuditEntry audit = row(QStringLiteral("refund.failed"), failed.currency.isEmpty() ? pi.currency : failed.currency,
                               failed.amount, failed.id + QStringLiteral(" ") + failed.status);
        audit.outcome = QStringLiteral("failed: ") + (failed.failureReason.isEmpty() ? QStringLiteral("unknown") : failed.failureReason);
        if (auto written = store::AuditLog(m_db).append(audit); !written)
            return written.error();
    }
    for (const auto &[dispute, before] : disputesMoved) {
        // The timeline tells each step of a dispute: opened, under review, won or lost.
        QString action = QStringLiteral("dispute.updated");
        if (before.isEmpty())
            action = QStringLiteral("dispute.opened");
        else if (dispute.isWon())
            action = QStringLiteral("dispute.won");
        else if (dispute.isLost())
            action = QStringLiteral("dispute.lost");
        else if (Dispute::isClosedStatus(dispute.status))
            action = QStringLiteral("dispute.closed");
        AuditEntry audit = row(action, dispute.currency.isEmpty() ? pi.currency : dispute.currency, dispute.amount,
                               dispute.id + QStringLiteral(" ") + dispute.status + QStringLiteral(" ") + dispute.reason);
        if (auto written = store::AuditLog(m_db).append(audit); !written)
            return written.error();
        result.disputeChanged = true;
    }
    if (result.disputeChanged)
        if (auto s = m_db.notifyOrdersChanged(order->id); !s)
            return s.error();
    if (reversal) {
        if (const auto updated = store::PaymentAttempts(m_db).update(attempt); !updated.ok())
            return updated.error();
        const AuditEntry audit = row(QStringLiteral("order.sync"), pi.currency, refundedMinor, pi.id + QStringLiteral(" refund failed"));
        const auto moved = orders.reverseRefund(order->id, target, audit);
        if (!moved.ok())
            return moved.error();
        result.to = target;
        result.refundReversed = true;
    } else if (!path) {
        result.stale = true;
        qCInfo(lcEvents) << "order" << order->number << "stays" << orderstate::name(order->state)
                         << "- Stripe says" << orderstate::name(target) << "for" << pi.id;
    } else {
        for (OrderState step : *path) {
            const AuditEntry audit = row(QStringLiteral("order.sync"), pi.currency,
                                         step == OrderState::Authorised ? pi.amountCapturable : pi.amountReceived,
                                         pi.id + QStringLiteral(" ") + PaymentIntent::statusName(pi.status));
            const auto moved = orders.transition(order->id, store::OrderStore::AnyVersion, step, audit);
            if (!moved.ok())
                return moved.error();
            result.to = step;
        }
    }
    // Money in the shop's hands, whichever path saw it first: the shop's action is queued with the
    // move, once per order (a later path finds it queued and adds nothing).
    if (result.moneyArrived()) {
        const auto queued = store::HookQueue(m_db).queue(order->id, reason);
        if (!queued)
            return queued.error();
        result.hookQueued = *queued;
    }
    if (const auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return result;
}

} // namespace holdfast::payments
