#include "events/postpaymenthook.h"

#include "diagnostics/logging.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/hookqueue.h"
#include "store/keyvalues.h"
#include "store/orderstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace holdfast::events {

namespace {

constexpr auto actor = "events";

store::Status audit(store::Database &db, qint64 orderId, const QString &action, const QString &outcome,
                    const QString &detail)
{
    AuditEntry e;
    e.actor = QLatin1String(actor);
    e.action = action;
    e.orderId = orderId;
    e.outcome = outcome;
    e.detail = detail;
    return store::AuditLog(db).append(e);
}

} // namespace

store::Status PostPaymentHook::queue(store::Database &db, qint64 orderId, const QString &why)
{
    const auto queued = store::HookQueue(db).queue(orderId, why);
    return queued ? store::Status{} : store::Status(queued.error());
}

store::Result<QList<qint64>> PostPaymentHook::pending(store::Database &db)
{
    return store::HookQueue(db).inState(QStringLiteral("queued:"));
}

store::Result<QString> PostPaymentHook::marker(store::Database &db, qint64 orderId)
{
    return store::HookQueue(db).marker(orderId);
}

QByteArray PostPaymentHook::orderJson(const Order &order)
{
    QJsonArray lines;
    for (const OrderLine &l : order.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price_minor"), l.unitPriceMinor}});
    const QJsonObject o{{QStringLiteral("id"), order.id},
                        {QStringLiteral("number"), order.number},
                        {QStringLiteral("state"), orderstate::name(order.state)},
                        {QStringLiteral("currency"), order.currency},
                        {QStringLiteral("total_minor"), order.totalMinor},
                        {QStringLiteral("customer_name"), order.customerName},
                        {QStringLiteral("customer_phone"), order.customerPhone},
                        {QStringLiteral("customer_email"), order.customerEmail},
                        {QStringLiteral("notes"), order.notes},
                        {QStringLiteral("lines"), lines}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

PostPaymentHook::PostPaymentHook(store::Database &db, QObject *parent) : QObject(parent), m_db(db) {}

PostPaymentHook::~PostPaymentHook()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

store::Status PostPaymentHook::loadCommandFromSettings()
{
    const auto line = store::Settings(m_db).value(settingsKey());
    if (!line)
        return line.error();
    m_command = QProcess::splitCommand(*line);
    return {};
}

store::Status PostPaymentHook::record(qint64 orderId, const QString &markerValue, const QString &action,
                                      const QString &outcome, const QString &detail)
{
    store::Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = store::HookQueue(m_db).setMarker(orderId, markerValue); !s)
        return s;
    if (auto s = audit(m_db, orderId, action, outcome, detail); !s)
        return s;
    return tx.commit();
}

void PostPaymentHook::runPending()
{
    if (!m_recoveredClaims) {
        // A claim without an outcome: this process (or its predecessor) died while the command ran.
        m_recoveredClaims = true;
        if (const auto started = store::HookQueue(m_db).inState(QStringLiteral("started:")); started) {
            for (qint64 id : *started) {
                qCWarning(lcEvents) << "post-payment hook for order" << id
                                    << "was interrupted; not running it again";
                record(id, store::HookQueue(m_db).stamped(QStringLiteral("interrupted:")), QStringLiteral("hook.interrupted"),
                       QStringLiteral("failed: interrupted"),
                       QStringLiteral("Holdfast stopped while the hook ran; check whether it acted"));
            }
        }
    }
    const auto queued = pending(m_db);
    if (!queued) {
        qCWarning(lcEvents).noquote() << "cannot read post-payment hooks:" << queued.error().detail();
        return;
    }
    for (qint64 id : *queued)
        if (!m_queue.contains(id) && id != m_current)
            m_queue.append(id);
    if (!m_process)
        runNext();
}

void PostPaymentHook::runNext()
{
    while (!m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        const auto order = store::OrderStore(m_db).get(id);
        if (!order) {
            qCWarning(lcEvents).noquote() << "post-payment hook: order" << id << order.error().detail();
            continue;
        }
        if (m_command.isEmpty()) {
            record(id, QStringLiteral("done:skipped"), QStringLiteral("hook.skipped"), QStringLiteral("ok"),
                   QStringLiteral("no post-payment command configured"));
            continue;
        }
        // The claim is committed before the command starts: after a crash it is never run twice.
        store::Transaction tx(m_db);
        const auto claimed = store::HookQueue(m_db).compareAndSet(id, QStringLiteral("queued:"),
                                                                  store::HookQueue(m_db).stamped(QStringLiteral("started:")));
        if (!tx.status() || !claimed || !*claimed)
            continue;
        if (!audit(m_db, id, QStringLiteral("hook.started"), QStringLiteral("ok"), m_command.first()) ||
            !tx.commit())
            continue;

        m_current = id;
        m_process = new QProcess(this);
        m_process->setProgram(m_command.first());
        m_process->setArguments(m_command.mid(1));
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setStandardOutputFile(QProcess::nullDevice());
        connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            finish(status == QProcess::NormalExit && code == 0, status == QProcess::NormalExit
                                                                    ? QStringLiteral("exit code %1").arg(code)
                                                                    : QStringLiteral("crashed"));
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(false, QStringLiteral("failed to start: ") + m_process->errorString());
        });
        QTimer::singleShot(m_timeoutMs, m_process, [p = m_process] { p->kill(); });
        m_process->start();
        m_process->write(orderJson(*order));
        m_process->closeWriteChannel();
        return;
    }
    emit idle();
}

void PostPaymentHook::finish(bool ok, const QString &outcome)
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    const qint64 id = m_current;
    m_current = 0;
    record(id, QStringLiteral("done:") + outcome, QStringLiteral("hook.ran"),
           ok ? QStringLiteral("ok") : QStringLiteral("failed: ") + outcome, m_command.first());
    emit hookFinished(id, ok);
    runNext();
}

} // namespace holdfast::events
