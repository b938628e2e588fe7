// What a capture, cancel or refund came to, for the dialog that asked and for the audit row.
#pragma once

#include "domain/orderstate.h"

#include <QMetaType>
#include <QString>

namespace holdfast::backoffice {

enum class OperationKind { Capture, Cancel, Refund };
QString operationName(OperationKind kind); // "capture", "cancel", "refund": audit action, idempotency key

struct OperationResult
{
    enum class Status {
        Succeeded,
        Refused, // never reached Stripe: not allowed, wrong state or amount, another one in flight
        Failed,  // Stripe said no; nothing moved
        Unknown, // the outcome could not be confirmed even by re-reading; retrying is safe (same key)
    };

    OperationKind kind = OperationKind::Capture;
    quint64 requestId = 0; // what HoldOperations::start() returned for the request this answers
    Status status = Status::Refused;
    qint64 orderId = 0;
    qint64 amountMinor = 0;        // captured / refunded by this operation
    qint64 releasedMinor = 0;      // the part of the hold a capture or cancel gave back
    qint64 pendingRefundMinor = 0; // refunds Stripe still reports as pending (Amazon Pay is asynchronous)
    QString currency;
    OrderState orderState = OrderState::Draft; // after the re-read
    QString message;                           // translated, for the person at the till
    QString detail;                            // technical: code, request id; never a secret

    bool succeeded() const { return status == Status::Succeeded; }
};

} // namespace holdfast::backoffice

Q_DECLARE_METATYPE(holdfast::backoffice::OperationResult)
