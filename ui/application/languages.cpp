#include "application/languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <algorithm>

namespace holdfast::ui {

QList<Language> availableLanguages(const QString &directory)
{
    QList<Language> languages{{QStringLiteral("en"), QLocale(QLocale::English).nativeLanguageName()}};
    const QStringList files = QDir(directory).entryList({QStringLiteral("holdfast_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3); // holdfast_<code>.qm
        if (code.isEmpty() || code == QLatin1String("en"))
            continue;
        const QLocale locale(code);
        if (locale.language() == QLocale::C)
            continue;
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "français" → "Français", as in a language menu
        languages.append({code, name});
    }
    std::sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return QString::localeAwareCompare(a.nativeName, b.nativeName) < 0;
    });
    return languages;
}

QLocale localeForLanguage(const QString &code)
{
    // A machine set to the C/POSIX locale says nothing about the shop or its country: it reads as a
    // US till ("$299.00", not "299.00$"), and a chosen language brings its own country's formats.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::C)
        return code.isEmpty() || QLocale(code).language() == QLocale::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                                               : QLocale(code);
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    if (chosen.language() == system.language())
        return system;
    // Keep the machine's country when the language is spoken there (fr on a Swiss till → fr_CH);
    // otherwise the language's own default country.
    const QLocale combined(chosen.language(), system.territory());
    return combined.language() == chosen.language() && combined.territory() == system.territory() ? combined
                                                                                                    : chosen;
}

bool installLanguage(QCoreApplication *app, const QString &code, const QString &directory)
{
    const QLocale locale = localeForLanguage(code);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("holdfast"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    // English needs no catalogue beyond its plural forms; any other language missing is a problem.
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace holdfast::ui
