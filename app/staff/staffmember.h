// One staff account as stored: the PIN only as its Argon2id hash.
#pragma once

#include "staff/role.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace holdfast::staff {

struct StaffMember
{
    qint64 id = 0; // assigned by the repository
    QString name;
    Role role = Role::Staff;
    QByteArray pinHash;     // "$argon2id$…"
    int failedAttempts = 0; // wrong PINs in a row
    QDateTime lockedUntil;  // UTC; invalid when not locked
    bool active = true;
};

} // namespace holdfast::staff
