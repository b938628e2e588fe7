// The append-only record of who did what: order changes, captures, refunds, approvals. The database
// refuses UPDATE and DELETE on it; an order's timeline is read back from here.
#pragma once

#include "domain/order.h"
#include "store/storeerror.h"

#include <QList>

namespace holdfast::store {

class Database;

class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Joins the caller's transaction when there is one. Fills in "at" when it is invalid.
    Result<AuditEntry> append(const AuditEntry &entry);
    // Oldest first.
    Result<QList<AuditEntry>> forOrder(qint64 orderId);
    // Newest first, for the back office's log view.
    Result<QList<AuditEntry>> recent(int limit = 200);

private:
    Database &m_db;
};

} // namespace holdfast::store
