#include "store/searchterms.h"

#include "domain/order.h"

#include <QRegularExpression>

namespace holdfast::store::searchterms {

namespace {

QString digitsOnly(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^[+()\\d][\\d\\s().+-]*$"));
    return phone.match(text).hasMatch() && digitsOnly(text).size() >= 2;
}

} // namespace

QString fold(const QString &text)
{
    return text.simplified().toLower();
}

QStringList forOrder(const Order &order)
{
    QStringList terms;
    auto add = [&terms](const QString &term) {
        if (!term.isEmpty() && !terms.contains(term))
            terms.append(term);
    };
    add(fold(order.number));
    const QString name = fold(order.customerName);
    add(name);
    static const QRegularExpression separators(QStringLiteral("[\\s,.;'\"()-]+"));
    for (const QString &word : name.split(separators, Qt::SkipEmptyParts))
        add(word);
    add(fold(order.customerEmail));
    const QString phone = digitsOnly(order.customerPhone);
    add(phone);
    // "+44 20 7946 0958" is also typed as "20 7946…": without knowing the country code's length,
    // index the number without its first one, two and three digits.
    if (order.customerPhone.trimmed().startsWith(QLatin1Char('+'))) {
        for (int cut = 1; cut <= 3 && phone.size() - cut >= 6; ++cut)
            add(phone.mid(cut));
    }
    return terms;
}

QString forPaymentIntent(const QString &paymentIntentId)
{
    return fold(paymentIntentId);
}

QStringList prefixesForQuery(const QString &query)
{
    QStringList prefixes;
    const QString folded = fold(query);
    if (folded.isEmpty())
        return prefixes;
    prefixes.append(folded);
    if (looksLikePhone(folded)) {
        const QString digits = digitsOnly(folded);
        if (digits != folded)
            prefixes.append(digits);
    }
    return prefixes;
}

QString upperBound(const QString &prefix)
{
    QString bound = prefix;
    bound[bound.size() - 1] = QChar(char16_t(bound.back().unicode() + 1));
    return bound;
}

} // namespace holdfast::store::searchterms
