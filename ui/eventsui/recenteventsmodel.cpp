#include "eventsui/recenteventsmodel.h"

#include <QLocale>

namespace holdfast::ui {

RecentEventsModel::RecentEventsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecentEventsModel::setEvents(const QList<store::StoredEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int RecentEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RecentEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::StoredEvent &e = m_events.at(index.row());
    if (role == EventIdRole)
        return e.stripeEventId;
    if (role == SortRole) {
        switch (index.column()) {
        case TypeColumn:
            return e.type;
        case ObjectColumn:
            return e.objectId;
        case CreatedColumn:
            return e.created;
        case ReceivedColumn:
            return e.receivedAt;
        case ProcessedColumn:
            return e.processed;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == TypeColumn)
        return e.stripeEventId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TypeColumn:
        return e.type;
    case ObjectColumn:
        return e.objectId;
    case CreatedColumn:
        return locale.toString(e.created.toLocalTime(), QLocale::ShortFormat);
    case ReceivedColumn:
        return locale.toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case ProcessedColumn:
        return e.processed ? tr("Applied") : tr("Waiting");
    }
    return {};
}

QVariant RecentEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Event");
    case ObjectColumn:
        return tr("Object");
    case CreatedColumn:
        return tr("Created at Stripe");
    case ReceivedColumn:
        return tr("Received");
    case ProcessedColumn:
        return tr("Status");
    }
    return {};
}

} // namespace holdfast::ui
