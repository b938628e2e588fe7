// Where Holdfast's requests go: the embedded sandbox, Stripe's test mode, or real money.
#pragma once

#include <QString>
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
} // namespace mode

} // namespace holdfast
