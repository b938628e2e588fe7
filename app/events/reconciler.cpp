#include "events/reconciler.h"

#include "diagnostics/logging.h"
#include "payments/paymentapplier.h"
#include "payments/snapshotreader.h"
#include "stripe/stripeclient.h"

#include <QCoreApplication>

namespace holdfast::events {

Reconciler::Reconciler(stripe::StripeClient *client, store::Database &db, QObject *parent)
    : QObject(parent), m_client(client), m_db(db)
{
    qRegisterMetaType<ReconcileReport>();
}

Reconciler::~Reconciler()
{
    if (m_pager)
        m_pager->cancel();
}

void Reconciler::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_refunds.clear();
    m_since = m_clock().addDays(-m_windowDays).toSecsSinceEpoch();
    // Refunds first: a PaymentIntent does not carry its refunded total, and the applier needs it.
    stripe::ListParams params;
    params.createdGte = m_since;
    m_pager = m_client->paginate(QStringLiteral("/v1/refunds"), params);
    connect(m_pager, &stripe::ListPager::pageReceived, this, [this](const QJsonArray &page) {
        for (const Refund &refund : payments::refundsFrom(page))
            m_refunds[refund.paymentIntent].append(refund);
    });
    connect(m_pager, &stripe::ListPager::finished, this, [this] {
        m_pager->deleteLater();
        if (!m_pager->isOk()) {
            done(m_pager->error());
            return;
        }
        walkPaymentIntents();
    });
    m_pager->start();
}

void Reconciler::walkPaymentIntents()
{
    stripe::ListParams params;
    params.createdGte = m_since;
    m_pager = m_client->paginate(QStringLiteral("/v1/payment_intents"), params);
    connect(m_pager, &stripe::ListPager::pageReceived, this, &Reconciler::onPaymentIntents);
    connect(m_pager, &stripe::ListPager::finished, this, [this] {
        m_pager->deleteLater();
        done(m_pager->isOk() ? stripe::StripeError{} : m_pager->error());
    });
    m_pager->start();
}

void Reconciler::onPaymentIntents(const QJsonArray &page)
{
    for (const QJsonValue &v : page) {
        ParseError error;
        const auto pi = PaymentIntent::fromJson(v.toObject(), &error);
        if (!pi)
            continue;
        ++m_report.checked;
        // Refunds come after their PaymentIntent, so the window holds all of this one's.
        const auto r = payments::PaymentApplier(m_db).apply(payments::PaymentSnapshot::complete(*pi, m_refunds.value(pi->id)),
                                                            QStringLiteral("reconcile"), QStringLiteral("reconciliation"));
        if (!r) {
            ++m_report.failed;
            qCWarning(lcEvents).noquote() << "reconciling" << pi->id << "failed:" << r.error().detail();
        } else if (!r->knownOrder) {
            ++m_report.unknown;
        } else if (r->changed()) {
            ++m_report.repaired;
        }
    }
    emit progress(m_report.checked);
}

void Reconciler::done(const stripe::StripeError &error)
{
    m_pager = nullptr;
    m_running = false;
    if (error.isError()) {
        m_report.ok = false;
        m_report.error = error.userMessage();
        qCWarning(lcEvents).noquote() << "reconciliation stopped:" << error.technicalDetail();
    }
    qCInfo(lcEvents) << "reconciled: checked" << m_report.checked << "repaired" << m_report.repaired
                     << "unknown" << m_report.unknown << "failed" << m_report.failed;
    emit finished(m_report);
}

} // namespace holdfast::events
