#include "store/storeerror.h"

#include <QCoreApplication>

namespace holdfast::store {

StoreError::StoreError(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) {}

QString StoreError::userMessage() const
{
    switch (m_kind) {
    case Kind::Unavailable:
        return QCoreApplication::translate("StoreError",
                                           "The order database cannot be reached. Check the connection or "
                                           "the database server, then try again.");
    case Kind::Locked:
        return QCoreApplication::translate("StoreError",
                                           "The order database is busy with another till. Try again in a "
                                           "moment.");
    case Kind::Conflict:
        return QCoreApplication::translate("StoreError",
                                           "This order was changed by someone else. It has been reloaded; "
                                           "check it and try again.");
    case Kind::IllegalTransition:
        return QCoreApplication::translate("StoreError", "This order cannot move to that state from where it "
                                                         "is now.");
    case Kind::NewerSchema:
        return QCoreApplication::translate("StoreError",
                                           "The order database was written by a newer version of Holdfast. "
                                           "Update Holdfast on this till before opening it.");
    case Kind::NotFound:
        return QCoreApplication::translate("StoreError", "The order could not be found.");
    case Kind::Constraint:
        return QCoreApplication::translate("StoreError", "The database refused the change because it "
                                                         "conflicts with existing data.");
    case Kind::Invalid:
        return QCoreApplication::translate("StoreError", "The order data is not valid and was not saved.");
    case Kind::Internal:
        return QCoreApplication::translate("StoreError", "The order database reported an unexpected error.");
    }
    return {};
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unavailable:
        return QStringLiteral("Unavailable");
    case Kind::Locked:
        return QStringLiteral("Locked");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::IllegalTransition:
        return QStringLiteral("IllegalTransition");
    case Kind::NewerSchema:
        return QStringLiteral("NewerSchema");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Constraint:
        return QStringLiteral("Constraint");
    case Kind::Invalid:
        return QStringLiteral("Invalid");
    case Kind::Internal:
        return QStringLiteral("Internal");
    }
    return {};
}

} // namespace holdfast::store
