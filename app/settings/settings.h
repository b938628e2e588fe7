// Holdfast's non-secret settings, typed, over QSettings: mode, database, checkout origin, idle lock,
// language, events to poll, hold-for-capture default, shop name. Secrets (keys, the PostgreSQL
// password) belong to the key store; setters refuse values that carry one.
#pragma once

#include "domain/mode.h"

#include <QStringList>
#include <QUrl>
#include <memory>

class QSettings;

namespace holdfast::settings {

enum class DatabaseKind { Sqlite, Postgresql };

class Settings
{
public:
    // Uses `backing` (not owned) or, when null, the application's default QSettings.
    explicit Settings(QSettings *backing = nullptr);
    ~Settings();

    // Training until someone chooses otherwise. Live is refused while the checkout origin is not
    // HTTPS (`why` says so, translated).
    Mode mode() const;
    bool setMode(Mode mode, QString *why = nullptr);

    DatabaseKind databaseKind() const; // SQLite by default
    void setDatabaseKind(DatabaseKind kind);
    // postgresql://user@host:port/db — without a password (that goes to the key store).
    QUrl postgresUrl() const;
    bool setPostgresUrl(const QUrl &url, QString *why = nullptr);
    // Why setPostgresUrl() would refuse `url` (translated), or nothing: screens check before they ask
    // a manager to approve.
    static QString postgresUrlProblem(const QUrl &url);

    // Where the checkout page is served from (scheme, host, port). Empty: the embedded sandbox
    // (training). Live needs HTTPS.
    QUrl checkoutOrigin() const;
    bool setCheckoutOrigin(const QUrl &origin, QString *why = nullptr);
    // Empty when `origin` is acceptable for `mode`, else a translated reason.
    static QString checkoutOriginProblem(Mode mode, const QUrl &origin);

    // Test mode only: the address of a Stripe-compatible test server (holdfast-sandbox run for
    // several tills, or a mock) instead of api.stripe.com. Refused unless it is http(s) with a host
    // and no path; never used in live mode, and training uses its own sandbox.
    QUrl testApiBase() const;
    bool setTestApiBase(const QUrl &base, QString *why = nullptr);

    int idleLockMinutes() const;          // 5 by default; 0 = never
    void setIdleLockMinutes(int minutes); // clamped to 0…240
    QString language() const;             // BCP 47 name ("de"); empty = the system's
    void setLanguage(const QString &language);
    QStringList eventsToPoll() const;
    static QStringList defaultEventsToPoll();
    bool setEventsToPoll(const QStringList &types, QString *why = nullptr);
    bool holdForCaptureByDefault() const; // true by default (Amazon Pay holds for 7 days)
    void setHoldForCaptureByDefault(bool hold);
    QString shopName() const;
    void setShopName(const QString &name);
    // The currency new orders are priced in: one Amazon Pay takes (currency::amazonPayShopCurrencies),
    // usd until a manager chooses. A value edited by hand into something else reads as usd, and
    // shopCurrencyProblem() says so; setShopCurrency() refuses it. Saved orders keep their own.
    QString shopCurrency() const;
    bool setShopCurrency(const QString &code, QString *why = nullptr);
    QString shopCurrencyProblem() const;

    // True until markStarted() was called once.
    bool isFirstStart() const;
    void markStarted();

    void sync();
    QString fileName() const;

private:
    void moveLegacyGeneralGroup();
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace holdfast::settings
