// The "Held" place: every held authorisation by deadline with its countdown, and the capture /
// cancel actions for the selected one. Emits holdEnteredRed so the window can show a notice.
#pragma once

#include "backoffice/holdoperations.h"
#include "domain/clock.h"

#include <QWidget>

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace holdfast::store {
class Database;
}
namespace holdfast::staff {
class StaffAccounts;
}

namespace holdfast::ui {

class HeldModel;
class HoldActions;

class HeldView : public QWidget
{
    Q_OBJECT

public:
    HeldView(store::Database &db, backoffice::HoldOperations &operations, staff::StaffAccounts &accounts,
             qint64 currentStaffId, holdfast::Clock clock = holdfast::systemClock(), QWidget *parent = nullptr);
    ~HeldView() override;

    HeldModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    HoldActions *holdActions() const { return m_actions; }
    // Everything with a shortcut, for Help → Keyboard shortcuts.
    QList<QAction *> shortcutActions() const;
    void setCurrentStaff(qint64 staffId);
    void selectOrder(qint64 orderId);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void holdEnteredRed(qint64 orderId);
    void dueSoonCountChanged(int count);

private:
    void onSelectionChanged();

    HeldModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_notice;
    QLabel *m_empty;
    HoldActions *m_actions;
    QAction *m_refresh;
};

} // namespace holdfast::ui
