// Disputes: a customer's bank questioning a captured charge (see paymentflow.h). Opened by a control
// or by Stripe's test card 4000000000000259, moved on by a control, each step sending the
// charge.dispute.* events Stripe sends.
#include "sandbox/paymentflow.h"

#include "sandbox/apierror.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/statestore.h"

#include <QJsonArray>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString kCharge = u"charge"_s;
const QString kDispute = u"dispute"_s;

const QStringList &disputeReasons()
{
    static const QStringList reasons{u"bank_cannot_process"_s, u"check_returned"_s, u"credit_not_processed"_s,
                                     u"customer_initiated"_s, u"debit_not_authorized"_s, u"duplicate"_s,
                                     u"fraudulent"_s, u"general"_s, u"incorrect_account_details"_s,
                                     u"insufficient_funds"_s, u"product_not_received"_s, u"product_unacceptable"_s,
                                     u"subscription_canceled"_s, u"unrecognized"_s};
    return reasons;
}

bool isClosed(const QString &status)
{
    return status == u"won" || status == u"lost" || status == u"warning_closed";
}

// The evidence fields Stripe lists, all empty until the shop answers (in its Dashboard).
QJsonObject emptyEvidence()
{
    QJsonObject evidence;
    for (const char *field :
         {"access_activity_log", "billing_address", "cancellation_policy", "cancellation_policy_disclosure",
          "cancellation_rebuttal", "customer_communication", "customer_email_address", "customer_name",
          "customer_purchase_ip", "customer_signature", "duplicate_charge_documentation",
          "duplicate_charge_explanation", "duplicate_charge_id", "product_description", "receipt",
          "refund_policy", "refund_policy_disclosure", "refund_refusal_explanation", "service_date",
          "service_documentation", "shipping_address", "shipping_carrier", "shipping_date",
          "shipping_documentation", "shipping_tracking_number", "uncategorized_file", "uncategorized_text"})
        evidence.insert(QString::fromLatin1(field), QJsonValue());
    return evidence;
}

} // namespace

QStringList PaymentFlow::disputeStatuses()
{
    return {u"warning_needs_response"_s, u"warning_under_review"_s, u"warning_closed"_s, u"needs_response"_s,
            u"under_review"_s, u"won"_s, u"lost"_s};
}

QJsonObject PaymentFlow::balanceTransaction(const QJsonObject &dispute, qint64 amount, const QString &description) const
{
    return QJsonObject{{u"id"_s, StateStore::newId(u"txn_"_s)}, {u"object"_s, u"balance_transaction"_s},
                       {u"amount"_s, amount}, {u"available_on"_s, m_clock.now()}, {u"created"_s, m_clock.now()},
                       {u"currency"_s, dispute.value(u"currency")}, {u"description"_s, description},
                       {u"exchange_rate"_s, QJsonValue()}, {u"fee"_s, 0}, {u"fee_details"_s, QJsonArray()},
                       {u"net"_s, amount}, {u"reporting_category"_s, u"dispute"_s},
                       {u"source"_s, dispute.value(u"id")}, {u"status"_s, u"available"_s},
                       {u"type"_s, u"adjustment"_s}};
}

QJsonObject PaymentFlow::openDispute(const QString &paymentIntentId, const QString &reason,
                                     std::optional<qint64> amount, bool inquiry, const EventSource &source)
{
    const QJsonObject pi = load(u"payment_intent"_s, paymentIntentId, u"payment_intent"_s);
    const auto found = m_store.find(kCharge, pi.value(u"latest_charge").toString());
    if (pi.value(u"status").toString() != u"succeeded" || !found || !found->value(u"captured").toBool())
        throw ApiError::invalid(u"charge_not_disputable"_s,
                                QStringLiteral("PaymentIntent %1 has no captured charge to dispute.").arg(paymentIntentId),
                                u"payment_intent"_s);
    QJsonObject charge = *found;
    for (const QJsonObject &other : m_store.all(kDispute))
        if (other.value(u"charge").toString() == charge.value(u"id").toString())
            throw ApiError::invalid(u"charge_already_disputed"_s,
                                    QStringLiteral("Charge %1 already has a dispute.").arg(charge.value(u"id").toString()),
                                    u"payment_intent"_s);
    if (!disputeReasons().contains(reason))
        throw ApiError::invalid(u"parameter_invalid"_s,
                                u"reason must be one of: "_s + disputeReasons().join(u", "), u"reason"_s);
    const qint64 captured = charge.value(u"amount_captured").toInteger();
    const qint64 value = amount.value_or(captured);
    if (value <= 0 || value > captured)
        throw ApiError::invalid(u"amount_invalid"_s,
                                QStringLiteral("amount must be between 1 and the captured amount (%1).").arg(captured),
                                u"amount"_s);
    QJsonObject dispute{{u"id"_s, StateStore::newId(u"du_"_s)}, {u"object"_s, kDispute}, {u"amount"_s, value},
                        {u"balance_transactions"_s, QJsonArray()}, {u"charge"_s, charge.value(u"id")},
                        {u"created"_s, m_clock.now()}, {u"currency"_s, charge.value(u"currency")},
                        {u"evidence"_s, emptyEvidence()},
                        {u"evidence_details"_s,
                         QJsonObject{{u"due_by"_s, m_clock.now() + disputeResponseSeconds}, {u"has_evidence"_s, false},
                                     {u"past_due"_s, false}, {u"submission_count"_s, 0}}},
                        {u"is_charge_refundable"_s, inquiry}, {u"livemode"_s, false}, {u"metadata"_s, QJsonObject()},
                        {u"payment_intent"_s, pi.value(u"id")}, {u"reason"_s, reason},
                        {u"status"_s, inquiry ? u"warning_needs_response"_s : u"needs_response"_s}};
    charge.insert(u"disputed"_s, true);
    save(kCharge, charge);
    if (!inquiry)
        dispute.insert(u"balance_transactions"_s,
                       QJsonArray{balanceTransaction(dispute, -value, u"Chargeback withdrawal for "_s + charge.value(u"id").toString())});
    save(kDispute, dispute);
    m_events.record(u"charge.dispute.created"_s, publicView(dispute), source);
    if (!inquiry)
        m_events.record(u"charge.dispute.funds_withdrawn"_s, publicView(dispute), source);
    return dispute;
}

