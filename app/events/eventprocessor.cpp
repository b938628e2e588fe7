#include "events/eventprocessor.h"

#include "diagnostics/logging.h"
#include "store/database.h"
#include "store/disputelog.h"
#include "store/eventlog.h"
#include "store/paymentattempts.h"
#include "store/refundlog.h"

#include <QJsonDocument>

namespace holdfast::events {

namespace {

PaymentIntent::CaptureMethod captureMethodFrom(const QString &name)
{
    if (name == QLatin1String("manual"))
        return PaymentIntent::CaptureMethod::Manual;
    if (name == QLatin1String("automatic_async"))
        return PaymentIntent::CaptureMethod::AutomaticAsync;
    return PaymentIntent::CaptureMethod::Automatic;
}

} // namespace

QStringList EventProcessor::eventTypes()
{
    return {QStringLiteral("payment_intent.created"),
            QStringLiteral("payment_intent.requires_action"),
            QStringLiteral("payment_intent.amount_capturable_updated"),
            QStringLiteral("payment_intent.processing"),
            QStringLiteral("payment_intent.succeeded"),
            QStringLiteral("payment_intent.payment_failed"),
            QStringLiteral("payment_intent.canceled"),
            QStringLiteral("charge.succeeded"),
            QStringLiteral("charge.captured"),
            QStringLiteral("charge.expired"),
            QStringLiteral("charge.refunded"),
            QStringLiteral("refund.created"),
            QStringLiteral("refund.updated"),
            QStringLiteral("refund.failed"),
            QStringLiteral("charge.dispute.created"),
            QStringLiteral("charge.dispute.updated"),
            QStringLiteral("charge.dispute.closed"),
            QStringLiteral("charge.dispute.funds_withdrawn"),
            QStringLiteral("charge.dispute.funds_reinstated")};
}

bool EventProcessor::acts(const QString &type)
{
    return eventTypes().contains(type);
}

namespace eventmapping {

QString paymentIntentIdOf(const StripeEvent &event)
{
    if (event.objectType() == QLatin1String("payment_intent"))
        return event.objectId();
    return event.object.value(QLatin1String("payment_intent")).toString();
}

std::optional<PaymentIntent> impliedPaymentIntent(const StripeEvent &event, const PaymentAttempt &known,
                                                  qint64 *refundedMinor)
{
    *refundedMinor = known.amountRefundedMinor;
    const QString objectType = event.objectType();
    if (objectType == QLatin1String("payment_intent")) {
        ParseError error;
        return PaymentIntent::fromJson(event.object, &error);
    }

    // Start from the attempt as last seen, then move it by what the charge or refund says.
    PaymentIntent pi;
    pi.id = paymentIntentIdOf(event);
    pi.amount = known.amountMinor;
    pi.currency = known.currency;
    pi.captureMethod = captureMethodFrom(known.captureMethod);
    pi.status =
        PaymentIntent::statusFromName(known.status).value_or(PaymentIntent::Status::RequiresPaymentMethod);
    pi.amountCapturable =
        pi.status == PaymentIntent::Status::RequiresCapture ? known.amountAuthorisedMinor : 0;
    pi.amountReceived = known.amountCapturedMinor;
    pi.created = known.createdAt;
    if (pi.id.isEmpty())
        return std::nullopt;
    const QJsonObject &o = event.object;
    if (objectType == QLatin1String("charge")) {
        if (!o.value(QLatin1String("currency")).toString().isEmpty())
            pi.currency = o.value(QLatin1String("currency")).toString();
        const qint64 amount = o.value(QLatin1String("amount")).toInteger();
        if (pi.amount == 0)
            pi.amount = amount;
        if (event.type == QLatin1String("charge.expired")) {
            // An uncaptured hold lapsing is Stripe's own cancellation: the order expired, it was
            // not cancelled by anyone (charge.expired may arrive before payment_intent.canceled).
            pi.status = PaymentIntent::Status::Canceled;
            pi.cancellationReason = QStringLiteral("automatic");
            pi.amountCapturable = 0;
        } else if (o.value(QLatin1String("captured")).toBool()) {
            pi.status = PaymentIntent::Status::Succeeded;
            pi.amountReceived = o.value(QLatin1String("amount_captured")).toInteger();
            pi.amountCapturable = 0;
        } else if (o.value(QLatin1String("status")).toString() == QLatin1String("succeeded")) {
            pi.status = PaymentIntent::Status::RequiresCapture;
            pi.amountCapturable = amount;
        } else {
            return std::nullopt; // a failed charge: the payment_intent.payment_failed event says more
        }
        *refundedMinor = std::max(*refundedMinor, o.value(QLatin1String("amount_refunded")).toInteger());
        return pi;
    }
    if (objectType == QLatin1String("dispute")) {
        // A dispute questions money already captured; the PaymentIntent stays as last seen.
        if (pi.status != PaymentIntent::Status::Succeeded)
            return std::nullopt;
        return pi;
    }
    if (objectType == QLatin1String("refund")) {
        // One refund is a lower bound on the total; charge.refunded (or a re-read) gives the sum.
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == QLatin1String("pending") || status == QLatin1String("succeeded"))
            *refundedMinor = std::max(*refundedMinor, o.value(QLatin1String("amount")).toInteger());
        if (pi.status != PaymentIntent::Status::Succeeded)
            return std::nullopt; // a refund for money Holdfast has not seen arrive: wait for the rest
        return pi;
    }
    return std::nullopt;
}

} // namespace eventmapping

