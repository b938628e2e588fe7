// Where Holdfast's requests go: the embedded sandbox, Stripe's test mode, or real money.
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace holdfast {

enum class Mode { Training, Test, Live };

namespace mode {
inline QString name(Mode m)
{
    switch (m) {
    case Mode::Training:
        return QStringLiteral("training");
    case Mode::Test:
        return QStringLiteral("test");
    case Mode::Live:
        return QStringLiteral("live");
    }
    return {};
}
inline std::optional<Mode> fromName(const QString &n)
{
    if (n == QLatin1String("training"))
        return Mode::Training;
    if (n == QLatin1String("test"))
        return Mode::Test;
    if (n == QLatin1String("live"))
        return Mode::Live;
    return std::nullopt;
}
// Where Stripe's Dashboard shows a PaymentIntent (pi_…) or a dispute (du_…/dp_…) of this mode, for
// a manager who answers a dispute with evidence there. Training payments exist only in the built-in
// sandbox: an empty URL.
inline QUrl stripeDashboardUrl(Mode m, const QString &objectId)
{
    if (m == Mode::Training || objectId.isEmpty())
        return {};
    const QString section = objectId.startsWith(QLatin1String("pi_")) ? QStringLiteral("payments") : QStringLiteral("disputes");
    return QUrl(QStringLiteral("https://dashboard.stripe.com/") + (m == Mode::Test ? QStringLiteral("test/") : QString())
                + section + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(objectId)));
}
} // namespace mode

} // namespace holdfast
