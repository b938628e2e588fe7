#include "staff/pinhash.h"

#include <QCoreApplication>
#include <sodium.h>

namespace holdfast::staff {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

bool isAcceptablePin(const QString &pin, QString *whyNot)
{
    auto fail = [whyNot](const char *text) {
        if (whyNot)
            *whyNot = QCoreApplication::translate("holdfast::staff::Pin", text);
        return false;
    };
    if (pin.size() < 4 || pin.size() > 12)
        return fail(QT_TRANSLATE_NOOP("holdfast::staff::Pin", "A PIN has 4 to 12 digits."));
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return fail(QT_TRANSLATE_NOOP("holdfast::staff::Pin", "A PIN has digits only."));
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down)
        return fail(
            QT_TRANSLATE_NOOP("holdfast::staff::Pin",
                              "This PIN is too easy to guess. Avoid repeated digits and runs like 1234."));
    return true;
}

QByteArray hashPin(const QString &pin)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    out.truncate(qstrnlen(out.constData(), out.size()));
    return out;
}

bool verifyPin(const QByteArray &hash, const QString &pin)
{
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace holdfast::staff
