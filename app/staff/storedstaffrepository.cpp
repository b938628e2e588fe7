#include "staff/storedstaffrepository.h"

#include "diagnostics/logging.h"
#include "store/database.h"
#include "store/keyvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace holdfast::staff {

namespace {

const QString settingKey = QStringLiteral("staff.accounts");

QJsonObject toJson(const StaffMember &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("role"), roleName(m.role)},
            {QStringLiteral("pin_hash"), QString::fromLatin1(m.pinHash)},
            {QStringLiteral("failed"), m.failedAttempts},
            {QStringLiteral("locked_until"), m.lockedUntil.isValid() ? m.lockedUntil.toString(Qt::ISODate) : QString()},
            {QStringLiteral("active"), m.active}};
}

StaffMember fromJson(const QJsonObject &o)
{
    StaffMember m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.name = o.value(QStringLiteral("name")).toString();
    m.role = roleFromName(o.value(QStringLiteral("role")).toString()).value_or(Role::Staff);
    m.pinHash = o.value(QStringLiteral("pin_hash")).toString().toLatin1();
    m.failedAttempts = o.value(QStringLiteral("failed")).toInt();
    m.lockedUntil = QDateTime::fromString(o.value(QStringLiteral("locked_until")).toString(), Qt::ISODate);
    m.active = o.value(QStringLiteral("active")).toBool(true);
    return m;
}

} // namespace

QList<StaffMember> StoredStaffRepository::list() const
{
    const auto stored = store::Settings(m_db).value(settingKey);
    QList<StaffMember> members;
    if (!stored.ok()) {
        qCWarning(lcStaff) << "cannot read staff accounts:" << stored.error().detail();
        return members;
    }
    const QJsonArray array = QJsonDocument::fromJson(stored->toUtf8()).array();
    for (const QJsonValue &v : array)
        members.append(fromJson(v.toObject()));
    return members;
}

std::optional<StaffMember> StoredStaffRepository::find(qint64 id) const
{
    for (const StaffMember &m : list())
        if (m.id == id)
            return m;
    return std::nullopt;
}

bool StoredStaffRepository::save(const QList<StaffMember> &members)
{
    QJsonArray array;
    for (const StaffMember &m : members)
        array.append(toJson(m));
    const auto saved = store::Settings(m_db).setValue(
        settingKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!saved.ok())
        qCWarning(lcStaff) << "cannot store staff accounts:" << saved.error().detail();
    return saved.ok();
}

qint64 StoredStaffRepository::add(const StaffMember &member)
{
    // Read-modify-write inside one transaction so two tills adding staff cannot lose one.
    store::Transaction tx(m_db);
    if (!tx.status().ok())
        return 0;
    QList<StaffMember> members = list();
    qint64 next = 1;
    for (const StaffMember &m : members)
        next = std::max(next, m.id + 1);
    StaffMember added = member;
    added.id = next;
    members.append(added);
    if (!save(members) || !tx.commit().ok())
        return 0;
    return next;
}

bool StoredStaffRepository::update(const StaffMember &member)
{
    store::Transaction tx(m_db);
    if (!tx.status().ok())
        return false;
    QList<StaffMember> members = list();
    for (StaffMember &m : members) {
        if (m.id == member.id) {
            m = member;
            return save(members) && tx.commit().ok();
        }
    }
    return false;
}

} // namespace holdfast::staff