QJsonObject PaymentFlow::moveDispute(const QString &disputeId, const QString &status, const EventSource &source)
{
    QJsonObject dispute = load(kDispute, disputeId, u"dispute"_s);
    const QString before = dispute.value(u"status").toString();
    if (!disputeStatuses().contains(status))
        throw ApiError::invalid(u"parameter_invalid"_s, u"status must be one of: "_s + disputeStatuses().join(u", "),
                                u"status"_s);
    const bool inquiry = before.startsWith(u"warning_");
    // An inquiry moves among the warning_ statuses or becomes a chargeback; a chargeback never goes
    // back to being an inquiry; a closed dispute stays closed.
    const bool allowed = !isClosed(before) && status != before
                         && (inquiry ? (status.startsWith(u"warning_") || status == u"needs_response")
                                     : !status.startsWith(u"warning_") && status != u"needs_response");
    if (!allowed)
        throw ApiError::invalid(u"dispute_unexpected_state"_s,
                                QStringLiteral("Dispute %1 cannot go from %2 to %3.").arg(disputeId, before, status),
                                u"status"_s);
    dispute.insert(u"status"_s, status);
    QJsonObject details = dispute.value(u"evidence_details").toObject();
    if (status == u"under_review" || status == u"warning_under_review") {
        // The shop sent its evidence.
        details.insert(u"has_evidence"_s, true);
        details.insert(u"submission_count"_s, details.value(u"submission_count").toInteger() + 1);
    }
    dispute.insert(u"evidence_details"_s, details);
    const bool escalated = inquiry && status == u"needs_response";
    const qint64 amount = dispute.value(u"amount").toInteger();
    QJsonArray transactions = dispute.value(u"balance_transactions").toArray();
    if (escalated) {
        transactions.append(balanceTransaction(dispute, -amount, u"Chargeback withdrawal for "_s + dispute.value(u"charge").toString()));
        dispute.insert(u"is_charge_refundable"_s, false);
    }
    if (status == u"won")
        transactions.append(balanceTransaction(dispute, amount, u"Chargeback reversal for "_s + dispute.value(u"charge").toString()));
    dispute.insert(u"balance_transactions"_s, transactions);
    save(kDispute, dispute);
    const QJsonObject view = publicView(dispute);
    const QJsonObject previous{{u"status"_s, before}};
    if (isClosed(status))
        m_events.record(u"charge.dispute.closed"_s, view, source, previous);
    else
        m_events.record(u"charge.dispute.updated"_s, view, source, previous);
    if (escalated)
        m_events.record(u"charge.dispute.funds_withdrawn"_s, view, source);
    if (status == u"won")
        m_events.record(u"charge.dispute.funds_reinstated"_s, view, source);
    return dispute;
}

bool PaymentFlow::chargedBack(const QString &chargeId) const
{
    for (const QJsonObject &d : m_store.all(kDispute))
        if (d.value(u"charge").toString() == chargeId && !d.value(u"status").toString().startsWith(u"warning_")
            && (!isClosed(d.value(u"status").toString()) || d.value(u"status").toString() == u"lost"))
            return true;
    return false;
}

} // namespace holdfast::sandbox
