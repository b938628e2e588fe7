// Faults injected by tests on the next N matching Stripe API requests.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast::sandbox {

struct Fault
{
    enum class Kind { Error500AfterCommit, DropAfterCommit, RateLimit429, Delay };
    QByteArray method; // empty: any
    QString pathPrefix;
    Kind kind = Kind::Error500AfterCommit;
    int remaining = 1;
    int retryAfterSeconds = 1;
    int delayMs = 1000;
};

class FaultPlan
{
public:
    // Parses the /_sandbox/faults JSON body; false with *error when it is not understood.
    bool add(const QJsonObject &spec, QString *error);
    // Consumes one use of the first fault matching this request, if any.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    void clear() { m_faults.clear(); }

private:
    QList<Fault> m_faults;
};

} // namespace holdfast::sandbox
