#include "diagnostics/redaction.h"

#include <QRegularExpression>

namespace holdfast::redaction {

QString maskKey(const QString &key)
{
    static const QRegularExpression prefix(QStringLiteral("^((?:sk|rk|pk)_(?:test|live)_)"));
    const auto m = prefix.match(key);
    const QString head = m.hasMatch() ? m.captured(1) : QString();
    return head + QStringLiteral("****") + (key.size() - head.size() > 8 ? key.right(4) : QString());
}

QString redact(const QString &text)
{
    // Patterns are built once; order matters: client secrets contain a PaymentIntent id.
    static const QRegularExpression clientSecret(QStringLiteral("\\b(pi|seti)_[A-Za-z0-9]+_secret_[A-Za-z0-9]+"));
    static const QRegularExpression webhookSecret(QStringLiteral("\\bwhsec_[A-Za-z0-9+/=_-]+"));
    static const QRegularExpression apiKey(QStringLiteral("\\b(sk|rk)_(test|live)_[A-Za-z0-9]+"));
    static const QRegularExpression authHeader(
        QStringLiteral("(Authorization:?\\s*(?:Basic|Bearer)\\s+)[A-Za-z0-9+/=_-]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(clientSecret, QStringLiteral("\\1_****_secret_****"));
    out.replace(webhookSecret, QStringLiteral("whsec_****"));
    out.replace(authHeader, QStringLiteral("\\1****"));
    QRegularExpressionMatchIterator it = apiKey.globalMatch(out);
    QString result;
    qsizetype last = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += maskKey(m.captured());
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace holdfast::redaction
