// The "End of day" place: the chosen day's totals, Export CSV… and Print… (to a printer or PDF).
#pragma once

#include "domain/mode.h"

#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QTableView;

namespace holdfast::store {
class Database;
}

namespace holdfast::ui {

class EndOfDayModel;

class EndOfDayView : public QWidget
{
    Q_OBJECT

public:
    EndOfDayView(store::Database &db, std::optional<Mode> mode = std::nullopt, QWidget *parent = nullptr);
    ~EndOfDayView() override;

    EndOfDayModel *model() const { return m_model; }
    QList<QAction *> shortcutActions() const { return {m_exportAction, m_printAction}; }
    void setDay(const QDate &day);
    // The file steps without their dialogs, for tests and scripted closing.
    bool exportCsvTo(const QString &path);
    bool printToPdf(const QString &path);

public Q_SLOTS:
    void refresh();
    void exportCsv();
    void print();

private:
    store::Database &m_db;
    std::optional<Mode> m_mode;
    EndOfDayModel *m_model;
    QDateEdit *m_day;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_exportAction;
    QAction *m_printAction;
};

} // namespace holdfast::ui
