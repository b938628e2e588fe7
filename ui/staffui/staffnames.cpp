#include "staffui/staffnames.h"

#include "staff/staffaccounts.h"

#include <QCoreApplication>

namespace holdfast::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("holdfast::ui::StaffNames", text);
}

// The staff id in "7", "staff-7" or "manager-7"; 0 when the actor is not a person.
qint64 staffIdOf(const QString &actor)
{
    QStringView id(actor);
    for (const QLatin1String prefix : {QLatin1String("staff-"), QLatin1String("manager-")}) {
        if (id.startsWith(prefix)) {
            id = id.mid(prefix.size());
            break;
        }
    }
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}
} // namespace

StaffNames::StaffNames(const staff::StaffAccounts &accounts) : m_accounts(&accounts)
{
    refresh();
}

void StaffNames::refresh() const
{
    m_cache->names.clear();
    m_cache->missing.clear();
    if (!m_accounts)
        return;
    for (const staff::StaffMember &m : m_accounts->everyone())
        m_cache->names.insert(m.id, m.name);
}

QString StaffNames::display(const QString &actor) const
{
    if (actor == QLatin1String("events"))
        return tr("Stripe events");
    if (actor == QLatin1String("reconcile"))
        return tr("Reconciliation with Stripe");
    if (actor == QLatin1String("webhooks"))
        return tr("Webhook receiver");
    if (const qint64 id = staffIdOf(actor)) {
        if (!m_cache->names.contains(id) && m_accounts && !m_cache->missing.contains(id)) {
            const QSet<qint64> missing = m_cache->missing;
            refresh();
            m_cache->missing = missing;
            if (!m_cache->names.contains(id))
                m_cache->missing.insert(id);
        }
        const auto it = m_cache->names.constFind(id);
        return it != m_cache->names.cend() ? *it : tr("#%1").arg(id);
    }
    return actor;
}

} // namespace holdfast::ui
