// How the actor strings in orders and the audit log read to a person: "7" or "staff-7" becomes the
// account's name, Holdfast's own background work gets a translated label, anything else stays as
// stored. Names are read once, on refresh(), and again when an id is not known yet (someone was
// added since), never per table cell. Copies share one cache.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <memory>

namespace holdfast::staff {
class StaffAccounts;
}

namespace holdfast::ui {

class StaffNames
{
public:
    StaffNames() = default; // no accounts: ids show as "#7"
    explicit StaffNames(const staff::StaffAccounts &accounts);

    QString display(const QString &actor) const;
    void refresh() const; // the cache is shared, not part of this value

private:
    const staff::StaffAccounts *m_accounts = nullptr;
    struct Cache
    {
        QHash<qint64, QString> names;
        QSet<qint64> missing; // looked up again once already: not an account here
    };
    std::shared_ptr<Cache> m_cache = std::make_shared<Cache>();
};

} // namespace holdfast::ui
