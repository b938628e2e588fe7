#include "testservices.h"

#include <QDir>
#include <QProcess>

namespace holdfast::test {

QString postgresUrl()
{
    return qEnvironmentVariable("HOLDFAST_TEST_POSTGRES_URL");
}

bool secretServiceAvailable(QString *why)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty); run the suite "
                              "through the README's test command, which starts one with gnome-keyring");
        return false;
    }
    return true;
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("HOLDFAST_SOURCE_DIR")).filePath(relative);
}

} // namespace holdfast::test
