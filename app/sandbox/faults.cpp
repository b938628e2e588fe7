#include "sandbox/faults.h"

namespace holdfast::sandbox {

bool FaultPlan::add(const QJsonObject &spec, QString *error)
{
    Fault fault;
    const QString kind = spec.value(u"kind").toString();
    if (kind == u"error_500_after_commit")
        fault.kind = Fault::Kind::Error500AfterCommit;
    else if (kind == u"drop_after_commit")
        fault.kind = Fault::Kind::DropAfterCommit;
    else if (kind == u"rate_limit_429")
        fault.kind = Fault::Kind::RateLimit429;
    else if (kind == u"delay")
        fault.kind = Fault::Kind::Delay;
    else {
        *error = QStringLiteral("unknown fault kind '%1' (error_500_after_commit, drop_after_commit, rate_limit_429, "
                                "delay)")
                     .arg(kind);
        return false;
    }
    fault.method = spec.value(u"method").toString().toUpper().toLatin1();
    fault.pathPrefix = spec.value(u"path_prefix").toString(QStringLiteral("/v1/"));
    fault.remaining = spec.value(u"count").toInt(1);
    fault.retryAfterSeconds = spec.value(u"retry_after").toInt(1);
    fault.delayMs = spec.value(u"delay_ms").toInt(1000);
    if (fault.remaining < 1 || fault.delayMs < 0 || fault.delayMs > 600000 || fault.retryAfterSeconds < 0) {
        *error = QStringLiteral("count must be >= 1, delay_ms within 0..600000, retry_after >= 0");
        return false;
    }
    m_faults.append(fault);
    return true;
}

std::optional<Fault> FaultPlan::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if ((!fault.method.isEmpty() && fault.method != method) || !path.startsWith(fault.pathPrefix))
            continue;
        const Fault taken = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace holdfast::sandbox
