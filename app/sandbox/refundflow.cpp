// Refunds and the clock-driven expiries of the PaymentIntent life cycle (see paymentflow.h).
#include "sandbox/paymentflow.h"

#include "sandbox/apierror.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/statestore.h"

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {
const QString kPaymentIntent = u"payment_intent"_s;
const QString kCharge = u"charge"_s;
const QString kRefund = u"refund"_s;
} // namespace

QJsonObject PaymentFlow::refund(const QJsonObject &pi, std::optional<qint64> amount, const QString &reason,
                                const QJsonObject &metadata, const EventSource &source)
{
    const auto found = m_store.find(kCharge, pi.value(u"latest_charge").toString());
    if (pi.value(u"status").toString() != u"succeeded" || !found || !found->value(u"captured").toBool())
        throw ApiError::invalid(u"charge_not_refundable"_s,
                                QStringLiteral("This PaymentIntent (%1) does not have a successful charge to refund.")
                                    .arg(pi.value(u"id").toString()),
                                u"payment_intent"_s);
    QJsonObject charge = *found;
    if (chargedBack(charge.value(u"id").toString()))
        throw ApiError::invalid(u"charge_disputed"_s,
                                QStringLiteral("Charge %1 has been charged back; cannot issue a refund.")
                                    .arg(charge.value(u"id").toString()),
                                u"payment_intent"_s);
    const qint64 remaining = charge.value(u"amount_captured").toInteger() - charge.value(u"amount_refunded").toInteger();
    if (remaining <= 0)
        throw ApiError::invalid(u"charge_already_refunded"_s,
                                QStringLiteral("Charge %1 has already been refunded.").arg(charge.value(u"id").toString()),
                                u"charge"_s);
    const qint64 value = amount.value_or(remaining);
    if (value <= 0)
        throw ApiError::invalid(u"amount_too_small"_s, u"Refund amount must be greater than 0."_s, u"amount"_s);
    if (value > remaining)
        throw ApiError::invalid(u"amount_too_large"_s,
                                QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)")
                                    .arg(value)
                                    .arg(remaining),
                                u"amount"_s);
    const QString type = charge.value(u"payment_method_details")[u"type"].toString();
    const bool async = type == u"amazon_pay"; // Amazon Pay refunds settle later, card refunds at once
    if (async && m_clock.now() - charge.value(u"created").toInteger() > 90 * 24 * 3600)
        throw ApiError::invalid(u"charge_not_refundable"_s,
                                u"Amazon Pay payments can only be refunded within 90 days."_s, u"payment_intent"_s);
    QJsonObject refund{{u"id"_s, StateStore::newId(u"re_"_s)}, {u"object"_s, u"refund"_s}, {u"amount"_s, value},
                       {u"charge"_s, charge.value(u"id")}, {u"payment_intent"_s, pi.value(u"id")},
                       {u"currency"_s, pi.value(u"currency")}, {u"created"_s, m_clock.now()},
                       {u"metadata"_s, metadata}, {u"reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason)},
                       {u"status"_s, async ? u"pending"_s : u"succeeded"_s}, {u"balance_transaction"_s, QJsonValue()},
                       {u"receipt_number"_s, QJsonValue()}, {u"destination_details"_s, QJsonObject{{u"type"_s, type}}}};
    if (async)
        refund.insert(u"_settle_at"_s, m_clock.now() + refundSettleSeconds);
    // Stripe's test card 4000000000005126: the refund starts as succeeded and fails a little later.
    if (const auto pm = m_store.find(u"payment_method"_s, pi.value(u"payment_method").toString());
        pm && pm->value(u"_number").toString() == u"4000000000005126") {
        refund.insert(u"status"_s, u"succeeded"_s);
        refund.insert(u"_fail_at"_s, m_clock.now() + refundSettleSeconds);
    }
    save(kRefund, refund);
    const qint64 refunded = charge.value(u"amount_refunded").toInteger() + value;
    charge.insert(u"amount_refunded"_s, refunded);
    charge.insert(u"refunded"_s, refunded >= charge.value(u"amount_captured").toInteger());
    save(kCharge, charge);
    m_events.record(u"refund.created"_s, publicView(refund), source);
    m_events.record(u"charge.refunded"_s, publicView(charge), source);
    return refund;
}

void PaymentFlow::runDue()
{
    const qint64 now = m_clock.now();
    const EventSource automatic;
    for (const QJsonObject &pi : m_store.all(kPaymentIntent)) {
        const QString status = pi.value(u"status").toString();
        if (status == u"requires_action" && pi.contains(u"_redirect_started")
            && pi.value(u"_redirect_started").toInteger() + redirectLapseSeconds <= now) {
            failAttempt(pi, u"payment_intent_payment_attempt_expired"_s,
                        u"The payment attempt expired because the customer did not complete it within 10 minutes."_s,
                        automatic);
        } else if (status == u"requires_capture" && pi.value(u"_capture_before").toInteger() <= now) {
            if (auto charge = m_store.find(kCharge, pi.value(u"latest_charge").toString())) {
                m_events.record(u"charge.expired"_s, publicView(*charge), automatic);
            }
            cancel(pi, m_expiryReason, automatic);
        }
    }
    for (QJsonObject refund : m_store.all(kRefund)) {
        if (refund.contains(u"_fail_at"_s) && refund.value(u"_fail_at").toInteger() <= now) {
            failRefund(refund.value(u"id").toString(), u"expired_or_canceled_card"_s, automatic);
            continue;
        }
        if (refund.value(u"status").toString() == u"pending" && refund.value(u"_settle_at").toInteger() <= now) {
            refund.insert(u"status"_s, u"succeeded"_s);
            refund.remove(u"_settle_at"_s);
            save(kRefund, refund);
            m_events.record(u"refund.updated"_s, publicView(refund), automatic,
                            QJsonObject{{u"status"_s, u"pending"_s}});
        }
    }
}

QJsonObject PaymentFlow::failRefund(const QString &refundId, const QString &failureReason, const EventSource &source)
{
    QJsonObject refund = load(kRefund, refundId);
    const QString before = refund.value(u"status").toString();
    if (before == u"failed" || before == u"canceled")
        throw ApiError::invalid(u"refund_not_pending"_s,
                                QStringLiteral("Refund %1 has already %2.").arg(refundId, before == u"failed" ? u"failed"_s : u"been canceled"_s),
                                u"refund"_s);
    refund.insert(u"status"_s, u"failed"_s);
    refund.insert(u"failure_reason"_s, failureReason);
    refund.remove(u"_settle_at"_s);
    refund.remove(u"_fail_at"_s);
    save(kRefund, refund);
    // The money stays with the shop: the charge no longer counts it as refunded.
    if (auto found = m_store.find(kCharge, refund.value(u"charge").toString())) {
        QJsonObject charge = *found;
        const qint64 refunded = qMax<qint64>(0, charge.value(u"amount_refunded").toInteger() - refund.value(u"amount").toInteger());
        charge.insert(u"amount_refunded"_s, refunded);
        charge.insert(u"refunded"_s, refunded > 0 && refunded >= charge.value(u"amount_captured").toInteger());
        save(kCharge, charge);
    }
    m_events.record(u"refund.failed"_s, publicView(refund), source);
    m_events.record(u"refund.updated"_s, publicView(refund), source, QJsonObject{{u"status"_s, before}});
    return refund;
}

} // namespace holdfast::sandbox
