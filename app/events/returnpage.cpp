#include "events/returnpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTranslator>
#include <algorithm>
#include <memory>

namespace holdfast::events {

namespace {

// The page's words, marked for lupdate; each request is translated into its customer's language.
constexpr char context[] = "ReturnPage";
constexpr const char *titleDone = QT_TRANSLATE_NOOP("ReturnPage", "Payment received");
constexpr const char *textDone = QT_TRANSLATE_NOOP("ReturnPage", "Thank you. The shop has your payment. You can close this page.");
constexpr const char *titleWaiting = QT_TRANSLATE_NOOP("ReturnPage", "Payment on its way");
constexpr const char *textWaiting =
    QT_TRANSLATE_NOOP("ReturnPage", "Thank you. Your payment is being processed and the shop will see it shortly. You can close this page.");
constexpr const char *titleFailed = QT_TRANSLATE_NOOP("ReturnPage", "Payment not completed");
constexpr const char *textFailed =
    QT_TRANSLATE_NOOP("ReturnPage", "The payment did not go through and nothing was charged. Please tell the shop; you can close this page.");
constexpr const char *titleUnknown = QT_TRANSLATE_NOOP("ReturnPage", "Back from payment");
constexpr const char *textUnknown =
    QT_TRANSLATE_NOOP("ReturnPage", "The shop will see whether your payment went through. You can close this page.");

// One translator per language, loaded once from the translations compiled into the program.
QString translated(const QString &language, const char *text)
{
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    if (language == QLatin1String("en"))
        return QString::fromUtf8(text);
    auto it = translators.find(language);
    if (it == translators.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/holdfast_%1.qm").arg(language)))
            translator.reset();
        it = translators.insert(language, translator);
    }
    const QString result = *it ? (*it)->translate(context, text) : QString();
    return result.isEmpty() ? QString::fromUtf8(text) : result;
}

} // namespace

QStringList ReturnPage::languages()
{
    // English, and each language whose catalogue is compiled in (found as the till's language menu
    // finds its own): a new translation reaches the page without a change here.
    static const QStringList codes = [] {
        QStringList found{QStringLiteral("en")};
        const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("holdfast_*.qm")}, QDir::Files);
        for (const QString &file : files) {
            const QString code = file.mid(9, file.size() - 9 - 3); // holdfast_<code>.qm
            if (!code.isEmpty() && !found.contains(code))
                found.append(code);
        }
        return found;
    }();
    return codes;
}

QString ReturnPage::languageFor(const QByteArray &acceptLanguage)
{
    // "de-CH,de;q=0.9,en;q=0.8": the highest-weighted language Holdfast speaks, else English.
    struct Choice
    {
        QString language;
        double weight;
    };
    QList<Choice> choices;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.trimmed().split(';');
        const QString tag = QString::fromLatin1(fields.value(0).trimmed()).toLower();
        double weight = 1.0;
        for (const QByteArray &f : fields.mid(1)) {
            const QByteArray kv = f.trimmed();
            if (kv.startsWith("q="))
                weight = kv.mid(2).toDouble();
        }
        const QString primary = tag.section(u'-', 0, 0);
        if (weight > 0 && languages().contains(primary))
            choices.append({primary, weight});
    }
    if (choices.isEmpty())
        return QStringLiteral("en");
    // Equal weights keep the header's order.
    std::stable_sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) { return a.weight > b.weight; });
    return choices.first().language;
}

ReturnPage ReturnPage::render(const QByteArray &acceptLanguage, const QString &redirectStatus)
{
    ReturnPage page;
    page.language = languageFor(acceptLanguage);
    const char *title = titleUnknown;
    const char *text = textUnknown;
    if (redirectStatus == QLatin1String("succeeded")) {
        title = titleDone;
        text = textDone;
    } else if (redirectStatus == QLatin1String("processing")) {
        title = titleWaiting;
        text = textWaiting;
    } else if (redirectStatus == QLatin1String("failed")) {
        title = titleFailed;
        text = textFailed;
    }
    const QString t = translated(page.language, title).toHtmlEscaped();
    const QString body = translated(page.language, text).toHtmlEscaped();
    page.html = QStringLiteral(
                    "<!doctype html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                    "<title>%2</title><style>body{font-family:system-ui,sans-serif;margin:0;padding:2em 1.5em;"
                    "max-width:32em;line-height:1.5;color:#1a1a1a;background:#fff}h1{font-size:1.5em}"
                    "@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}}</style></head>"
                    "<body><h1>%2</h1><p>%3</p></body></html>")
                    .arg(page.language, t, body)
                    .toUtf8();
    return page;
}

} // namespace holdfast::events
