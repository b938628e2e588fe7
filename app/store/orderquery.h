// What the order list asks for: filters, search text, sort and one page.
#pragma once

#include "domain/mode.h"
#include "domain/orderstate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace holdfast::store {

struct OrderQuery
{
    enum class SortColumn { Number, Customer, Total, State, Created, Updated };

    std::optional<Mode> mode; // orders remember their mode; lists usually show one
    // Prefix of the number, a word of the customer's name, the whole name, email, phone (any
    // punctuation) or a PaymentIntent id. Case-insensitive.
    QString search;
    QList<OrderState> states; // empty: any
    // Only orders with a refund that failed or was cancelled (the money never reached the customer:
    // a manager decides what next).
    bool refundFailed = false;
    // Only orders with a dispute (open or closed): a customer's bank questioned the payment.
    bool disputed = false;
    QDateTime createdFrom; // inclusive; invalid: unbounded
    QDateTime createdTo; // exclusive; invalid: unbounded
    SortColumn sortColumn = SortColumn::Created;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    int offset = 0;
    int limit = 100;
};

} // namespace holdfast::store
