// Where the services started by the test command can be reached. A test that needs one and cannot
// reach it fails with a message naming the service; nothing is skipped silently.
#pragma once

#include <QString>

namespace holdfast::test {

// postgresql://user@127.0.0.1:port/db of the server the test command started, or empty.
QString postgresUrl();
// True when a Secret Service is reachable on the session bus (the test command starts gnome-keyring).
bool secretServiceAvailable(QString *why);
// Path to a file in the source tree.
QString sourcePath(const QString &relative);

} // namespace holdfast::test
