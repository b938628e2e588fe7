// The interface languages Holdfast ships, and installing them at start. English is the source
// language; every other language is a compiled catalogue (holdfast_<code>.qm) in the resources.
// Choosing a language also picks its number, currency and date formats, keeping the system's
// country where that combination exists (German on a Swiss machine formats as de_CH).
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace holdfast::ui {

struct Language
{
    QString code;       // "de"; empty for "the system's language"
    QString nativeName; // "Deutsch"
};

// English plus every catalogue found in `directory`, sorted by native name.
QList<Language> availableLanguages(const QString &directory = QStringLiteral(":/i18n"));

// The locale Holdfast uses for `code` (empty: the system locale).
QLocale localeForLanguage(const QString &code);

// Installs Qt's own and Holdfast's translators for `code` on `app` and makes its locale the default.
// Returns false when a catalogue for a non-English language could not be loaded (the interface
// then stays in English).
bool installLanguage(QCoreApplication *app, const QString &code,
                     const QString &directory = QStringLiteral(":/i18n"));

} // namespace holdfast::ui