store::Result<ProcessResult> EventProcessor::handle(const StripeEvent &event, const QByteArray &rawJson)
{
    store::Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    store::EventLog log(m_db);
    store::StoredEvent stored;
    stored.stripeEventId = event.id;
    stored.type = event.type;
    stored.objectId = event.objectId();
    stored.created = event.created;
    stored.livemode = event.livemode;
    stored.payload = rawJson;
    const auto isNew = log.storeIfNew(stored);
    if (!isNew)
        return isNew.error();
    if (!*isNew) {
        // Stored before; if a crash stopped it short of processing, finish the job now.
        const auto previous = log.get(event.id);
        if (!previous)
            return previous.error();
        if (previous->processed) {
            ProcessResult r;
            r.duplicate = true;
            r.paymentIntentId = eventmapping::paymentIntentIdOf(event);
            return r;
        }
    }
    auto result = apply(event);
    if (!result)
        return result;
    if (auto s = log.markProcessed(event.id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

store::Result<ProcessResult> EventProcessor::apply(const StripeEvent &event)
{
    ProcessResult result;
    result.paymentIntentId = eventmapping::paymentIntentIdOf(event);
    if (!acts(event.type) || result.paymentIntentId.isEmpty()) {
        result.ignored = true;
        return result;
    }
    // A refund event carries the refund itself: its status is what the order shows as pending.
    std::optional<Refund> refund;
    if (event.objectType() == QLatin1String("refund")) {
        ParseError error;
        refund = Refund::fromJson(event.object, &error);
    }
    // A dispute event carries the dispute: its status and deadline are what the order shows.
    std::optional<Dispute> dispute;
    if (event.objectType() == QLatin1String("dispute")) {
        ParseError error;
        dispute = Dispute::fromJson(event.object, &error);
        if (!dispute) {
            qCWarning(lcEvents) << "dispute in" << event.id << "does not parse:" << error.field << error.reason;
            result.ignored = true;
            return result;
        }
    }
    // A refund or dispute that moves no order (none knows its PaymentIntent, or the money it speaks
    // of has not been seen to arrive) is still kept, for the order that claims it later.
    const auto keepUnapplied = [&]() -> store::Result<ProcessResult> {
        if (refund)
            if (auto s = store::RefundLog(m_db).record(*refund); !s)
                return s.error();
        if (dispute)
            if (auto s = store::DisputeLog(m_db).record(*dispute); !s)
                return s.error();
        return result;
    };
    PaymentAttempt known;
    const auto attempt = store::PaymentAttempts(m_db).findByPaymentIntent(result.paymentIntentId);
    if (attempt)
        known = *attempt;
    else if (attempt.error().kind() != store::StoreError::Kind::NotFound)
        return attempt.error();
    else if (event.objectType() != QLatin1String("payment_intent"))
        return keepUnapplied(); // a charge, refund or dispute of a PaymentIntent no order knows

    payments::PaymentSnapshot snapshot;
    const auto pi = eventmapping::impliedPaymentIntent(event, known, &snapshot.refundedAtLeast);
    if (!pi)
        return keepUnapplied();
    snapshot.paymentIntent = *pi;
    if (refund)
        snapshot.refunds = {*refund};
    if (dispute)
        snapshot.disputes = {*dispute};
    auto applied = payments::PaymentApplier(m_db).apply(snapshot, QStringLiteral("events"),
                                                        event.type + QLatin1Char(' ') + event.id);
    if (!applied)
        return applied.error();
    result.applied = *applied;
    result.hookQueued = applied->hookQueued;
    return result;
}

store::Result<int> EventProcessor::resume(int limit)
{
    const auto waiting = store::EventLog(m_db).unprocessed(limit);
    if (!waiting)
        return waiting.error();
    int done = 0;
    for (const store::StoredEvent &stored : *waiting) {
        ParseError error;
        const auto event = StripeEvent::fromJson(QJsonDocument::fromJson(stored.payload).object(), &error);
        store::Transaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        if (event) {
            if (const auto r = apply(*event); !r)
                return r.error();
        } else {
            qCWarning(lcEvents) << "stored event" << stored.stripeEventId
                                << "does not parse; marking it processed";
        }
        if (auto s = store::EventLog(m_db).markProcessed(stored.stripeEventId); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        ++done;
    }
    return done;
}

} // namespace holdfast::events
