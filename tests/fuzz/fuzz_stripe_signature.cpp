// The Stripe-Signature check every webhook passes before its body is parsed (WebhookVerifier).
// Input: the header on the first line, the raw body after the first newline. The header is checked
// as received against a fixed secret and a fixed clock; then the invariants that make the check
// worth having are asserted for this body: a header signed correctly verifies, one changed byte
// of the body does not, the timestamp tolerance holds both ways, a second (rolled) secret works,
// and a wrong secret never verifies.
#include "fuzzsupport.h"

#include "events/webhookverifier.h"

#include <QList>
#include <QTimeZone>

using namespace holdfast;
using events::SignatureCheck;
using events::WebhookVerifier;

namespace {

constexpr qint64 kNow = 1700000000; // the seeds' headers are signed at this time
const QByteArray kSecret = QByteArrayLiteral("whsec_fuzzTargetSigningSecret0000000000");
const QByteArray kOtherSecret = QByteArrayLiteral("whsec_fuzzTargetSigningSecret0000000001"); // rolled in
// No seed is signed with this one, and an HMAC under it cannot be guessed.
const QByteArray kUnrelatedSecret = QByteArrayLiteral("whsec_fuzzTargetUnrelatedSecret000000000");

WebhookVerifier verifier(QList<QByteArray> secrets, qint64 now = kNow)
{
    return WebhookVerifier(std::move(secrets), [now] { return QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()); });
}

bool known(SignatureCheck c)
{
    switch (c) {
    case SignatureCheck::Valid:
    case SignatureCheck::MissingHeader:
    case SignatureCheck::MalformedHeader:
    case SignatureCheck::NoV1Signature:
    case SignatureCheck::StaleTimestamp:
    case SignatureCheck::FutureTimestamp:
    case SignatureCheck::NoMatch:
    case SignatureCheck::NoSecret:
        return true;
    }
    return false;
}

QString name(SignatureCheck c)
{
    return WebhookVerifier::describe(c);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const WebhookVerifier right = verifier({kSecret});
    const WebhookVerifier wrong = verifier({kUnrelatedSecret});
    const WebhookVerifier rolled = verifier({kOtherSecret, QByteArrayLiteral("  \n"), kSecret});

    // 1. The header as received: any answer but a crash, and never Valid under a wrong secret.
    const SignatureCheck asReceived = right.verify(body, header);
    FUZZ_CHECK(known(asReceived), QString());
    FUZZ_CHECK(!name(asReceived).isEmpty(), QString());
    const SignatureCheck underWrong = wrong.verify(body, header);
    FUZZ_CHECK(underWrong != SignatureCheck::Valid, QStringLiteral("verified under the wrong secret"));
    if (asReceived == SignatureCheck::Valid) {
        FUZZ_CHECK(rolled.verify(body, header) == SignatureCheck::Valid, QStringLiteral("lost during a secret roll"));
        FUZZ_CHECK(underWrong == SignatureCheck::NoMatch, name(underWrong));
    }
    FUZZ_CHECK(verifier({}).verify(body, header) == SignatureCheck::NoSecret, QString());

    // 2. A header built correctly for this body verifies, with either secret of a roll.
    const QByteArray good = WebhookVerifier::sign(body, kSecret, kNow);
    FUZZ_CHECK(right.verify(body, good) == SignatureCheck::Valid, name(right.verify(body, good)));
    FUZZ_CHECK(rolled.verify(body, good) == SignatureCheck::Valid, QString());
    FUZZ_CHECK(wrong.verify(body, good) == SignatureCheck::NoMatch, QString());
    // Extra signatures Stripe may add (v0, a second v1, upper-case hex) do not get in the way.
    const QByteArray v1 = good.mid(good.indexOf(",v1=") + 4);
    FUZZ_CHECK(right.verify(body, good + ",v0=" + header.toHex()) == SignatureCheck::Valid, QString());
    FUZZ_CHECK(right.verify(body, "t=" + QByteArray::number(kNow) + ",v1=" + header.toHex() + ", v1=" + v1.toUpper())
                   == SignatureCheck::Valid,
               QString());

    // 3. One byte of the body changed: the same header must not verify.
    QByteArray tampered = body;
    const uchar flip = size > 0 ? uchar(data[size / 2] | 1) : uchar(1); // never zero: always a change
    if (tampered.isEmpty()) {
        tampered.append(char(flip));
    } else {
        const qsizetype at = qsizetype(size * 7 + 3) % tampered.size();
        tampered[at] = char(uchar(tampered.at(at)) ^ flip);
    }
    FUZZ_CHECK(tampered != body, QString());
    FUZZ_CHECK(right.verify(tampered, good) == SignatureCheck::NoMatch, name(right.verify(tampered, good)));
    // ... and neither does the right header moved onto another body by truncation or extension.
    FUZZ_CHECK(right.verify(body + ' ', good) == SignatureCheck::NoMatch, QString());
    if (!body.isEmpty())
        FUZZ_CHECK(right.verify(body.chopped(1), good) == SignatureCheck::NoMatch, QString());

    // 4. The tolerance, both ways, at its edges.
    const qint64 tol = WebhookVerifier::defaultToleranceSeconds;
    FUZZ_CHECK(right.verify(body, WebhookVerifier::sign(body, kSecret, kNow - tol)) == SignatureCheck::Valid, QString());
    FUZZ_CHECK(right.verify(body, WebhookVerifier::sign(body, kSecret, kNow + tol)) == SignatureCheck::Valid, QString());
    FUZZ_CHECK(right.verify(body, WebhookVerifier::sign(body, kSecret, kNow - tol - 1)) == SignatureCheck::StaleTimestamp,
               QString());
    FUZZ_CHECK(right.verify(body, WebhookVerifier::sign(body, kSecret, kNow + tol + 1))
                   == SignatureCheck::FutureTimestamp,
               QString());

    // 5. The header as received, by a till whose clock was reset to 1970: still an answer.
    for (qint64 now : {qint64(0), qint64(1)}) {
        const SignatureCheck c = verifier({kSecret}, now).verify(body, header);
        FUZZ_CHECK(known(c), QString());
    }

    // 6. Secrets read from a file's text (the body stands in for the file).
    const QList<QByteArray> fromText = WebhookVerifier::secretsFromText(body);
    for (const QByteArray &s : fromText)
        FUZZ_CHECK(!s.isEmpty() && !s.startsWith('#') && s == s.trimmed(), QString());
    if (!fromText.isEmpty()) {
        const WebhookVerifier fileVerifier = verifier(fromText);
        FUZZ_CHECK(fileVerifier.secretCount() <= fromText.size(), QString());
        FUZZ_CHECK(known(fileVerifier.verify(header, body)), QString());
    }
    return 0;
}
