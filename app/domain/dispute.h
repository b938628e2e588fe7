// A dispute (chargeback or inquiry) as Stripe reports it: the customer's bank questions a charge,
// takes the money back while the shop answers with evidence, and the bank decides.
#pragma once

#include "domain/parseerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace holdfast {

struct Dispute
{
    QString id; // du_… (older accounts: dp_…)
    QString charge;
    QString paymentIntent; // null for charges made without a PaymentIntent; Holdfast makes none
    qint64 amount = 0;
    QString currency;
    QString reason; // fraudulent, product_not_received, duplicate, general, …
    // warning_needs_response, warning_under_review, warning_closed (an inquiry: no money moved);
    // needs_response, under_review, won, lost (a chargeback).
    QString status;
    QDateTime evidenceDueBy; // invalid: the bank allows no response
    QDateTime created;

    // Still open: the bank has not decided.
    bool isOpen() const;
    // The shop must send evidence before evidenceDueBy or it loses.
    bool needsResponse() const;
    // An inquiry: the customer's bank asked questions; no money has moved.
    bool isInquiry() const;
    bool isLost() const { return status == QLatin1String("lost"); }
    bool isWon() const { return status == QLatin1String("won"); }

    // How far along the dispute is: a report never moves a dispute back (events may arrive in any
    // order) and a closed one is never reopened.
    static int rank(const QString &status);
    static bool isClosedStatus(const QString &status);

    static std::optional<Dispute> fromJson(const QJsonObject &json, ParseError *error);
};

namespace disputetext {
// What a person reads, translated: "Needs response", "Fraudulent"… Unknown codes are shown as they
// came, so a new Stripe value is never hidden.
QString status(const QString &status);
QString reason(const QString &reason);
} // namespace disputetext

} // namespace holdfast
