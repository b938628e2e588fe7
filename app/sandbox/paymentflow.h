// The PaymentIntent life cycle: confirmation with a card or Amazon Pay, the Amazon Pay redirect
// outcome, capture, cancellation, refunds, and the expiries driven by the sandbox clock.
// Objects are stored with private "_…" fields (redirect start, capture deadline) that publicView strips.
#pragma once

#include "sandbox/events.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace holdfast::sandbox {

class SandboxClock;
class StateStore;

class PaymentFlow
{
public:
    static constexpr qint64 redirectLapseSeconds = 10 * 60;
    static constexpr qint64 holdSeconds = 7 * 24 * 60 * 60;
    static constexpr qint64 refundSettleSeconds = 1; // a clock advance of 1 s settles them
    // How long a shop has to answer a dispute here (banks set it; three weeks is common).
    static constexpr qint64 disputeResponseSeconds = 21 * 24 * 60 * 60;

    PaymentFlow(StateStore &store, SandboxClock &clock, EventLog &events, const QString &country);

    static QJsonObject publicView(const QJsonObject &object);
    QJsonObject load(const QString &kind, const QString &id, const QString &param = QStringLiteral("id")) const;

    QStringList amazonPayCurrencies() const;
    // The account's country, which decides Amazon Pay's currency (a till changing its currency).
    void setAccountCountry(const QString &country) { m_country = country.toUpper(); }
    void checkAmount(qint64 amount, const QString &currency, const QString &param) const;
    void checkAmazonPayCurrency(const QString &currency) const;

    // Builds and stores a PaymentMethod from payment_method_data, or resolves pm_… / test tokens.
    QJsonObject paymentMethodFromData(const QJsonObject &data, const QString &param);
    QJsonObject paymentMethodById(const QString &id);

    // Each transition stores the PaymentIntent, records its events and returns it (internal form).
    // confirm throws a 402 card_error after storing a declined attempt, as Stripe answers.
    QJsonObject confirm(QJsonObject pi, const QJsonObject &paymentMethod, const QString &returnUrl,
                        const QString &publicBase, const EventSource &source);
    QJsonObject completeRedirect(const QString &paymentIntentId, bool approve, const EventSource &source);
    QJsonObject capture(QJsonObject pi, std::optional<qint64> amountToCapture, const QJsonObject &metadata,
                        const EventSource &source);
    QJsonObject cancel(QJsonObject pi, const QString &reason, const EventSource &source);
    QJsonObject refund(const QJsonObject &pi, std::optional<qint64> amount, const QString &reason,
                       const QJsonObject &metadata, const EventSource &source);

    // Runs every expiry that is due at the current sandbox time.
    void runDue();
    // What an expiring hold's cancellation_reason says: "automatic" (the default, as Stripe documents
    // its own cancellations), or another value / empty (null) to show a till that trusts the deadline.
    void setExpiryReason(const QString &reason) { m_expiryReason = reason; }
    // A refund that did not reach the customer (Stripe's refund.failed): status failed with
    // `failureReason`, the amount back on the charge, refund.failed and refund.updated recorded.
    // Refused (404/400) for an unknown refund or one already failed or cancelled.
    QJsonObject failRefund(const QString &refundId, const QString &failureReason, const EventSource &source);

    // The customer's bank disputes the PaymentIntent's captured charge: a chargeback (needs_response,
    // the money withdrawn) or, with `inquiry`, an inquiry (warning_needs_response, no money moved).
    // Sends charge.dispute.created (and .funds_withdrawn). Refused for a PaymentIntent without a
    // captured charge, a charge already disputed, an unknown reason or an amount beyond the capture.
    QJsonObject openDispute(const QString &paymentIntentId, const QString &reason, std::optional<qint64> amount,
                            bool inquiry, const EventSource &source);
    // Moves a dispute on: under_review (evidence sent), won, lost; an inquiry to warning_under_review,
    // warning_closed or needs_response (escalated). Sends .updated or .closed, and .funds_withdrawn /
    // .funds_reinstated where money moves. A closed dispute is refused.
    QJsonObject moveDispute(const QString &disputeId, const QString &status, const EventSource &source);
    static QStringList disputeStatuses();
    // A chargeback on the charge, open or lost: the money is with the customer, Stripe refuses a refund.
    bool chargedBack(const QString &chargeId) const;

private:
    void disputeIfTestCard(const QJsonObject &pi, const EventSource &source);
    QJsonObject balanceTransaction(const QJsonObject &dispute, qint64 amount, const QString &description) const;
    QJsonObject succeedPayment(QJsonObject pi, const QJsonObject &paymentMethod, const EventSource &source);
    QJsonObject failAttempt(QJsonObject pi, const QString &code, const QString &message, const EventSource &source);
    QJsonObject newCharge(const QJsonObject &pi, const QJsonObject &paymentMethod, bool succeeded);
    void save(const QString &kind, const QJsonObject &object);
    QString captureMethodFor(const QJsonObject &pi, const QString &paymentMethodType) const;

    StateStore &m_store;
    SandboxClock &m_clock;
    EventLog &m_events;
    QString m_country;
    QString m_expiryReason = QStringLiteral("automatic");
};

} // namespace holdfast::sandbox
