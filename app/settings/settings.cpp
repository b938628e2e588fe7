#include "settings/settings.h"

#include "domain/currency.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace holdfast::settings {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("holdfast::settings::Settings", text);
}
bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}
namespace key {
// The shop-wide choices sit at the top level, which an INI file keeps under [General]. Holdfast 0.1.0
// kept them in a group named "general": Qt writes that group as [%General] but reads it back as
// "General", so they were lost at every restart. Those values are moved up when a file is opened.
const QString mode = QStringLiteral("mode");
const QString started = QStringLiteral("started");
const QString shopName = QStringLiteral("shopName");
const QString shopCurrency = QStringLiteral("shopCurrency");
const QString language = QStringLiteral("language");
const QString legacyGroup = QStringLiteral("General/");
const QString databaseKind = QStringLiteral("database/kind");
const QString postgresUrl = QStringLiteral("database/postgresUrl");
const QString checkoutOrigin = QStringLiteral("checkout/origin");
const QString holdForCapture = QStringLiteral("checkout/holdForCapture");
const QString idleLock = QStringLiteral("staff/idleLockMinutes");
const QString testApiBase = QStringLiteral("stripe/testApiBase");
const QString events = QStringLiteral("events/poll");
} // namespace key
} // namespace

Settings::Settings(QSettings *backing) : m_settings(backing)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
    moveLegacyGeneralGroup();
}

void Settings::moveLegacyGeneralGroup()
{
    for (const QString &name : {key::mode, key::started, key::shopName, key::shopCurrency, key::language}) {
        const QString legacy = key::legacyGroup + name;
        if (!m_settings->contains(legacy))
            continue;
        if (!m_settings->contains(name))
            m_settings->setValue(name, m_settings->value(legacy));
        m_settings->remove(legacy);
    }
}

Settings::~Settings() = default;

Mode Settings::mode() const
{
    return mode::fromName(m_settings->value(key::mode).toString()).value_or(Mode::Training);
}

bool Settings::setMode(Mode m, QString *why)
{
    if (m == Mode::Live) {
        const QString problem = checkoutOriginProblem(Mode::Live, checkoutOrigin());
        if (!problem.isEmpty())
            return fail(why, problem);
    }
    m_settings->setValue(key::mode, mode::name(m));
    return true;
}

DatabaseKind Settings::databaseKind() const
{
    return m_settings->value(key::databaseKind).toString() == QLatin1String("postgresql")
               ? DatabaseKind::Postgresql
               : DatabaseKind::Sqlite;
}

void Settings::setDatabaseKind(DatabaseKind kind)
{
    m_settings->setValue(key::databaseKind, kind == DatabaseKind::Postgresql ? QStringLiteral("postgresql")
                                                                             : QStringLiteral("sqlite"));
}

QUrl Settings::postgresUrl() const
{
    return QUrl(m_settings->value(key::postgresUrl).toString(), QUrl::StrictMode);
}

QString Settings::postgresUrlProblem(const QUrl &url)
{
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) ||
        url.host().isEmpty())
        return tr("Enter the database as postgresql://user@host:5432/database.");
    if (!url.password().isEmpty()
        || (url.hasQuery() && url.query().contains(QLatin1String("password"), Qt::CaseInsensitive)))
        return tr("Leave the password out of the address; Holdfast keeps it in the system keychain.");
    return {};
}

bool Settings::setPostgresUrl(const QUrl &url, QString *why)
{
    if (const QString problem = postgresUrlProblem(url); !problem.isEmpty())
        return fail(why, problem);
    m_settings->setValue(key::postgresUrl, url.toString());
    return true;
}

QUrl Settings::checkoutOrigin() const
{
    return QUrl(m_settings->value(key::checkoutOrigin).toString(), QUrl::StrictMode);
}

QString Settings::checkoutOriginProblem(Mode m, const QUrl &origin)
{
    if (origin.isEmpty())
        return m == Mode::Live ? tr("Live mode needs the shop's HTTPS checkout address (for example "
                                    "https://pay.example.com), registered with Stripe.")
                               : QString();
    if (!origin.isValid() || origin.host().isEmpty() || (!origin.path().isEmpty() && origin.path() != u"/") ||
        origin.hasQuery() || origin.hasFragment() || !origin.userInfo().isEmpty())
        return tr("Enter only the checkout address's origin, like https://pay.example.com.");
    if (origin.scheme() == QLatin1String("https"))
        return {};
    if (origin.scheme() == QLatin1String("http"))
        return m == Mode::Live
                   ? tr("Live mode refuses plain HTTP: Stripe only takes live payments on HTTPS pages.")
                   : QString();
    return tr("The checkout address must start with https://.");
}

