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
    m_disputes.clear();
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
        walkDisputes();
    });
    m_pager->start();
}

void Reconciler::walkDisputes()
{
    stripe::ListParams params;
    params.createdGte = m_since;
    m_pager = m_client->paginate(QStringLiteral("/v1/disputes"), params);
    connect(m_pager, &stripe::ListPager::pageReceived, this, [this](const QJsonArray &page) {
        for (const Dispute &dispute : payments::disputesFrom(page))
            if (!dispute.paymentIntent.isEmpty())
                m_disputes[dispute.paymentIntent].append(dispute);
    });
    connect(m_pager, &stripe::ListPager::finished, this, [this] {
        m_pager->deleteLater();
        if (!m_pager->isOk()) {
            // A restricted key without Disputes: Read reconciles everything else; other errors stop.
            if (!m_pager->error().permissionDenied()) {
                done(m_pager->error());
                return;
            }
            qCWarning(lcEvents) << "the key cannot read disputes (Disputes: Read); reconciling without them";
            m_disputes.clear();
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
        if (!m_pager->isOk()) {
            done(m_pager->error());
            return;
        }
        m_pager = nullptr;
        rereadRemaining();
    });
    m_pager->start();
}

void Reconciler::rereadRemaining()
{
    if (m_disputes.isEmpty()) {
        done({});
        return;
    }
    const QString paymentIntentId = m_disputes.constBegin().key();
    m_disputes.remove(paymentIntentId);
    payments::readSnapshot(m_client, paymentIntentId, this,
                           [this](const payments::PaymentSnapshot *snapshot, const stripe::StripeError &error) {
                               if (!snapshot) {
                                   done(error);
                                   return;
                               }
                               apply(*snapshot);
                               rereadRemaining();
                           });
}

void Reconciler::apply(const payments::PaymentSnapshot &snapshot)
{
    ++m_report.checked;
    const auto r = payments::PaymentApplier(m_db).apply(snapshot, QStringLiteral("reconcile"), QStringLiteral("reconciliation"));
    if (!r) {
        ++m_report.failed;
        qCWarning(lcEvents).noquote() << "reconciling" << snapshot.paymentIntent.id << "failed:" << r.error().detail();
    } else if (!r->knownOrder) {
        ++m_report.unknown;
    } else if (r->changed() || r->disputeChanged) {
        ++m_report.repaired;
    }
}

void Reconciler::onPaymentIntents(const QJsonArray &page)
{
    for (const QJsonValue &v : page) {
        ParseError error;
        const auto pi = PaymentIntent::fromJson(v.toObject(), &error);
        if (!pi)
            continue;
        // Refunds and disputes come after their PaymentIntent, so the window holds all of this one's.
        payments::PaymentSnapshot snapshot = payments::PaymentSnapshot::complete(*pi, m_refunds.value(pi->id));
        snapshot.disputes = m_disputes.take(pi->id);
        apply(snapshot);
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
