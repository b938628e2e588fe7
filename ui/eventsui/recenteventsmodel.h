// The newest Stripe events Holdfast stored, as a table: type, object, when Stripe created it,
// when Holdfast received it, and whether it has been applied. Display text is formatted; the
// sort role carries raw values.
#pragma once

#include "store/eventlog.h"

#include <QAbstractTableModel>

namespace holdfast::ui {

class RecentEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, ObjectColumn, CreatedColumn, ReceivedColumn, ProcessedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int EventIdRole = Qt::UserRole + 2;

    explicit RecentEventsModel(QObject *parent = nullptr);

    void setEvents(const QList<store::StoredEvent> &events);
    const store::StoredEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::StoredEvent> m_events;
};

} // namespace holdfast::ui
