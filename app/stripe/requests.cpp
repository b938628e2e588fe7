#include "stripe/requests.h"

#include <algorithm>

namespace holdfast::stripe {

namespace {
void appendExtra(FormEncoder &form, const FormEncoder &extra)
{
    for (const auto &p : extra.pairs())
        form.add(p.first, p.second);
}
} // namespace

FormEncoder PaymentIntentCreateParams::toForm() const
{
    FormEncoder f;
    f.add(QStringLiteral("amount"), amount);
    f.add(QStringLiteral("currency"), currency);
    f.addArray(QStringLiteral("payment_method_types"), paymentMethodTypes);
    if (!captureMethod.isEmpty())
        f.add(QStringLiteral("capture_method"), captureMethod);
    if (confirm.has_value())
        f.addBool(QStringLiteral("confirm"), *confirm);
    if (!paymentMethodDataType.isEmpty())
        f.add(QStringLiteral("payment_method_data[type]"), paymentMethodDataType);
    if (!returnUrl.isEmpty())
        f.add(QStringLiteral("return_url"), returnUrl);
    if (!description.isEmpty())
        f.add(QStringLiteral("description"), description);
    if (!receiptEmail.isEmpty())
        f.add(QStringLiteral("receipt_email"), receiptEmail);
    f.addMap(QStringLiteral("metadata"), metadata);
    f.addArray(QStringLiteral("expand"), expand);
    appendExtra(f, extra);
    return f;
}

FormEncoder PaymentIntentUpdateParams::toForm() const
{
    FormEncoder f;
    if (amount)
        f.add(QStringLiteral("amount"), *amount);
    if (currency)
        f.add(QStringLiteral("currency"), *currency);
    if (description)
        f.add(QStringLiteral("description"), *description);
    if (receiptEmail)
        f.add(QStringLiteral("receipt_email"), *receiptEmail);
    if (captureMethod)
        f.add(QStringLiteral("capture_method"), *captureMethod);
    if (paymentMethodTypes)
        f.addArray(QStringLiteral("payment_method_types"), *paymentMethodTypes);
    f.addMap(QStringLiteral("metadata"), metadata);
    f.addArray(QStringLiteral("expand"), expand);
    return f;
}

FormEncoder PaymentIntentConfirmParams::toForm() const
{
    FormEncoder f;
    if (!paymentMethodDataType.isEmpty())
        f.add(QStringLiteral("payment_method_data[type]"), paymentMethodDataType);
    if (!paymentMethod.isEmpty())
        f.add(QStringLiteral("payment_method"), paymentMethod);
    if (!returnUrl.isEmpty())
        f.add(QStringLiteral("return_url"), returnUrl);
    f.addArray(QStringLiteral("expand"), expand);
    return f;
}

QList<CreatedRange> CreatedRange::split(qint64 from, qint64 to, int parts)
{
    QList<CreatedRange> ranges;
    if (to <= from || parts < 1)
        return {CreatedRange{from, to}};
    parts = int(std::min<qint64>(parts, to - from));
    const qint64 span = to - from;
    for (int i = 0; i < parts; ++i) {
        const qint64 start = from + span * i / parts;
        const qint64 end = from + span * (i + 1) / parts;
        ranges.append(CreatedRange{start, end});
    }
    return ranges;
}

void ListParams::setCreatedRange(const CreatedRange &range)
{
    createdGte = range.gte;
    createdLt = range.lt;
}

FormEncoder ListParams::toForm() const
{
    FormEncoder f;
    f.add(QStringLiteral("limit"), qint64(limit));
    if (!startingAfter.isEmpty())
        f.add(QStringLiteral("starting_after"), startingAfter);
    if (!endingBefore.isEmpty())
        f.add(QStringLiteral("ending_before"), endingBefore);
    if (createdGt)
        f.add(QStringLiteral("created[gt]"), *createdGt);
    if (createdGte)
        f.add(QStringLiteral("created[gte]"), *createdGte);
    if (createdLt)
        f.add(QStringLiteral("created[lt]"), *createdLt);
    if (createdLte)
        f.add(QStringLiteral("created[lte]"), *createdLte);
    f.addArray(QStringLiteral("expand"), expand);
    appendExtra(f, extra);
    return f;
}

FormEncoder RefundCreateParams::toForm() const
{
    FormEncoder f;
    if (!paymentIntent.isEmpty())
        f.add(QStringLiteral("payment_intent"), paymentIntent);
    if (!charge.isEmpty())
        f.add(QStringLiteral("charge"), charge);
    if (amount)
        f.add(QStringLiteral("amount"), *amount);
    if (!reason.isEmpty())
        f.add(QStringLiteral("reason"), reason);
    f.addMap(QStringLiteral("metadata"), metadata);
    return f;
}

FormEncoder WebhookEndpointCreateParams::toForm() const
{
    FormEncoder f;
    f.add(QStringLiteral("url"), url);
    f.addArray(QStringLiteral("enabled_events"), enabledEvents);
    if (!description.isEmpty())
        f.add(QStringLiteral("description"), description);
    return f;
}

QString cancellationReasonName(CancellationReason reason)
{
    switch (reason) {
    case CancellationReason::Unspecified:
        return {};
    case CancellationReason::Duplicate:
        return QStringLiteral("duplicate");
    case CancellationReason::Fraudulent:
        return QStringLiteral("fraudulent");
    case CancellationReason::RequestedByCustomer:
        return QStringLiteral("requested_by_customer");
    case CancellationReason::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

} // namespace holdfast::stripe
