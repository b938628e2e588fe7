// The "Disputes" place: every dispute of this till's orders, the soonest evidence deadline first.
// A manager opens the order, or the dispute in Stripe's Dashboard to send evidence there.
#pragma once

#include "domain/clock.h"
#include "domain/mode.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace holdfast::store {
class Database;
}

namespace holdfast::ui {

class DisputesModel;

class DisputesView : public QWidget
{
    Q_OBJECT

public:
    DisputesView(store::Database &db, Mode mode, holdfast::Clock clock = holdfast::systemClock(),
                 QWidget *parent = nullptr);

    DisputesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QList<QAction *> shortcutActions() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openOrderRequested(qint64 orderId, const QString &number);
    // Open disputes waiting for the shop's evidence, after each refresh.
    void needingResponseChanged(int count);

private:
    void updateActions();

    DisputesModel *m_model;
    Mode m_mode;
    QTableView *m_table;
    QLabel *m_notice;
    QLabel *m_empty;
    QAction *m_openOrder;
    QAction *m_openDashboard;
    QAction *m_refresh;
};

} // namespace holdfast::ui
