// A Stripe PaymentIntent as Holdfast reads it from the API. Unknown fields are ignored.
#pragma once

#include "domain/money.h"
#include "domain/parseerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace holdfast {

struct PaymentError
{
    QString type;
    QString code;
    QString declineCode;
    QString message;
    QString paymentMethodType;
    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && type.isEmpty(); }
};

class PaymentIntent
{
public:
    enum class Status {
        RequiresPaymentMethod,
        RequiresConfirmation,
        RequiresAction,
        Processing,
        RequiresCapture,
        Canceled,
        Succeeded,
    };
    enum class CaptureMethod { Automatic, AutomaticAsync, Manual };

    QString id;
    qint64 amount = 0;
    qint64 amountCapturable = 0;
    qint64 amountReceived = 0;
    QString currency;
    Status status = Status::RequiresPaymentMethod;
    CaptureMethod captureMethod = CaptureMethod::Automatic;
    QString clientSecret;
    QDateTime created;
    bool livemode = false;
    QUrl redirectUrl; // next_action.redirect_to_url.url, when the customer must go somewhere
    PaymentError lastPaymentError;
    QStringList paymentMethodTypes;
    QString paymentMethod;
    QString latestCharge;
    QDateTime canceledAt;
    QString cancellationReason;
    QString description;
    QString receiptEmail;
    QMap<QString, QString> metadata;

    Money amountMoney() const { return Money(amount, currency); }
    Money capturableMoney() const { return Money(amountCapturable, currency); }
    Money receivedMoney() const { return Money(amountReceived, currency); }

    static QString statusName(Status s);
    static std::optional<Status> statusFromName(const QString &name);
    static QString captureMethodName(CaptureMethod m);

    // Reads an API object; nullopt with *error naming the field when a required one is missing or
    // of the wrong type. Never throws, never crashes on hostile input.
    static std::optional<PaymentIntent> fromJson(const QJsonObject &json, ParseError *error);
};

} // namespace holdfast
