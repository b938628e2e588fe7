#include "holds/holdalerts.h"

#include <QLocale>

namespace holdfast::ui {

using Level = backoffice::HoldDeadline::Level;

HoldAlerts::HoldAlerts(HeldModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(model, &HeldModel::attentionChanged, this, &HoldAlerts::check);
}

void HoldAlerts::check()
{
    const QList<HeldModel::Attention> holds = m_model->needingAttention();
    const HeldModel::Attention *first = nullptr;
    int fresh = 0;
    QHash<qint64, Level> now;
    for (const HeldModel::Attention &hold : holds) {
        now.insert(hold.orderId, hold.level);
        if (m_announced.value(hold.orderId, Level::Normal) == hold.level)
            continue;
        ++fresh;
        if (!first)
            first = &hold; // soonest first
    }
    if (first) {
        const QString left = backoffice::HoldDeadline::remainingText(first->secondsLeft);
        QString text = first->level == Level::Red
                           ? tr("Capture now: the hold for order %1 (%2, %3) lapses soon — %4.")
                           : tr("Capture soon: the hold for order %1 (%2, %3) lapses in under two days — %4.");
        text = text.arg(first->number, first->customer, first->amount.format(QLocale()), left);
        if (fresh > 1)
            text += QLatin1Char(' ') + tr("%n more hold(s) also need capturing.", nullptr, fresh - 1);
        Q_EMIT alert(text, first->orderId, first->level == Level::Red);
    }
    // Captured, cancelled or lapsed holds are forgotten; a hold seen again is announced again.
    m_announced = now;
    if (int(holds.size()) != m_count) {
        m_count = int(holds.size());
        Q_EMIT countChanged(m_count);
    }
}

} // namespace holdfast::ui