bool Settings::setCheckoutOrigin(const QUrl &origin, QString *why)
{
    const QString problem = checkoutOriginProblem(mode(), origin);
    if (!problem.isEmpty())
        return fail(why, problem);
    m_settings->setValue(key::checkoutOrigin, origin.adjusted(QUrl::RemovePath).toString());
    return true;
}

int Settings::idleLockMinutes() const
{
    return m_settings->value(key::idleLock, 5).toInt();
}

void Settings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(key::idleLock, std::clamp(minutes, 0, 240));
}

QString Settings::language() const
{
    return m_settings->value(key::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(key::language, language);
}

QStringList Settings::defaultEventsToPoll()
{
    return {QStringLiteral("payment_intent.amount_capturable_updated"),
            QStringLiteral("payment_intent.canceled"),
            QStringLiteral("payment_intent.payment_failed"),
            QStringLiteral("payment_intent.processing"),
            QStringLiteral("payment_intent.requires_action"),
            QStringLiteral("payment_intent.succeeded"),
            QStringLiteral("charge.captured"),
            QStringLiteral("charge.expired"),
            QStringLiteral("charge.refunded"),
            QStringLiteral("charge.dispute.created"),
            QStringLiteral("refund.updated"),
            QStringLiteral("refund.failed")};
}

QStringList Settings::eventsToPoll() const
{
    const QVariant v = m_settings->value(key::events);
    return v.isValid() ? v.toStringList() : defaultEventsToPoll();
}

bool Settings::setEventsToPoll(const QStringList &types, QString *why)
{
    static const QRegularExpression eventType(QStringLiteral("\\A[a-z_]+(\\.[a-z_]+)*(\\.\\*)?\\z"));
    if (types.isEmpty() || types.size() > 20) // Stripe takes at most 20 types[] per request
        return fail(why, tr("Choose between 1 and 20 event types."));
    for (const QString &t : types)
        if (!eventType.match(t).hasMatch())
            return fail(why, tr("“%1” is not a Stripe event type.").arg(t));
    m_settings->setValue(key::events, types);
    return true;
}

bool Settings::holdForCaptureByDefault() const
{
    return m_settings->value(key::holdForCapture, true).toBool();
}

void Settings::setHoldForCaptureByDefault(bool hold)
{
    m_settings->setValue(key::holdForCapture, hold);
}

QString Settings::shopName() const
{
    return m_settings->value(key::shopName).toString();
}

void Settings::setShopName(const QString &name)
{
    m_settings->setValue(key::shopName, name.trimmed());
}

QString Settings::shopCurrency() const
{
    const QString stored = m_settings->value(key::shopCurrency).toString().trimmed().toLower();
    return currency::isAmazonPayShopCurrency(stored) ? stored : QStringLiteral("usd");
}

bool Settings::setShopCurrency(const QString &code, QString *why)
{
    const QString lower = code.trimmed().toLower();
    if (!currency::isAmazonPayShopCurrency(lower))
        return fail(why, tr("Amazon Pay does not take %1 as a shop's currency. Choose one of: %2.")
                             .arg(code.trimmed().toUpper(), currency::amazonPayShopCurrencies().join(QStringLiteral(", ")).toUpper()));
    m_settings->setValue(key::shopCurrency, lower);
    return true;
}

QString Settings::shopCurrencyProblem() const
{
    const QString stored = m_settings->value(key::shopCurrency).toString().trimmed();
    if (stored.isEmpty() || currency::isAmazonPayShopCurrency(stored.toLower()))
        return {};
    return tr("The settings file names %1 as the shop's currency, which Amazon Pay does not take. New orders are "
              "priced in USD until a manager chooses a currency in Tools → Settings.")
        .arg(stored.toUpper());
}

bool Settings::isFirstStart() const
{
    return !m_settings->value(key::started, false).toBool();
}

void Settings::markStarted()
{
    m_settings->setValue(key::started, true);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QUrl Settings::testApiBase() const
{
    return QUrl(m_settings->value(key::testApiBase).toString(), QUrl::StrictMode);
}

bool Settings::setTestApiBase(const QUrl &base, QString *why)
{
    if (base.isEmpty()) {
        m_settings->remove(key::testApiBase);
        return true;
    }
    const bool ok = base.isValid() && (base.scheme() == QLatin1String("http") || base.scheme() == QLatin1String("https"))
                    && !base.host().isEmpty() && base.userInfo().isEmpty() && (base.path().isEmpty() || base.path() == QLatin1String("/"))
                    && !base.hasQuery() && !base.hasFragment();
    if (!ok) {
        if (why)
            *why = QCoreApplication::translate("holdfast::settings::Settings",
                                               "The test server address must be http(s)://host:port, with nothing after it.");
        return false;
    }
    m_settings->setValue(key::testApiBase, base.adjusted(QUrl::RemovePath).toString());
    return true;
}

} // namespace holdfast::settings
