#include "application/applicationsetup.h"
#include "holdfastversion.h"

#include "application/languages.h"
#include "settings/settings.h"

#include <QApplication>
#include <QIcon>

namespace holdfast::ui {

void setUpApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QApplication::setApplicationName(QStringLiteral("holdfast"));
    QApplication::setApplicationDisplayName(QStringLiteral("Holdfast"));
    QApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.holdfast.Holdfast"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/holdfast.svg")));
    // The language chosen under Tools → Settings, else the system's.
    if (!installLanguage(&app, settings::Settings().language()))
        qWarning("The chosen interface language could not be loaded; using English.");
}

} // namespace holdfast::ui
