#include "payments/paymentsnapshot.h"

namespace holdfast::payments {

bool PaymentSnapshot::refundCounts(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("requires_action")
           || status == QLatin1String("succeeded");
}

bool PaymentSnapshot::refundPending(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("requires_action");
}

qint64 PaymentSnapshot::refundedMinor() const
{
    qint64 sum = 0;
    for (const Refund &r : refunds)
        if (r.paymentIntent.isEmpty() || r.paymentIntent == paymentIntent.id)
            sum += refundCounts(r.status) ? r.amount : 0;
    return refundsComplete ? sum : std::max(sum, refundedAtLeast);
}

qint64 PaymentSnapshot::pendingRefundMinor() const
{
    qint64 sum = 0;
    for (const Refund &r : refunds)
        if (r.paymentIntent.isEmpty() || r.paymentIntent == paymentIntent.id)
            sum += refundPending(r.status) ? r.amount : 0;
    return sum;
}

qint64 PaymentSnapshot::heldMinor() const
{
    return paymentIntent.status == PaymentIntent::Status::RequiresCapture ? paymentIntent.amountCapturable : 0;
}

qint64 PaymentSnapshot::capturedMinor() const
{
    return paymentIntent.amountReceived;
}

qint64 PaymentSnapshot::disputedMinor() const
{
    qint64 sum = 0;
    for (const Dispute &d : disputes)
        if (d.isOpen() && !d.isInquiry())
            sum += d.amount;
    return sum;
}

qint64 PaymentSnapshot::lostToDisputesMinor() const
{
    qint64 sum = 0;
    for (const Dispute &d : disputes)
        if (d.isLost())
            sum += d.amount;
    return sum;
}

PaymentSnapshot PaymentSnapshot::complete(const PaymentIntent &pi, const QList<Refund> &refunds)
{
    PaymentSnapshot s;
    s.paymentIntent = pi;
    s.refunds = refunds;
    s.refundsComplete = true;
    return s;
}

PaymentSnapshot PaymentSnapshot::withoutRefunds(const PaymentIntent &pi)
{
    return complete(pi, {});
}

} // namespace holdfast::payments
