// The Events page shows health and recent events from the store; its model passes the model tester.
#include "eventfixture.h"
#include "events/eventprocessor.h"
#include "eventsui/eventspage.h"
#include "eventsui/recenteventsmodel.h"
#include "events/webhookhealth.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace holdfast;
using namespace holdfast::test;

class TestEventsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void showsHealthAndRecentEvents()
    {
        auto db = openDatabase(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("page.db")));
        ui::EventsPage page(*db);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("lastEventLabel"))->text(),
                 QStringLiteral("None yet"));

        const Order order = newOrder(*db);
        newAttempt(*db, order, QStringLiteral("pi_page"));
        for (int i = 0; i < 3; ++i) {
            const QJsonObject e =
                eventJson(QStringLiteral("evt_page%1").arg(i),
                          QStringLiteral("payment_intent.amount_capturable_updated"),
                          paymentIntentJson(QStringLiteral("pi_page"), QStringLiteral("requires_capture")));
            QVERIFY(events::EventProcessor(*db).handle(parseEvent(e), raw(e)).ok());
        }
        QVERIFY(events::WebhookHealth::recordFailure(
            *db, QStringLiteral("timestamp older than the tolerance"), QDateTime::currentDateTimeUtc()));
        page.findChild<QPushButton *>(QStringLiteral("refreshEventsButton"))->click();
        QCOMPARE(page.model()->rowCount(), 3);
        const QModelIndex type = page.model()->index(0, ui::RecentEventsModel::TypeColumn);
        QCOMPARE(type.data().toString(), QStringLiteral("payment_intent.amount_capturable_updated"));
        QCOMPARE(page.model()->index(0, ui::RecentEventsModel::ProcessedColumn).data().toString(),
                 QStringLiteral("Applied"));
        QCOMPARE(page.model()->index(0, ui::RecentEventsModel::ObjectColumn).data().toString(),
                 QStringLiteral("pi_page"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastEventLabel"))
                    ->text()
                    .contains(QLatin1String("payment_intent")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastFailureLabel"))
                    ->text()
                    .contains(QLatin1String("tolerance")));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("eventsWaitingLabel"))->text(),
                 QStringLiteral("0 event(s) waiting to be applied"));
        QCOMPARE(page.findChild<QTableView *>(QStringLiteral("recentEventsView"))->model()->rowCount(), 3);

        QSignalSpy asked(&page, &ui::EventsPage::reconcileRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("reconcileButton"));
        button->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(!button->isEnabled());
        events::ReconcileReport report;
        report.checked = 4;
        report.repaired = 1;
        page.showReconcileReport(report);
        QVERIFY(button->isEnabled());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("reconcileResultLabel"))
                    ->text()
                    .contains(QLatin1String("repaired")));
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
