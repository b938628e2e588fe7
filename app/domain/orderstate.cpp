#include "domain/orderstate.h"

#include <QCoreApplication>
#include <QHash>

namespace holdfast::orderstate {

namespace {

struct Info
{
    OrderState state;
    const char *name;
    const char *display;
    int progress;
};

// QT_TRANSLATE_NOOP keeps the display names visible to lupdate.
constexpr Info infos[] = {
    {OrderState::Draft, "draft", QT_TRANSLATE_NOOP("OrderState", "Draft"), 0},
    {OrderState::AwaitingPayment, "awaiting_payment", QT_TRANSLATE_NOOP("OrderState", "Awaiting payment"), 1},
    {OrderState::PaymentFailed, "payment_failed", QT_TRANSLATE_NOOP("OrderState", "Payment failed"), 1},
    {OrderState::Authorised, "authorised", QT_TRANSLATE_NOOP("OrderState", "Held"), 2},
    {OrderState::Paid, "paid", QT_TRANSLATE_NOOP("OrderState", "Paid"), 3},
    {OrderState::Captured, "captured", QT_TRANSLATE_NOOP("OrderState", "Captured"), 3},
    {OrderState::PartiallyCaptured, "partially_captured", QT_TRANSLATE_NOOP("OrderState", "Partially captured"), 3},
    {OrderState::PartiallyRefunded, "partially_refunded", QT_TRANSLATE_NOOP("OrderState", "Partially refunded"), 4},
    {OrderState::Refunded, "refunded", QT_TRANSLATE_NOOP("OrderState", "Refunded"), 5},
    {OrderState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OrderState", "Cancelled"), 5},
    {OrderState::Expired, "expired", QT_TRANSLATE_NOOP("OrderState", "Expired"), 5},
};

const Info &info(OrderState s)
{
    for (const Info &i : infos)
        if (i.state == s)
            return i;
    return infos[0];
}

} // namespace

QString name(OrderState state)
{
    return QString::fromLatin1(info(state).name);
}

std::optional<OrderState> fromName(const QString &n)
{
    for (const Info &i : infos)
        if (n == QLatin1String(i.name))
            return i.state;
    return std::nullopt;
}

QString displayName(OrderState state)
{
    return QCoreApplication::translate("OrderState", info(state).display);
}

QList<OrderState> nextStates(OrderState from)
{
    using S = OrderState;
    switch (from) {
    case S::Draft:
        return {S::AwaitingPayment, S::Cancelled};
    case S::AwaitingPayment:
        return {S::Authorised, S::Paid, S::PaymentFailed, S::Cancelled};
    case S::PaymentFailed:
        return {S::AwaitingPayment, S::Cancelled};
    case S::Authorised:
        return {S::Captured, S::PartiallyCaptured, S::Cancelled, S::Expired};
    case S::Paid:
    case S::Captured:
    case S::PartiallyCaptured:
        return {S::PartiallyRefunded, S::Refunded};
    case S::PartiallyRefunded:
        return {S::PartiallyRefunded, S::Refunded};
    case S::Refunded:
    case S::Cancelled:
    case S::Expired:
        return {};
    }
    return {};
}

bool canTransition(OrderState from, OrderState to)
{
    return nextStates(from).contains(to);
}

bool isRefundReversal(OrderState from, OrderState to)
{
    using S = OrderState;
    if (from != S::Refunded && from != S::PartiallyRefunded)
        return false;
    if (to == S::PartiallyRefunded)
        return from == S::Refunded;
    return to == S::Captured || to == S::PartiallyCaptured || to == S::Paid;
}

int progress(OrderState state)
{
    return info(state).progress;
}

bool isTerminal(OrderState state)
{
    return nextStates(state).isEmpty();
}

QList<OrderState> all()
{
    QList<OrderState> list;
    for (const Info &i : infos)
        list.append(i.state);
    return list;
}

} // namespace holdfast::orderstate
