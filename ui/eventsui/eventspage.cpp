#include "eventsui/eventspage.h"

#include "store/eventlog.h"
#include "events/eventpoller.h"
#include "eventsui/recenteventsmodel.h"
#include "events/webhookhealth.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(accessibleName); // read with the text it shows
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

EventsPage::EventsPage(store::Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new RecentEventsModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    setAccessibleName(tr("Events"));
    m_lastEvent = valueLabel(QStringLiteral("lastEventLabel"), tr("Last event received"), this);
    m_lastFailure = valueLabel(QStringLiteral("lastFailureLabel"), tr("Last failure"), this);
    m_waiting = valueLabel(QStringLiteral("eventsWaitingLabel"), tr("Events waiting"), this);
    m_pollerState = valueLabel(QStringLiteral("pollerStateLabel"), tr("Polling"), this);
    m_receiverState = valueLabel(QStringLiteral("receiverStateLabel"), tr("Webhook receiver"), this);
    m_reconcileResult = valueLabel(QStringLiteral("reconcileResultLabel"), tr("Last reconciliation"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Last event received:"), m_lastEvent);
    form->addRow(tr("Last failure:"), m_lastFailure);
    form->addRow(tr("Events waiting:"), m_waiting);
    form->addRow(tr("Polling:"), m_pollerState);
    form->addRow(tr("Webhook receiver:"), m_receiverState);
    form->addRow(tr("Reconciliation:"), m_reconcileResult);

    m_reconcile = new QPushButton(tr("Reconcile now"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcileButton"));
    m_reconcile->setAccessibleName(tr("Reconcile orders with Stripe now"));
    connect(m_reconcile, &QPushButton::clicked, this, [this] {
        m_reconcile->setEnabled(false);
        m_reconcileResult->setText(tr("Reconciling…"));
        emit reconcileRequested();
    });
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshEventsButton"));
    connect(refreshButton, &QPushButton::clicked, this, &EventsPage::refresh);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RecentEventsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recentEventsView"));
    m_table->setAccessibleName(tr("Recent events"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecentEventsModel::ReceivedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reconcile);
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_pollerState->setText(tr("Not polling on this till"));
    m_reconcileResult->setText(tr("Not run yet"));
    refresh();
}

void EventsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // what changed while another place was shown
}

void EventsPage::setReconciler(events::Reconciler *reconciler)
{
    connect(this, &EventsPage::reconcileRequested, reconciler, &events::Reconciler::start);
    connect(reconciler, &events::Reconciler::finished, this, &EventsPage::showReconcileReport);
    connect(reconciler, &events::Reconciler::progress, this, [this](int checked) {
        m_reconcile->setEnabled(false);
        m_reconcileResult->setText(tr("Reconciling… %n payment(s) checked so far", nullptr, checked));
    });
    if (reconciler->isRunning()) {
        m_reconcile->setEnabled(false);
        m_reconcileResult->setText(tr("Reconciling…"));
    }
}

void EventsPage::setPoller(events::EventPoller *poller)
{
    m_poller = poller;
    m_pollerState->setText(poller->isActive() || poller->isPolling()
                               ? tr("Polling Stripe every %n second(s); waiting for the first answer", nullptr,
                                    poller->interval() / 1000)
                               : tr("Starts after sign-in"));
    connect(poller, &events::EventPoller::pollFinished, this, [this](int fresh) {
        m_pollerState->setText(tr("Polling Stripe every %n second(s)", nullptr, m_poller->interval() / 1000)
                               + QStringLiteral("; ")
                               + tr("last answer %1, %n new event(s)", nullptr, fresh)
                                     .arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
        refresh();
    });
    connect(poller, &events::EventPoller::pollFailed, this, [this](const QString &why) {
        m_pollerState->setText(
            tr("Polling failed: %1. Trying again in %n second(s).", nullptr, m_poller->currentDelay() / 1000)
                .arg(why));
    });
}

void EventsPage::refresh()
{
    const QLocale locale;
    const auto health = events::WebhookHealth::read(m_db);
    if (!health) {
        m_lastEvent->setText(tr("Unknown: %1").arg(health.error().userMessage()));
        return;
    }
    m_lastEvent->setText(
        health->lastEventAt.isValid()
            ? tr("%1 (%2)").arg(locale.toString(health->lastEventAt.toLocalTime(), QLocale::ShortFormat),
                                health->lastEventType)
            : tr("None yet"));
    m_lastFailure->setText(
        health->lastFailureAt.isValid()
            ? tr("%1: %2").arg(locale.toString(health->lastFailureAt.toLocalTime(), QLocale::ShortFormat),
                               health->lastFailure)
            : tr("None"));
    m_waiting->setText(tr("%n event(s) waiting to be applied", nullptr, int(health->eventsWaiting)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (health->receiverAlive(now))
        m_receiverState->setText(tr("Receiving webhooks at %1 (last heard from %2)")
                                     .arg(health->receiverAddress,
                                          locale.toString(health->receiverSeenAt.toLocalTime(), QLocale::LongFormat)));
    else if (health->receiverSeenAt.isValid())
        m_receiverState->setText(tr("Not heard from since %1: check holdfast-webhooks on the server")
                                     .arg(locale.toString(health->receiverSeenAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_receiverState->setText(tr("None reports to this database; this till polls Stripe for events"));
    if (const auto recent = store::EventLog(m_db).recent(); recent)
        m_model->setEvents(*recent);
}

void EventsPage::showReconcileReport(const events::ReconcileReport &report)
{
    m_reconcile->setEnabled(true);
    const QString counts = tr("%n payment(s) checked", nullptr, report.checked) + QStringLiteral(", ") +
                           tr("%n order(s) repaired", nullptr, report.repaired) + QStringLiteral(", ") +
                           tr("%n unknown to Holdfast", nullptr, report.unknown);
    m_reconcileResult->setText(report.ok ? counts : tr("Stopped early: %1 (%2)").arg(report.error, counts));
    refresh();
}

} // namespace holdfast::ui
