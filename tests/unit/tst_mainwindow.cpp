#include "mainwindow/mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using holdfast::Mode;
using holdfast::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsTrainingModeUnmissably()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.windowTitle().contains(QStringLiteral("Holdfast")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("TRAINING")));
        auto *banner = w.findChild<QLabel *>(QStringLiteral("modeBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("TRAINING")));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("modeStatus"))->text(), QStringLiteral("Training"));

        w.setMode(Mode::Live);
        QVERIFY(!w.windowTitle().contains(QStringLiteral("TRAINING")));
        QVERIFY(banner->text().contains(QStringLiteral("LIVE")));
        QVERIFY(banner->styleSheet() != QString());
    }

    void placesAreReachableByKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *places = w.findChild<QListWidget *>(QStringLiteral("placesList"));
        QCOMPARE(places->count(), 5);
        QCOMPARE(w.currentPlace(), QStringLiteral("orders"));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPlace(), QStringLiteral("held"));
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentPlace(), QStringLiteral("events"));
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w.currentPlace(), QStringLiteral("disputes"));

        QSignalSpy newOrder(&w, &MainWindow::newOrderRequested);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(newOrder.count(), 1);
    }

    void replacedPageIsShown()
    {
        MainWindow w;
        auto *page = new QLabel(QStringLiteral("real orders"));
        w.setPlacePage(QStringLiteral("orders"), page);
        w.showPlace(QStringLiteral("orders"));
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("placePages"));
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(stack->count(), 5);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
