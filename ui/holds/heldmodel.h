// Every held authorisation, soonest deadline first, with a live countdown ("6 d 23 h left") that
// turns amber under 48 h and red under 24 h; holds that lapsed recently stay listed as "Expired" so
// nothing lapses unnoticed. The clock is injected; tick() recomputes the countdown.
#pragma once

#include "backoffice/holddeadline.h"
#include "domain/money.h"
#include "domain/order.h"
#include "domain/clock.h"
#include "staffui/staffnames.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace holdfast::store {
class Database;
}

namespace holdfast::ui {

class HeldModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CustomerColumn, AmountColumn, DeadlineColumn, LeftColumn, StaffColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole, LevelRole };

    HeldModel(store::Database &db, holdfast::Clock clock, QObject *parent = nullptr);
    void setStaffNames(StaffNames names) { m_staffNames = std::move(names); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 orderIdAt(int row) const;
    int rowForOrder(qint64 orderId) const;
    backoffice::HoldDeadline::Level levelAt(int row) const;
    // Held now and due within 24 hours: the count the "Held" place shows in red.
    int dueSoonCount() const;

    // A hold someone must capture (or cancel) soon: amber under 48 hours, red under 24.
    struct Attention
    {
        qint64 orderId = 0;
        QString number;
        QString customer;
        Money amount;
        backoffice::HoldDeadline::Level level = backoffice::HoldDeadline::Level::Normal;
        qint64 secondsLeft = 0;
    };
    // Soonest first.
    QList<Attention> needingAttention() const;
    // How often the countdown is recomputed from the clock (30 s by default).
    void setTickInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

public Q_SLOTS:
    void refresh();
    // Recomputes the countdown from the clock; a timer calls it every 30 s.
    void tick();

Q_SIGNALS:
    void holdEnteredRed(qint64 orderId);
    void holdExpired(qint64 orderId);
    void dueSoonCountChanged(int count);
    // The holds needing attention may have changed: after every refresh and every tick.
    void attentionChanged();

private:
    struct Hold
    {
        Order order;
        PaymentAttempt attempt;
        backoffice::HoldDeadline deadline;
        backoffice::HoldDeadline::Level level = backoffice::HoldDeadline::Level::Normal;
    };
    void updateLevels(bool announce);

    store::Database &m_db;
    holdfast::Clock m_clock;
    StaffNames m_staffNames;
    QList<Hold> m_holds;
    QTimer m_timer;
    int m_dueSoon = -1;
};

} // namespace holdfast::ui
