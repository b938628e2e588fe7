#include "keystore/systemkeystore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define HOLDFAST_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace holdfast::keystore {

namespace {

KeyStoreResult resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {KeyStoreError::NotFound, job->errorString()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {KeyStoreError::AccessDenied, job->errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {KeyStoreError::NoKeychain, job->errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a vanished bus or service as a generic error; tell the user the truth.
    QString why;
    if (!SystemKeyStore::keychainReachable(&why))
        return {KeyStoreError::NoKeychain, job->errorString() + QStringLiteral(" (") + why + u')'};
    return {KeyStoreError::Other, job->errorString()};
}

// Runs a QtKeychain job; the job deletes itself when it finishes, even after our timeout fired.
template <typename JobT, typename Prepare, typename Done> void run(JobT *job, Prepare prepare, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store secrets in plain text
    prepare(job);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *) { done(job); });
    job->start();
}

bool precheck(QObject *context, const std::function<void(const KeyStoreResult &, const QString &)> &finish)
{
    QString why;
    if (SystemKeyStore::keychainReachable(&why))
        return true;
    // Finish from the event loop, like a real job would.
    QTimer::singleShot(0, context, [finish, why] {
        finish(KeyStoreResult{KeyStoreError::NoKeychain, why}, QString());
    });
    return false;
}

} // namespace

SystemKeyStore::SystemKeyStore(QObject *parent) : SystemKeyStore(defaultServiceName(), parent) {}

SystemKeyStore::SystemKeyStore(const QString &serviceName, QObject *parent)
    : KeyStore(parent), m_service(serviceName)
{
}

bool SystemKeyStore::keychainReachable(QString *why)
{
#ifdef HOLDFAST_SECRET_SERVICE
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (why)
            *why = QStringLiteral("no D-Bus session bus: ") + bus.lastError().message();
        return false;
    }
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(secrets);
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    if (activatable.isValid() && activatable.value().contains(secrets))
        return true;
    if (why)
        *why = QStringLiteral("no Secret Service (org.freedesktop.secrets) on the session bus");
    return false;
#else
    Q_UNUSED(why)
    return true;
#endif
}

void SystemKeyStore::startRead(const QString &entry, Completion finish)
{
    if (!precheck(this, finish))
        return;
    run(
        new QKeychain::ReadPasswordJob(m_service),
        [entry](QKeychain::ReadPasswordJob *j) { j->setKey(entry); },
        [finish](QKeychain::ReadPasswordJob *j) { finish(resultOf(j), j->textData()); });
}

void SystemKeyStore::startWrite(const QString &entry, const QString &value, Completion finish)
{
    if (!precheck(this, finish))
        return;
    run(
        new QKeychain::WritePasswordJob(m_service),
        [entry, value](QKeychain::WritePasswordJob *j) {
            j->setKey(entry);
            j->setTextData(value);
        },
        [finish](QKeychain::WritePasswordJob *j) { finish(resultOf(j), QString()); });
}

void SystemKeyStore::startRemove(const QString &entry, Completion finish)
{
    if (!precheck(this, finish))
        return;
    run(
        new QKeychain::DeletePasswordJob(m_service),
        [entry](QKeychain::DeletePasswordJob *j) { j->setKey(entry); },
        [finish](QKeychain::DeletePasswordJob *j) { finish(resultOf(j), QString()); });
}

} // namespace holdfast::keystore
