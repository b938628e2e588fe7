#include "backoffice/holddeadline.h"

#include <QCoreApplication>

namespace holdfast::backoffice {

HoldDeadline HoldDeadline::forHold(const Order &order, const PaymentAttempt &attempt)
{
    if (attempt.captureBefore.isValid())
        return HoldDeadline(attempt.captureBefore);
    const QDateTime start = attempt.createdAt.isValid() ? attempt.createdAt : order.createdAt;
    return HoldDeadline(start.isValid() ? start.addSecs(holdWindowSeconds) : QDateTime());
}

qint64 HoldDeadline::secondsLeft(const QDateTime &now) const
{
    return m_deadline.isValid() ? now.secsTo(m_deadline) : holdWindowSeconds;
}

HoldDeadline::Level HoldDeadline::levelFor(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return Level::Expired;
    if (secondsLeft < redSeconds)
        return Level::Red;
    if (secondsLeft < amberSeconds)
        return Level::Amber;
    return Level::Normal;
}

QString HoldDeadline::remainingText(qint64 secondsLeft)
{
    // Spelled out in full so lupdate sees each call (and its %n) in the "HoldDeadline" context.
    if (secondsLeft <= 0)
        return QCoreApplication::translate("HoldDeadline", "Expired");
    const int days = int(secondsLeft / 86400);
    const int hours = int(secondsLeft % 86400 / 3600);
    const int minutes = int(secondsLeft % 3600 / 60);
    //: Countdown of a held payment, e.g. "6 d 23 h left"; %1 is the days part, %2 the hours part.
    if (days > 0)
        return QCoreApplication::translate("HoldDeadline", "%1 %2 left")
            .arg(QCoreApplication::translate("HoldDeadline", "%n d", nullptr, days),
                 QCoreApplication::translate("HoldDeadline", "%n h", nullptr, hours));
    if (hours > 0)
        return QCoreApplication::translate("HoldDeadline", "%1 %2 left")
            .arg(QCoreApplication::translate("HoldDeadline", "%n h", nullptr, hours),
                 QCoreApplication::translate("HoldDeadline", "%n min", nullptr, minutes));
    return QCoreApplication::translate("HoldDeadline", "%n min left", nullptr, qMax(1, minutes));
}

} // namespace holdfast::backoffice
