// Looks through every file under a directory for a string: proves a secret did not land on disk.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QString>

namespace holdfast::test {

inline bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace holdfast::test
