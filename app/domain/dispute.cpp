#include "domain/dispute.h"

#include "domain/stripeobjects.h"

#include <QCoreApplication>

namespace holdfast {

namespace {

struct Text
{
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps the texts visible to lupdate.
constexpr Text statuses[] = {
    {"warning_needs_response", QT_TRANSLATE_NOOP("Dispute", "Inquiry: needs response")},
    {"warning_under_review", QT_TRANSLATE_NOOP("Dispute", "Inquiry: under review")},
    {"warning_closed", QT_TRANSLATE_NOOP("Dispute", "Inquiry closed")},
    {"needs_response", QT_TRANSLATE_NOOP("Dispute", "Needs response")},
    {"under_review", QT_TRANSLATE_NOOP("Dispute", "Under review")},
    {"won", QT_TRANSLATE_NOOP("Dispute", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Dispute", "Lost")},
};

constexpr Text reasons[] = {
    {"bank_cannot_process", QT_TRANSLATE_NOOP("Dispute", "Bank cannot process")},
    {"check_returned", QT_TRANSLATE_NOOP("Dispute", "Check returned")},
    {"credit_not_processed", QT_TRANSLATE_NOOP("Dispute", "Credit not processed")},
    {"customer_initiated", QT_TRANSLATE_NOOP("Dispute", "Customer initiated")},
    {"debit_not_authorized", QT_TRANSLATE_NOOP("Dispute", "Debit not authorised")},
    {"duplicate", QT_TRANSLATE_NOOP("Dispute", "Duplicate")},
    {"fraudulent", QT_TRANSLATE_NOOP("Dispute", "Fraudulent")},
    {"general", QT_TRANSLATE_NOOP("Dispute", "General")},
    {"incorrect_account_details", QT_TRANSLATE_NOOP("Dispute", "Incorrect account details")},
    {"insufficient_funds", QT_TRANSLATE_NOOP("Dispute", "Insufficient funds")},
    {"product_not_received", QT_TRANSLATE_NOOP("Dispute", "Product not received")},
    {"product_unacceptable", QT_TRANSLATE_NOOP("Dispute", "Product unacceptable")},
    {"subscription_canceled", QT_TRANSLATE_NOOP("Dispute", "Subscription cancelled")},
    {"unrecognized", QT_TRANSLATE_NOOP("Dispute", "Unrecognised")},
};

template <std::size_t N>
QString lookup(const Text (&table)[N], const QString &code)
{
    for (const Text &t : table)
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("Dispute", t.text);
    return code;
}

} // namespace

bool Dispute::isClosedStatus(const QString &s)
{
    return s == QLatin1String("won") || s == QLatin1String("lost") || s == QLatin1String("warning_closed");
}

int Dispute::rank(const QString &s)
{
    if (s == QLatin1String("warning_needs_response"))
        return 1;
    if (s == QLatin1String("warning_under_review"))
        return 2;
    if (s == QLatin1String("needs_response")) // an inquiry can become a chargeback
        return 3;
    if (s == QLatin1String("under_review"))
        return 4;
    if (isClosedStatus(s))
        return 5;
    return 0; // unknown: recorded, but any known status replaces it
}

bool Dispute::isOpen() const
{
    return !status.isEmpty() && !isClosedStatus(status);
}

bool Dispute::needsResponse() const
{
    return status == QLatin1String("needs_response") || status == QLatin1String("warning_needs_response");
}

bool Dispute::isInquiry() const
{
    return status.startsWith(QLatin1String("warning_"));
}

std::optional<Dispute> Dispute::fromJson(const QJsonObject &o, ParseError *error)
{
    Dispute d;
    qint64 created = 0;
    qint64 dueBy = 0;
    if (!json::requireObjectType(o, QLatin1String("dispute"), error))
        return std::nullopt;
    const QJsonValue details = o.value(QLatin1String("evidence_details"));
    if (!details.isUndefined() && !details.isNull() && !details.isObject()) {
        if (error)
            *error = {QStringLiteral("evidence_details"), QStringLiteral("not an object")};
        return std::nullopt;
    }
    // The charge and the PaymentIntent may come expanded; their ids are what is kept.
    if (!json::optionalId(o, QLatin1String("charge"), &d.charge, error)
        || !json::optionalId(o, QLatin1String("payment_intent"), &d.paymentIntent, error))
        return std::nullopt;
    if (!json::requireString(o, QLatin1String("id"), &d.id, error)
        || !json::requireInteger(o, QLatin1String("amount"), &d.amount, error)
        || !json::requireString(o, QLatin1String("currency"), &d.currency, error)
        || !json::requireString(o, QLatin1String("status"), &d.status, error)
        || !json::optionalString(o, QLatin1String("reason"), &d.reason, error)
        || !json::optionalInteger(o, QLatin1String("created"), &created, error)
        || !json::optionalInteger(details.toObject(), QLatin1String("due_by"), &dueBy, error))
        return std::nullopt;
    if (d.amount < 0) {
        if (error)
            *error = {QStringLiteral("amount"), QStringLiteral("negative")};
        return std::nullopt;
    }
    d.created = json::fromUnix(created);
    // Stripe sends 0 or null when the bank takes no evidence.
    if (dueBy > 0)
        d.evidenceDueBy = json::fromUnix(dueBy);
    return d;
}

namespace disputetext {

QString status(const QString &s)
{
    return lookup(statuses, s);
}

QString reason(const QString &r)
{
    return lookup(reasons, r);
}

} // namespace disputetext

} // namespace holdfast
