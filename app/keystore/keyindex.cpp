#include "keystore/keyindex.h"

#include "keystore/keystore.h"

#include <QSettings>

namespace holdfast::keystore {

namespace {
const QString group = QStringLiteral("keychainIndex");

// QSettings treats '/' as a group separator; keep each entry a single flat key.
QString settingsKey(const QString &entry)
{
    return group + u'/' + QString(entry).replace(u'/', u'.');
}
} // namespace

KeyIndex::KeyIndex(QSettings *settings) : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

KeyIndex::~KeyIndex() = default;

QSettings *KeyIndex::settings() const
{
    return m_settings;
}

bool KeyIndex::has(const QString &entry) const
{
    return !entry.isEmpty() && settings()->value(settingsKey(entry), false).toBool();
}

void KeyIndex::setPresent(const QString &entry, bool present)
{
    if (entry.isEmpty())
        return;
    if (present)
        settings()->setValue(settingsKey(entry), true);
    else
        settings()->remove(settingsKey(entry));
    settings()->sync();
}

QStringList KeyIndex::entries() const
{
    settings()->beginGroup(group);
    QStringList keys = settings()->childKeys();
    settings()->endGroup();
    QStringList out;
    for (const QString &k : std::as_const(keys))
        if (settings()->value(group + u'/' + k).toBool())
            out << QString(k).replace(u'.', u'/');
    out.sort();
    return out;
}

bool KeyIndex::hasStripeKeys(Mode mode) const
{
    return has(entryName(mode, KeyKind::SecretKey)) && has(entryName(mode, KeyKind::PublishableKey));
}

bool KeyIndex::hasWebhookSecret(Mode mode) const
{
    return has(entryName(mode, KeyKind::WebhookSecret));
}

} // namespace holdfast::keystore
