// The newest stored events, for the Events page's list (the event log only offers lookups).
#pragma once

#include "store/eventlog.h"

namespace holdfast::events {

store::Result<QList<store::StoredEvent>> recentEvents(store::Database &db, int limit = 200);

} // namespace holdfast::events
