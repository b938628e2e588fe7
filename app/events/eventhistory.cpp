#include "events/eventhistory.h"

#include "store/database.h"

#include <QSqlQuery>

namespace holdfast::events {

store::Result<QList<store::StoredEvent>> recentEvents(store::Database &db, int limit)
{
    // Newest first by arrival; the payload is left out, the list never shows it.
    auto r =
        db.exec(QStringLiteral("SELECT stripe_event_id, type, object_id, created, received_at, processed "
                               "FROM events ORDER BY id DESC LIMIT ?"),
                {limit});
    if (!r)
        return r.error();
    QList<store::StoredEvent> events;
    while ((*r)->next()) {
        store::StoredEvent e;
        e.stripeEventId = (*r)->value(0).toString();
        e.type = (*r)->value(1).toString();
        e.objectId = (*r)->value(2).toString();
        e.created = QDateTime::fromSecsSinceEpoch((*r)->value(3).toLongLong(), Qt::UTC);
        e.receivedAt = QDateTime::fromMSecsSinceEpoch((*r)->value(4).toLongLong(), Qt::UTC);
        e.processed = (*r)->value(5).toInt() != 0;
        events.append(e);
    }
    (*r)->finish();
    return events;
}

} // namespace holdfast::events
