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
    // Each call spelled out, so lupdate sees it (and its %n) in the "HoldDeadline" context.
    if (secondsLeft <= 0)
        return QCoreApplication::translate("HoldDeadline", "Expired");
    const int days = int(secondsLeft / 86400);
    const int hours = int(secondsLeft % 86400 / 3600);
    const int minutes = int(secondsLeft % 3600 / 60);
    // (A function call inside translate()'s arguments sends lupdate 6.4 into an endless loop.)
    const int minutesShown = qMax(1, minutes);
    if (days == 0 && hours == 0)
        return QCoreApplication::translate("HoldDeadline", "%n min left", nullptr, minutesShown);
    const QString dayPart = QCoreApplication::translate("HoldDeadline", "%n d", nullptr, days);
    const QString hourPart = QCoreApplication::translate("HoldDeadline", "%n h", nullptr, hours);
    const QString minutePart = QCoreApplication::translate("HoldDeadline", "%n min", nullptr, minutes);
    //: Countdown of a held payment, e.g. "6 d 23 h left"; %1 is the larger unit, %2 the smaller one.
    const QString left = QCoreApplication::translate("HoldDeadline", "%1 %2 left");
    return days > 0 ? left.arg(dayPart, hourPart) : left.arg(hourPart, minutePart);
}

} // namespace holdfast::backoffice
