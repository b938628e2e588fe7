// Pieces of a shop day, done through the windows of the till as main() assembles it: the first
// manager, sign-in, new orders paid in the real checkout page inside Qt WebEngine, the lists that
// must show every payment at once, the manager's capture, cancel and refund, staff and locks.
// Each case runs in a fresh profile (its own process, config and data directories).
#include "tillharness.h"

#include "application/applicationsetup.h"
#include "mainwindow/mainwindow.h"
#include "settings/settings.h"
#include "events/postpaymenthook.h"
#include "store/auditlog.h"
#include "store/disputelog.h"
#include "store/keyvalues.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QPalette>
#include <QListWidget>
#include <QHeaderView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QWebEnginePage>

using namespace holdfast;
using test::Line;
using test::Till;

namespace {

using test::managerName;
using test::managerPin;
const QString staffName = QStringLiteral("Sam Staff");
const QString staffPin = QStringLiteral("3691");

// Columns of the lists, as a person reads them left to right.
constexpr int ordersNumber = 0, ordersTotal = 2, ordersState = 3, ordersPayment = 4, ordersStaff = 5;
constexpr int heldNumber = 0, heldAmount = 2;

QString orderNumberFrom(QWidget *checkoutDialog)
{
    auto *header = checkoutDialog->findChild<QLabel *>(QStringLiteral("checkoutHeader"));
    static const QRegularExpression number(QStringLiteral("^\\S+ (\\S+) ")); // "Order 12 · …", "Bestellung 12 · …"
    const auto m = number.match(header ? header->text() : QString());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestAcceptance : public QObject
{
    Q_OBJECT

    std::unique_ptr<Till> m_till;

    // A fresh install: first manager, signed in, the main window up.
    void openFreshTill()
    {
        m_till = std::make_unique<Till>();
        QVERIFY(m_till->start());
        QWidget *first = test::waitForVisible(QStringLiteral("firstManagerDialog"));
        QVERIFY(first);
        auto *banner = test::findVisibleAs<QLabel>(QStringLiteral("modeBanner"), first);
        QVERIFY2(banner && banner->isVisible() && !banner->text().isEmpty(), "the first window does not say which mode this is");
        QVERIFY2(m_till->createFirstManager(managerName, managerPin), qPrintable(m_till->lastError()));
        QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));
    }

    // New order → Pay on this screen → the method on the page → (Amazon) the test page's button.
    QString payNewOrder(const QString &customer, const QList<Line> &lines, bool hold, const QString &method,
                        const QString &amazonButton = QStringLiteral("hf-authorize"))
    {
        if (!m_till->fillNewOrder(customer, lines, hold))
            return QStringLiteral("!") + m_till->lastError();
        const QString number = orderNumberFrom(m_till->checkoutDialog());
        if (!m_till->payOnPage(method))
            return QStringLiteral("!") + m_till->lastError();
        if (method == QLatin1String("amazon_pay") && !m_till->pressOnAmazonPage(amazonButton))
            return QStringLiteral("!") + m_till->lastError();
        return number;
    }

    bool waitForResult(const QString &startsWith, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (m_till->checkoutResult().startsWith(startsWith))
                return true;
            QTest::qWait(20);
        }
        qWarning("checkout shows: %s; working: %s", qPrintable(m_till->checkoutResult()), qPrintable(test::findVisibleAs<QLabel>(QStringLiteral("checkoutWorking"), m_till->window()) ? test::findVisibleAs<QLabel>(QStringLiteral("checkoutWorking"), m_till->window())->text() : QString()));
        return false;
    }

    static void typeInto(QWidget *form, const QString &field, const QString &text)
    {
        test::typeInto(test::findVisible(field, form), text);
    }

    Order storedOrder(const QString &number)
    {
        const auto order = store::OrderStore(m_till->store()).findByNumber(number);
        return order.ok() ? *order : Order{};
    }

    QStringList ordersRow(const QString &number)
    {
        return test::rowTexts(m_till->ordersTable(), ordersNumber, number);
    }
    QStringList heldRow(const QString &number)
    {
        m_till->goTo(Qt::Key_2);
        return test::rowTexts(m_till->heldTable(), heldNumber, number);
    }

    // German chosen in Settings (as a shop would) and a dark desktop palette.
    void useGermanOnADarkPalette()
    {
        {
            settings::Settings s;
            s.setLanguage(QStringLiteral("de"));
            s.sync();
        }
        ui::setUpApplication(*qApp); // as main() does at start, now with German chosen
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }

    // Opens a dialog with `open` (a key press, which may run the dialog's own loop), checks where the
    // focus is and what it reads like, saves its picture and closes it with Escape.
    void lookAtDialog(const QString &name, const std::function<void()> &open, const QString &focusName,
                      const QString &picture, QStringList *problems)
    {
        test::DialogScript script(m_till->window());
        bool seen = false;
        script.then(name, [&](QWidget *dialog) {
            seen = true;
            QTest::qWait(100); // its first layout pass
            QWidget *focus = QApplication::focusWidget();
            if (!focus || !dialog->isAncestorOf(focus))
                problems->append(QStringLiteral("%1: the keyboard focus is not in the dialog (%2)")
                                     .arg(picture, focus ? focus->objectName() : QStringLiteral("none")));
            else if (!focusName.isEmpty() && focus->objectName() != focusName && !focus->isAncestorOf(dialog->findChild<QWidget *>(focusName))
                     && !(dialog->findChild<QWidget *>(focusName) && dialog->findChild<QWidget *>(focusName)->isAncestorOf(focus)))
                problems->append(QStringLiteral("%1: focus on %2 %3, expected %4")
                                     .arg(picture, QString::fromLatin1(focus->metaObject()->className()), focus->objectName(), focusName));
            if (dialog->width() > 1024 || dialog->height() > 768)
                problems->append(QStringLiteral("%1: %2x%3 does not fit a 1024x768 screen").arg(picture).arg(dialog->width()).arg(dialog->height()));
            *problems += test::readingProblems(dialog, picture);
            test::saveScreenshot(dialog, picture);
            test::pressKey(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Escape);
        });
        open();
        QElapsedTimer t;
        t.start();
        while (!script.finished() && t.elapsed() < 20000)
            QTest::qWait(30);
        if (!seen)
            problems->append(QStringLiteral("%1: %2 never opened").arg(picture, name));
        for (int i = 0; i < 100 && test::findVisible(name); ++i)
            QTest::qWait(20);
        if (test::findVisible(name))
            problems->append(QStringLiteral("%1: Escape did not close %2").arg(picture, name));
    }

    void pressInWindow(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        test::activate(m_till->window());
        test::pressKey(m_till->window(), key, modifiers);
    }

    void surveyEveryScreen(const QString &look)
    {
        openFreshTill();
        QStringList problems;
        // Content to read: a held Amazon Pay order with long names, one paid at once by card, one
        // waiting for its payment.
        // Prices typed as a person of this language types them.
        const auto price = [](const char *amount) { return QString::fromLatin1(amount).replace(u'.', QLocale().decimalPoint()); };
        const QString held = payNewOrder(QStringLiteral("Walnut & Oak Workshop GmbH"),
                                         {{QStringLiteral("Walnut side table, oiled, 60 cm"), price("1249.50")},
                                          {QStringLiteral("Delivery and assembly"), price("89.00"), QStringLiteral("2")}},
                                         true, QStringLiteral("amazon_pay"));
        QVERIFY2(!held.startsWith(u'!'), qPrintable(held));
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->checkoutResult().isEmpty(), 30000);
        problems += test::readingProblems(m_till->checkoutDialog(), look + QStringLiteral("checkout"));
        test::saveScreenshot(m_till->checkoutDialog(), look + QStringLiteral("checkout"));
        QVERIFY(m_till->closeCheckout());
        const QString paid = payNewOrder(QStringLiteral("Kim Roe"), {{QStringLiteral("Cup"), price("9.00")}}, false,
                                         QStringLiteral("card"));
        QVERIFY2(!paid.startsWith(u'!'), qPrintable(paid));
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->checkoutResult().isEmpty(), 30000);
        QVERIFY(m_till->closeCheckout());
        // Paid with Stripe's test card its bank then disputes: the Disputes place has a row to read.
        QVERIFY(m_till->fillNewOrder(QStringLiteral("Noa Streit"), {{QStringLiteral("Vase"), price("14.00")}}, false));
        QVERIFY2(m_till->payOnPage(QStringLiteral("card"), QStringLiteral("4000000000000259")), qPrintable(m_till->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->checkoutResult().isEmpty(), 30000);
        QVERIFY(m_till->closeCheckout());
        QVERIFY(m_till->fillNewOrder(QStringLiteral("Lee Park"), {{QStringLiteral("Plant pot"), price("19.00")}}, true));
        const QString unpaid = orderNumberFrom(m_till->checkoutDialog());
        QVERIFY(m_till->closeCheckout());

        for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
            const QString at = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
            m_till->window()->resize(size);
            QTest::qWait(100);
            if (m_till->window()->width() > size.width())
                problems << QStringLiteral("%1: the main window cannot shrink below %2 px").arg(at).arg(m_till->window()->width());
            m_till->goTo(Qt::Key_1);
            QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, held));
            QTest::qWait(150);
            // The lists and the order's own lines, payments and timeline read whole at 1366x768.
            // (At 1024x768 the detail's trees may scroll sideways; no cell is cut there either.)
            QStringList whole;
            if (size.width() >= 1366)
                whole = QStringList{QStringLiteral("orderLines"),  QStringLiteral("paymentAttempts"), QStringLiteral("orderTimeline"),
                                    QStringLiteral("ordersTable"), QStringLiteral("heldTable"),       QStringLiteral("paymentsTable")};
            problems += test::readingProblems(m_till->window(), look + QStringLiteral("orders") + at, whole);
            test::saveScreenshot(m_till->window(), look + QStringLiteral("orders") + at);
            m_till->goTo(Qt::Key_2);
            QTest::qWait(100);
            problems += test::readingProblems(m_till->window(), look + QStringLiteral("held") + at, whole);
            test::saveScreenshot(m_till->window(), look + QStringLiteral("held") + at);
            m_till->goTo(Qt::Key_3);
            auto *payments = test::findVisibleAs<QTableView>(QStringLiteral("paymentsTable"), m_till->window());
            QVERIFY(payments);
            QTRY_VERIFY_WITH_TIMEOUT(test::rowCount(payments) >= 2, 10000);
            QTest::qWait(100);
            problems += test::readingProblems(m_till->window(), look + QStringLiteral("payments") + at, whole);
            test::saveScreenshot(m_till->window(), look + QStringLiteral("payments") + at);
            m_till->goTo(Qt::Key_4);
            QTest::qWait(100);
            problems += test::readingProblems(m_till->window(), look + QStringLiteral("events") + at, whole);
            test::saveScreenshot(m_till->window(), look + QStringLiteral("events") + at);
            m_till->goTo(Qt::Key_5);
            auto *disputes = test::findVisibleAs<QTableView>(QStringLiteral("disputesTable"), m_till->window());
            QVERIFY(disputes);
            QTRY_VERIFY_WITH_TIMEOUT(test::rowCount(disputes) >= 1, 20000);
            QTest::qWait(100);
            problems += test::readingProblems(m_till->window(), look + QStringLiteral("disputes") + at,
                                              size.width() >= 1366 ? QStringList{QStringLiteral("disputesTable")} : QStringList());
            test::saveScreenshot(m_till->window(), look + QStringLiteral("disputes") + at);
        }
        m_till->window()->resize(1366, 768);

        // The dialogs, each opened as staff open it.
        lookAtDialog(QStringLiteral("newOrderDialog"), [&] { pressInWindow(Qt::Key_N, Qt::ControlModifier); },
                     QStringLiteral("customerName"), look + QStringLiteral("new-order"), &problems);
        m_till->goTo(Qt::Key_2);
        test::activate(m_till->window());
        QVERIFY(test::clickRowSoon(m_till->heldTable(), heldNumber, held));
        lookAtDialog(QStringLiteral("captureDialog"), [&] { test::pressKey(m_till->heldTable(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier); },
                     QStringLiteral("captureAmount"), look + QStringLiteral("capture"), &problems);
        test::activate(m_till->window());
        lookAtDialog(QStringLiteral("cancelDialog"), [&] { test::pressKey(m_till->heldTable(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier); },
                     QStringLiteral("cancelReason"), look + QStringLiteral("cancel"), &problems);
        m_till->goTo(Qt::Key_1);
        test::activate(m_till->window());
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, paid));
        lookAtDialog(QStringLiteral("refundDialog"), [&] { test::pressKey(m_till->ordersTable(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); },
                     QStringLiteral("refundAmount"), look + QStringLiteral("refund"), &problems);
        test::activate(m_till->window());
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, unpaid));
        lookAtDialog(QStringLiteral("takePaymentDialog"), [&] { test::pressKey(m_till->ordersTable(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); },
                     QStringLiteral("takePaymentOnScreen"), look + QStringLiteral("take-payment"), &problems);
        lookAtDialog(QStringLiteral("settingsDialog"), [&] { pressInWindow(Qt::Key_Comma, Qt::ControlModifier); },
                     QStringLiteral("shopName"), look + QStringLiteral("settings"), &problems);
        lookAtDialog(QStringLiteral("staffDialog"), [&] { m_till->chooseFromMenu(QStringLiteral("staffAction")); }, QStringLiteral("staffTable"),
                     look + QStringLiteral("staff"), &problems);
        lookAtDialog(QStringLiteral("stripeKeysDialog"), [&] { m_till->chooseFromMenu(QStringLiteral("stripeKeysAction")); }, QString(),
                     look + QStringLiteral("stripe-keys"), &problems);
        lookAtDialog(QStringLiteral("endOfDayDialog"), [&] { m_till->chooseFromMenu(QStringLiteral("endOfDayAction")); }, QStringLiteral("endOfDayDate"),
                     look + QStringLiteral("end-of-day"), &problems);
        lookAtDialog(QStringLiteral("shortcutsDialog"), [&] { pressInWindow(Qt::Key_F1); }, QStringLiteral("shortcutsTable"),
                     look + QStringLiteral("shortcuts"), &problems);

        // The sign-in window after Ctrl+L.
        QVERIFY(m_till->lockWithKeyboard());
        QWidget *signIn = m_till->signInWindow();
        QTest::qWait(100);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !signIn->isAncestorOf(focus))
            problems << look + QStringLiteral("sign-in: the keyboard focus is not on the sign-in window");
        problems += test::readingProblems(signIn, look + QStringLiteral("sign-in"));
        test::saveScreenshot(signIn, look + QStringLiteral("sign-in"));
        QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));

        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PaymentIntent>();
        ui::setUpApplication(*qApp);
    }

    void cleanup() { m_till.reset(); }

    // The first paid order shows in Orders and in Held authorisations at once, with no Refresh.
    void amazonPayHoldShowsEverywhereAtOnce()
    {
        openFreshTill();
        const QString number = payNewOrder(QStringLiteral("Ada Ito"),
                                           {{QStringLiteral("Walnut side table"), QStringLiteral("299.00")}}, true,
                                           QStringLiteral("amazon_pay"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY2(m_till->checkoutResult().contains(QStringLiteral("299.00")), qPrintable(m_till->checkoutResult()));
        // Behind the dialog, within a second: the Orders list…
        QTRY_VERIFY_WITH_TIMEOUT(ordersRow(number).value(ordersState) == QStringLiteral("Held"), 1000);
        // The suite runs under C.UTF-8: a machine without a locale reads as a US till.
        QCOMPARE(ordersRow(number).value(ordersTotal), QStringLiteral("$299.00"));
        QCOMPARE(ordersRow(number).value(ordersPayment), QStringLiteral("Held"));
        QCOMPARE(ordersRow(number).value(ordersStaff), managerName);
        // …and Held authorisations.
        QVERIFY(m_till->closeCheckout());
        QTRY_VERIFY_WITH_TIMEOUT(heldRow(number).value(heldAmount).contains(QStringLiteral("299.00")), 1000);
        QCOMPARE(storedOrder(number).state, OrderState::Authorised);
    }

    void cardHoldShowsEverywhereAtOnce()
    {
        openFreshTill();
        const QString number = payNewOrder(QStringLiteral("Ben Okafor"),
                                           {{QStringLiteral("Lamp"), QStringLiteral("45.00")},
                                            {QStringLiteral("Bulb"), QStringLiteral("2.50"), QStringLiteral("2")}},
                                           true, QStringLiteral("card"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QTRY_VERIFY_WITH_TIMEOUT(ordersRow(number).value(ordersState) == QStringLiteral("Held"), 1000);
        QVERIFY(ordersRow(number).value(ordersTotal).contains(QStringLiteral("50.00")));
        QVERIFY(m_till->closeCheckout());
        QTRY_VERIFY_WITH_TIMEOUT(heldRow(number).value(heldAmount).contains(QStringLiteral("50.00")), 1000);
    }

    void automaticCaptureShowsPaid()
    {
        openFreshTill();
        const QString number = payNewOrder(QStringLiteral("Chen Li"), {{QStringLiteral("Tea"), QStringLiteral("12.00")}},
                                           false, QStringLiteral("amazon_pay"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        QVERIFY(waitForResult(QStringLiteral("Paid ")));
        QTRY_VERIFY_WITH_TIMEOUT(ordersRow(number).value(ordersState) == QStringLiteral("Paid"), 1000);
        QCOMPARE(ordersRow(number).value(ordersPayment), QStringLiteral("Succeeded"));
        QVERIFY(m_till->closeCheckout());
        // Nothing to capture: it is not among the holds.
        QTest::qWait(300);
        QVERIFY(heldRow(number).isEmpty());
        QCOMPARE(storedOrder(number).state, OrderState::Paid);
    }

    // Capture part, cancel another with a reason, refund part and then the rest: every list, the
    // order detail and its timeline agree after each step, without Refresh.
    void captureCancelRefundAgreeEverywhere()
    {
        openFreshTill();
        const QString first = payNewOrder(QStringLiteral("Dana Fox"), {{QStringLiteral("Chair"), QStringLiteral("100.00")}},
                                          true, QStringLiteral("amazon_pay"));
        QVERIFY2(!first.startsWith(u'!'), qPrintable(first));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());
        const QString second = payNewOrder(QStringLiteral("Eli Ruiz"), {{QStringLiteral("Desk"), QStringLiteral("80.00")}},
                                           true, QStringLiteral("amazon_pay"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());

        // Partial capture: 60 of 100.
        auto captured = m_till->capture(first, QStringLiteral("60.00"), managerPin);
        QVERIFY2(captured.opened && !captured.result.isEmpty(), qPrintable(m_till->lastError() + captured.problem));
        QTRY_VERIFY_WITH_TIMEOUT(heldRow(first).isEmpty(), 1000);
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(first).value(ordersState), QStringLiteral("Partially captured"), 1000);
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, first));
        QVERIFY(m_till->detailHeading().contains(QStringLiteral("Partially captured")));
        QVERIFY(m_till->paymentsInDetail().join(u'\n').contains(QStringLiteral("60.00")));
        QVERIFY2(m_till->timeline().join(u'\n').contains(QStringLiteral("Capture")), qPrintable(m_till->timeline().join(u'\n')));

        // Cancel the second with a reason.
        auto cancelled = m_till->cancelHold(second, QStringLiteral("The customer asked"), managerPin);
        QVERIFY2(cancelled.opened && !cancelled.result.isEmpty(), qPrintable(m_till->lastError() + cancelled.problem));
        QTRY_VERIFY_WITH_TIMEOUT(heldRow(second).isEmpty(), 1000);
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(second).value(ordersState), QStringLiteral("Cancelled"), 1000);
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, second));
        QVERIFY2(m_till->timeline().join(u'\n').contains(QStringLiteral("customer")), qPrintable(m_till->timeline().join(u'\n')));

        // Refund 20 of the 60 captured, then the rest.
        auto part = m_till->refund(first, QStringLiteral("20.00"), managerPin);
        QVERIFY2(part.opened && !part.result.isEmpty(), qPrintable(m_till->lastError() + part.problem));
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(first).value(ordersState), QStringLiteral("Partially refunded"), 1000);
        QVERIFY(m_till->detailHeading().contains(QStringLiteral("Partially refunded")));
        auto rest = m_till->refund(first, QString(), managerPin);
        QVERIFY2(rest.opened && !rest.result.isEmpty(), qPrintable(m_till->lastError() + rest.problem));
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(first).value(ordersState), QStringLiteral("Refunded"), 1000);
        QVERIFY(m_till->detailHeading().contains(QStringLiteral("Refunded")));
        QVERIFY(m_till->timeline().join(u'\n').count(QStringLiteral("Refund")) >= 2);
        QCOMPARE(storedOrder(first).state, OrderState::Refunded);
        QCOMPARE(storedOrder(second).state, OrderState::Cancelled);
    }

    // Amazon Pay fails; the same order is then paid by card from the same dialog.
    void failedAmazonPayThenCard()
    {
        openFreshTill();
        const QString number = payNewOrder(QStringLiteral("Femi Ade"), {{QStringLiteral("Rug"), QStringLiteral("75.00")}},
                                           true, QStringLiteral("amazon_pay"), QStringLiteral("hf-fail"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        auto *retry = qobject_cast<QAbstractButton *>(test::waitForVisible(QStringLiteral("checkoutRetry"), m_till->window(), 30000));
        QVERIFY(retry);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersState), QStringLiteral("Payment failed"), 1000);
        test::click(retry);
        QVERIFY2(m_till->payOnPage(QStringLiteral("card")), qPrintable(m_till->lastError()));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersState), QStringLiteral("Held"), 1000);
        QVERIFY(m_till->closeCheckout());
        QTRY_VERIFY_WITH_TIMEOUT(!heldRow(number).isEmpty(), 1000);
    }

    // The checkout is closed unpaid; later, Take payment on the order's detail pays it.
    void unpaidOrderPaidLaterWithTakePayment()
    {
        openFreshTill();
        QVERIFY2(m_till->fillNewOrder(QStringLiteral("Gus Hall"), {{QStringLiteral("Mirror"), QStringLiteral("40.00")}}, true),
                 qPrintable(m_till->lastError()));
        const QString number = orderNumberFrom(m_till->checkoutDialog());
        QVERIFY(m_till->closeCheckout());
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersState), QStringLiteral("Awaiting payment"), 1000);
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, number));
        auto *take = test::findVisibleAs<QAbstractButton>(QStringLiteral("takePaymentActionButton"), m_till->orderDetail());
        QVERIFY(take);
        QVERIFY(take->isEnabled());
        // Its shortcut from the list opens the same choice; Escape closes it without a payment.
        test::pressKey(m_till->ordersTable(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *byKey = test::waitForVisible(QStringLiteral("takePaymentDialog"), m_till->window(), 5000);
        QVERIFY2(byKey, "Ctrl+Shift+P opened nothing");
        QPointer<QWidget> closing(byKey);
        test::pressKey(byKey, Qt::Key_Escape);
        QTRY_VERIFY(!closing || !closing->isVisible());
        test::click(take);
        QWidget *choice = test::waitForVisible(QStringLiteral("takePaymentDialog"), m_till->window());
        QVERIFY(choice);
        test::pressKey(choice, Qt::Key_Return); // Pay on this screen is the default
        QVERIFY(test::waitForVisible(QStringLiteral("checkoutDialog"), m_till->window()));
        QVERIFY2(m_till->payOnPage(QStringLiteral("amazon_pay")), qPrintable(m_till->lastError()));
        QVERIFY2(m_till->pressOnAmazonPage(QStringLiteral("hf-authorize")), qPrintable(m_till->lastError()));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersState), QStringLiteral("Held"), 1000);
        QVERIFY(m_till->closeCheckout());
        // Nothing left to pay: the action is off.
        QVERIFY(!test::findVisibleAs<QAbstractButton>(QStringLiteral("takePaymentActionButton"), m_till->orderDetail())->isEnabled());
    }

    // The phone route: the QR code, decoded, is the link shown; approved on another device, the
    // dialog shows the result by itself.
    void phoneRouteQrCodeApprovedElsewhere()
    {
        openFreshTill();
        QVERIFY2(m_till->fillNewOrder(QStringLiteral("Hana Sato"), {{QStringLiteral("Vase"), QStringLiteral("60.00")}}, true,
                                      true),
                 qPrintable(m_till->lastError()));
        QWidget *dialog = m_till->checkoutDialog();
        auto *link = qobject_cast<QLabel *>(test::waitForVisible(QStringLiteral("paymentLink"), dialog));
        QVERIFY(link);
        QTRY_VERIFY_WITH_TIMEOUT(!link->text().isEmpty(), 20000);
        auto *qr = test::findVisibleAs<QLabel>(QStringLiteral("paymentQrCode"), dialog);
        QVERIFY(qr && !qr->pixmap().isNull());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        // A margin, as a printed or displayed code has around it.
        QImage framed(qr->pixmap().width() + 80, qr->pixmap().height() + 80, QImage::Format_RGB32);
        framed.fill(Qt::white);
        {
            QPainter p(&framed);
            p.drawPixmap(40, 40, qr->pixmap());
        }
        QVERIFY(framed.save(png));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY2(zbar.waitForFinished(20000), "zbarimg (Debian's zbar-tools) did not run");
        const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
        QCOMPARE(decoded, link->text());

        QWebEnginePage phone;
        QSignalSpy loaded(&phone, &QWebEnginePage::loadFinished);
        phone.load(QUrl(decoded));
        QVERIFY(loaded.wait(20000));
        QVERIFY(test::waitForJs(&phone, QStringLiteral("!!document.querySelector('#hf-authorize')")));
        test::runJs(&phone, QStringLiteral("document.querySelector('#hf-authorize').click();"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        const QString number = orderNumberFrom(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersState), QStringLiteral("Held"), 1000);
    }

    // Another person signs in after Ctrl+L: what they do is theirs, and the screen says who it is.
    void anotherPersonSignsInAndIsAttributed()
    {
        openFreshTill();
        QTRY_VERIFY(m_till->signedInText().contains(managerName));
        QVERIFY2(m_till->addStaff(staffName, staffPin, false, managerName, managerPin), qPrintable(m_till->lastError()));
        // The manager takes an order first (the situation in which attribution went wrong).
        const QString managersOrder = payNewOrder(QStringLiteral("Ivy Moss"), {{QStringLiteral("Bowl"), QStringLiteral("30.00")}},
                                                  true, QStringLiteral("amazon_pay"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());

        QVERIFY(m_till->lockWithKeyboard());
        QVERIFY2(m_till->signIn(staffName, staffPin), qPrintable(m_till->lastError()));
        QVERIFY(m_till->signedInText().contains(staffName));
        QVERIFY(!m_till->signedInText().contains(managerName));

        const QString staffOrder = payNewOrder(QStringLiteral("Jon Park"), {{QStringLiteral("Plate"), QStringLiteral("20.00")}},
                                               true, QStringLiteral("amazon_pay"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(staffOrder).value(ordersStaff), staffName, 1000);

        // Staff cannot approve their own capture: the dialog asks for a manager and their PIN.
        auto captured = m_till->capture(managersOrder, QString(), managerPin, managerName);
        QVERIFY2(captured.opened && !captured.result.isEmpty(), qPrintable(m_till->lastError() + captured.problem));
        m_till->goTo(Qt::Key_1);
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, managersOrder));
        const QString timeline = m_till->timeline().join(u'\n');
        QVERIFY2(timeline.contains(QStringLiteral("%1, approved by %2").arg(staffName, managerName)), qPrintable(timeline));
        // The audit log agrees.
        const auto audit = store::AuditLog(m_till->store()).forOrder(storedOrder(managersOrder).id).value();
        bool found = false;
        for (const AuditEntry &e : audit)
            if (e.action == QLatin1String("capture") && e.outcome == QLatin1String("ok"))
                found = e.actor == QStringLiteral("staff-%1").arg(m_till->app().currentStaffId())
                        && !e.approvedBy.isEmpty() && e.approvedBy != e.actor;
        QVERIFY(found);
    }

    // The idle lock fires after the configured minutes, read from the till's clock.
    void idleLockFiresAfterTheConfiguredMinutes()
    {
        openFreshTill();
        QWidget *window = m_till->window();
        QTest::qWait(1500);
        QVERIFY(window->isVisible());
        m_till->clock().advance(4 * 60); // the default is 5 minutes
        QTest::qWait(1500);
        QVERIFY(window->isVisible());
        m_till->clock().advance(2 * 60);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 3000);
        QVERIFY(m_till->signInWindow()->isVisible());
        QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));
        QVERIFY(window->isVisible());
    }

    // A hold about to lapse is announced as it turns amber and red, and at start-up when it already
    // is; the Held place counts them, and Show opens the hold.
    void holdsAboutToLapseAreAnnounced()
    {
        openFreshTill();
        const QString number = payNewOrder(QStringLiteral("Lea Voss"), {{QStringLiteral("Clock"), QStringLiteral("64.00")}},
                                           true, QStringLiteral("amazon_pay"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());
        auto *places = test::findVisibleAs<QListWidget>(QStringLiteral("placesList"), m_till->window());
        QVERIFY(places);
        QCOMPARE(places->item(1)->text(), QStringLiteral("Held authorisations"));
        QVERIFY(!test::findVisible(QStringLiteral("alertBar"), m_till->window()));

        // Days pass: the till locks itself meanwhile, and whoever comes back signs in again.
        const auto daysPass = [this](qint64 seconds) {
            m_till->clock().advance(seconds);
            QTRY_VERIFY_WITH_TIMEOUT(m_till->signInWindow()->isVisible(), 5000);
            QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));
        };
        daysPass(5 * 24 * 3600 + 3600); // 47 hours left: amber
        auto *alert = qobject_cast<QLabel *>(test::waitForVisible(QStringLiteral("alertText"), m_till->window(), 10000));
        QVERIFY2(alert, "no notice when the hold turned amber");
        QVERIFY2(alert->text().contains(number) && alert->text().contains(QStringLiteral("Capture soon")), qPrintable(alert->text()));
        QCOMPARE(places->item(1)->text(), QStringLiteral("Held authorisations (1)"));
        m_till->window()->resize(1366, 768);
        test::saveScreenshot(m_till->window(), QStringLiteral("hold-alert"));

        m_till->goTo(Qt::Key_1);
        test::click(test::findVisibleAs<QAbstractButton>(QStringLiteral("openAlert"), m_till->window()));
        QTRY_VERIFY(m_till->heldTable());
        QCOMPARE(m_till->heldTable()->currentIndex().siblingAtColumn(0).data().toString(), number);

        daysPass(24 * 3600); // 23 hours left: red
        QTRY_VERIFY_WITH_TIMEOUT(test::findVisible(QStringLiteral("alertText"), m_till->window())
                                     && alert->text().contains(QStringLiteral("Capture now")),
                                 10000);

        // Closed and opened again days later: the notice is there at once.
        m_till.reset();
        m_till = std::make_unique<Till>();
        m_till->clock().advance(6 * 24 * 3600);
        QVERIFY(m_till->start());
        QVERIFY2(m_till->signIn(managerName, managerPin), qPrintable(m_till->lastError()));
        alert = qobject_cast<QLabel *>(test::waitForVisible(QStringLiteral("alertText"), m_till->window(), 3000));
        QVERIFY2(alert, "no notice at start-up for a hold already red");
        QVERIFY(alert->text().contains(number) && alert->text().contains(QStringLiteral("Capture now")));
        places = test::findVisibleAs<QListWidget>(QStringLiteral("placesList"), m_till->window());
        QCOMPARE(places->item(1)->text(), QStringLiteral("Held authorisations (1)"));
    }

    // What a counter needs in sight: New order as a button, empty places that say what to do, the
    // mode banner on the checkout, no stray '&' in a form, the technical keys behind Details, and
    // Payments filled when it is opened.
    void counterScreensReadAtAGlance()
    {
        openFreshTill();
        m_till->window()->resize(1366, 768);
        test::saveScreenshot(m_till->window(), QStringLiteral("orders-empty"));
        auto *emptyOrders = test::findVisibleAs<QLabel>(QStringLiteral("ordersEmptyHint"), m_till->window());
        QVERIFY2(emptyOrders && emptyOrders->text().contains(QStringLiteral("Ctrl+N")), "an empty Orders list says nothing");
        m_till->goTo(Qt::Key_2);
        QVERIFY(test::findVisible(QStringLiteral("heldEmptyHint"), m_till->window()));

        // New order is a button in sight.
        auto *toolbar = test::findVisibleAs<QToolBar>(QStringLiteral("primaryToolbar"), m_till->window());
        QVERIFY(toolbar);
        QAbstractButton *newOrder = nullptr;
        for (QAction *a : toolbar->actions())
            if (a->objectName() == QLatin1String("newOrderAction"))
                newOrder = qobject_cast<QAbstractButton *>(toolbar->widgetForAction(a));
        QVERIFY(newOrder && newOrder->isVisible());
        test::click(newOrder);
        QWidget *form = test::waitForVisible(QStringLiteral("newOrderDialog"), m_till->window());
        QVERIFY(form);
        for (QLabel *label : form->findChildren<QLabel *>()) {
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            if (label->isVisible() && text.contains(u'&') && label->textFormat() != Qt::RichText)
                QVERIFY2(label->buddy(), qPrintable(QStringLiteral("label shows a literal &: ") + label->text()));
        }
        typeInto(form, QStringLiteral("customerName"), QStringLiteral("Max Ruf"));
        typeInto(form, QStringLiteral("lineDescription0"), QStringLiteral("Stool"));
        typeInto(form, QStringLiteral("linePrice0"), QStringLiteral("35.00"));
        test::saveScreenshot(form, QStringLiteral("new-order"));
        test::click(test::findVisibleAs<QAbstractButton>(QStringLiteral("payOnScreen"), form));
        QWidget *checkout = test::waitForVisible(QStringLiteral("checkoutDialog"), m_till->window());
        QVERIFY(checkout);
        auto *banner = test::findVisibleAs<QLabel>(QStringLiteral("modeBanner"), checkout);
        QVERIFY2(banner && banner->text().contains(QStringLiteral("TRAINING")), "the checkout has no training banner");
        const QString number = orderNumberFrom(checkout);
        QVERIFY(m_till->payOnPage(QStringLiteral("amazon_pay")));
        QVERIFY(m_till->pressOnAmazonPage(QStringLiteral("hf-authorize")));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());
        QTRY_VERIFY(!test::findVisible(QStringLiteral("ordersEmptyHint"), m_till->window()));

        // The capture's result: what happened and the order's state; the keys only behind Details.
        m_till->goTo(Qt::Key_2);
        QTRY_VERIFY_WITH_TIMEOUT(test::clickRow(m_till->heldTable(), heldNumber, number), 2000);
        test::pressKey(m_till->heldTable(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *capture = test::waitForVisible(QStringLiteral("captureDialog"), m_till->window());
        QVERIFY(capture);
        // Enter in the PIN field submits the form, as a keyboard user expects.
        QWidget *pin = test::findVisible(QStringLiteral("managerPin"), capture);
        test::typeInto(pin, managerPin);
        test::pressKey(pin, Qt::Key_Return);
        auto *result = qobject_cast<QLabel *>(test::waitForVisible(QStringLiteral("result"), capture));
        QVERIFY(result);
        QCOMPARE(result->accessibleName(), result->text());
        QVERIFY(test::findVisible(QStringLiteral("resultState"), capture));
        QVERIFY(!test::findVisible(QStringLiteral("resultDetails"), capture));
        test::click(test::findVisibleAs<QAbstractButton>(QStringLiteral("showResultDetails"), capture));
        auto *details = test::findVisibleAs<QLabel>(QStringLiteral("resultDetails"), capture);
        QVERIFY(details && details->text().contains(QStringLiteral("req_")));
        test::saveScreenshot(capture, QStringLiteral("capture-result"));
        // Enter closes the result, as it submitted the form.
        QPointer<QWidget> captureGone(capture);
        test::pressKey(QApplication::focusWidget() ? QApplication::focusWidget() : capture, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!captureGone || !captureGone->isVisible(), 3000);

        // The order's detail reads without truncation: every cell is as wide as its text.
        m_till->goTo(Qt::Key_1);
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, number));
        QTest::qWait(100); // the views lay out their columns on the next pass of the event loop
        const QStringList cut = test::readingProblems(m_till->orderDetail(), QStringLiteral("order detail"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

        test::saveScreenshot(m_till->window(), QStringLiteral("orders"));
        m_till->goTo(Qt::Key_2);
        test::saveScreenshot(m_till->window(), QStringLiteral("held"));

        // Payments reads Stripe by itself the first time it is opened.
        m_till->goTo(Qt::Key_3);
        auto *payments = test::findVisibleAs<QTableView>(QStringLiteral("paymentsTable"), m_till->window());
        QVERIFY(payments);
        QTRY_VERIFY_WITH_TIMEOUT(test::rowCount(payments) >= 1, 10000);
        test::saveScreenshot(m_till->window(), QStringLiteral("payments"));
        m_till->goTo(Qt::Key_4);
        test::saveScreenshot(m_till->window(), QStringLiteral("events"));
    }

    // The same screens in German on a dark palette: translated, readable, pictures saved to look at.
    void screensInGermanOnADarkPalette()
    {
        useGermanOnADarkPalette();
        openFreshTill();

        m_till->window()->resize(1366, 768);
        auto *places = test::findVisibleAs<QListWidget>(QStringLiteral("placesList"), m_till->window());
        QVERIFY2(places && places->item(0)->text() != QStringLiteral("Orders"), "the places are not in German");
        QVERIFY(!m_till->signedInText().startsWith(QStringLiteral("Signed in")));
        const QString number = payNewOrder(QStringLiteral("Joerg Weiss"), {{QStringLiteral("Beistelltisch"), QStringLiteral("299,00")}},
                                           true, QStringLiteral("amazon_pay"));
        QVERIFY2(!number.startsWith(u'!'), qPrintable(number));
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->checkoutResult().isEmpty() && !m_till->checkoutResult().startsWith(QStringLiteral("Held")),
                                 30000);
        QVERIFY2(m_till->checkoutResult().contains(QStringLiteral("299,00")), qPrintable(m_till->checkoutResult()));
        test::saveScreenshot(m_till->checkoutDialog(), QStringLiteral("de-dark-checkout-result"));
        QVERIFY(m_till->closeCheckout());
        m_till->goTo(Qt::Key_1);
        QVERIFY(test::clickRowSoon(m_till->ordersTable(), ordersNumber, number));
        QTest::qWait(100);
        test::saveScreenshot(m_till->window(), QStringLiteral("de-dark-orders"));
        const QStringList cut = test::readingProblems(m_till->orderDetail(), QStringLiteral("order detail"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        m_till->goTo(Qt::Key_2);
        test::saveScreenshot(m_till->window(), QStringLiteral("de-dark-held"));
    }

    // The shop's currency: a settings file naming one Amazon Pay does not take is reported and
    // ignored; a manager chooses euro in Settings; the form, the checkout, the sandbox, the lists and
    // end of day follow, and the order already saved in dollars keeps its dollars.
    void shopCurrencyPricesNewOrdersAndKeepsSavedOnes()
    {
        QSettings().setValue(QStringLiteral("shopCurrency"), QStringLiteral("JPY"));
        openFreshTill();
        auto *notice = test::findVisibleAs<QLabel>(QStringLiteral("noticeText"), m_till->window());
        QVERIFY2(notice && notice->text().contains(QStringLiteral("JPY")), "a currency Amazon Pay does not take passes silently");
        const QString dollars = payNewOrder(QStringLiteral("Ann Lee"), {{QStringLiteral("Lamp"), QStringLiteral("40.00")}}, true,
                                            QStringLiteral("amazon_pay"));
        QVERIFY2(!dollars.startsWith(u'!'), qPrintable(dollars));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY2(m_till->checkoutResult().contains(QStringLiteral("$40.00")), qPrintable(m_till->checkoutResult()));
        QVERIFY(m_till->closeCheckout());

        QVERIFY2(m_till->changeSettings(
                     [](QWidget *dialog) {
                         auto *currency = test::findVisibleAs<QComboBox>(QStringLiteral("shopCurrency"), dialog);
                         QVERIFY(currency);
                         QCOMPARE(currency->count(), 7); // Amazon Pay's currencies, no other
                         QVERIFY(test::chooseByTyping(currency, QStringLiteral("Euro")));
                     },
                     managerName, managerPin),
                 qPrintable(m_till->lastError()));

        QVERIFY(m_till->fillNewOrder(QStringLiteral("Bea Kurz"), {{QStringLiteral("Vase"), QStringLiteral("25.50")}}, true));
        const QString euros = orderNumberFrom(m_till->checkoutDialog());
        auto *header = m_till->checkoutDialog()->findChild<QLabel *>(QStringLiteral("checkoutHeader"));
        QVERIFY2(header && header->text().contains(QStringLiteral("€25.50")), qPrintable(header ? header->text() : QString()));
        QVERIFY(m_till->payOnPage(QStringLiteral("amazon_pay")));
        QVERIFY(m_till->pressOnAmazonPage(QStringLiteral("hf-authorize")));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY2(m_till->checkoutResult().contains(QStringLiteral("€25.50")), qPrintable(m_till->checkoutResult()));
        QVERIFY(m_till->closeCheckout());

        // Each order in its own currency, in the list and in the store; Stripe holds euros.
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(euros).value(ordersTotal), QStringLiteral("€25.50"), 2000);
        QCOMPARE(ordersRow(dollars).value(ordersTotal), QStringLiteral("$40.00"));
        QCOMPARE(storedOrder(euros).currency, QStringLiteral("eur"));
        QCOMPARE(storedOrder(dollars).currency, QStringLiteral("usd"));
        const auto attempts = store::PaymentAttempts(m_till->store()).forOrder(storedOrder(euros).id);
        QVERIFY(attempts.ok() && !attempts->isEmpty());
        QCOMPARE(attempts->last().currency, QStringLiteral("eur"));
        QCOMPARE(attempts->last().amountAuthorisedMinor, 2550);
        QTRY_COMPARE_WITH_TIMEOUT(heldRow(euros).value(heldAmount), QStringLiteral("€25.50"), 2000);

        // End of day keeps the currencies apart.
        QWidget *day = m_till->openEndOfDay();
        QVERIFY2(day, qPrintable(m_till->lastError()));
        auto *table = test::findVisibleAs<QTableView>(QStringLiteral("endOfDayTable"), day);
        QVERIFY(table);
        QCOMPARE(test::rowTexts(table, 0, QStringLiteral("Total (USD)")).value(2), QStringLiteral("$40.00"));
        QCOMPARE(test::rowTexts(table, 0, QStringLiteral("Total (EUR)")).value(2), QStringLiteral("€25.50"));
        test::saveScreenshot(day, QStringLiteral("end-of-day"));
        test::pressKey(day, Qt::Key_Escape);
    }

    // Every main view and dialog looked at as a person at the counter reads it, at 1366x768 and
    // 1024x768: nothing cut off, no stray '&', labels read aloud as they show, focus where the next
    // keystroke belongs. Each screen is saved as a picture (English light, German dark).
    void everyScreenReadsInEnglish() { surveyEveryScreen(QStringLiteral("en-light-")); }
    void everyScreenReadsInGermanOnADarkPalette()
    {
        useGermanOnADarkPalette();
        surveyEveryScreen(QStringLiteral("de-dark-"));
    }

    // A till with its own database runs the shop's post-payment action itself: once for an order
    // paid at once, once for a hold when a manager captures it, never for a hold alone.
    void postPaymentActionRunsOnceOnThisTill()
    {
        openFreshTill();
        QTemporaryDir dir;
        const QString ran = dir.filePath(QStringLiteral("ran.txt"));
        // The shop's command, as holdfast-webhooks' --post-payment-command would store it: the
        // order's JSON on stdin, one line per run.
        QVERIFY(store::Settings(m_till->store())
                    .setValue(events::PostPaymentHook::settingsKey(),
                              QStringLiteral("/bin/sh -c \"tr -d '\\n' >> '%1'; echo >> '%1'\"").arg(ran)));
        const auto runs = [&ran](const QString &number) {
            QFile file(ran);
            if (!file.open(QIODevice::ReadOnly))
                return 0;
            int n = 0;
            for (const QByteArray &line : file.readAll().split('\n'))
                n += line.contains(QByteArray("\"number\":\"" + number.toUtf8() + "\""));
            return n;
        };
        const QString paid = payNewOrder(QStringLiteral("Ola Nord"), {{QStringLiteral("Tea"), QStringLiteral("12.00")}}, false,
                                         QStringLiteral("card"));
        QVERIFY2(!paid.startsWith(u'!'), qPrintable(paid));
        QVERIFY(waitForResult(QStringLiteral("Paid")));
        QVERIFY(m_till->closeCheckout());
        QTRY_COMPARE_WITH_TIMEOUT(runs(paid), 1, 10000);

        const QString held = payNewOrder(QStringLiteral("Per Syd"), {{QStringLiteral("Pot"), QStringLiteral("30.00")}}, true,
                                         QStringLiteral("amazon_pay"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());
        QTest::qWait(1500);
        QCOMPARE(runs(held), 0);
        const auto capture = m_till->capture(held, QString(), managerPin);
        QVERIFY2(capture.opened && capture.result.startsWith(QStringLiteral("Captured")), qPrintable(capture.problem + capture.result));
        QTRY_COMPARE_WITH_TIMEOUT(runs(held), 1, 10000);
        // The events and reconciliation that follow see the same money and run nothing again.
        m_till->goTo(Qt::Key_4);
        test::click(test::findVisibleAs<QAbstractButton>(QStringLiteral("reconcileButton"), m_till->window()));
        QTest::qWait(3000);
        QCOMPARE(runs(paid), 1);
        QCOMPARE(runs(held), 1);
    }

    // The Events page says what is true: the poller's answers, no webhook receiver, reconciliation.
    void eventsPageTellsTheTruth()
    {
        openFreshTill();
        m_till->goTo(Qt::Key_4);
        auto *poller = test::findVisibleAs<QLabel>(QStringLiteral("pollerStateLabel"), m_till->window());
        auto *receiver = test::findVisibleAs<QLabel>(QStringLiteral("receiverStateLabel"), m_till->window());
        auto *reconcile = test::findVisibleAs<QLabel>(QStringLiteral("reconcileResultLabel"), m_till->window());
        QVERIFY(poller && receiver && reconcile);
        QTRY_VERIFY_WITH_TIMEOUT(poller->text().contains(QStringLiteral("last answer")), 15000);
        QVERIFY(!poller->text().contains(QStringLiteral("Not polling")));
        QVERIFY(receiver->text().contains(QStringLiteral("None reports")));
        QTRY_VERIFY_WITH_TIMEOUT(reconcile->text().contains(QStringLiteral("checked")), 15000);
        QVERIFY(!reconcile->text().contains(QStringLiteral("Not run yet")));
        // After a payment, reconciling again counts it.
        const QString number = payNewOrder(QStringLiteral("Kim Roe"), {{QStringLiteral("Cup"), QStringLiteral("9.00")}}, true,
                                           QStringLiteral("amazon_pay"));
        QVERIFY(waitForResult(QStringLiteral("Held ")));
        QVERIFY(m_till->closeCheckout());
        m_till->goTo(Qt::Key_4);
        auto *button = test::findVisibleAs<QAbstractButton>(QStringLiteral("reconcileButton"), m_till->window());
        test::click(button);
        QTRY_VERIFY_WITH_TIMEOUT(reconcile->text().contains(QStringLiteral("1 payment(s) checked"))
                                     || reconcile->text().contains(QStringLiteral("1 payment checked")),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!test::findVisibleAs<QLabel>(QStringLiteral("lastEventLabel"), m_till->window())
                                      ->text()
                                      .contains(QStringLiteral("None yet")),
                                 15000);
    }

    // What the customer's bank does, through the training sandbox's control (Stripe's side of the
    // world, not the till's): the HTTP status.
    int sandboxControl(const QString &path, const QByteArray &json)
    {
        const QUrl base = m_till->app().trainingSandboxUrl();
        if (base.isEmpty())
            return 0;
        QNetworkAccessManager network;
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, json));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // A card payment its holder's bank disputes (Stripe's test card 4000000000000259): the till
    // shows it in Orders, counts it on the Disputes place with the day to answer by, opens the
    // order from there, refuses a refund with a reason, and end of day counts the money lost.
    void aDisputedPaymentIsInFrontOfAManager()
    {
        openFreshTill();
        QVERIFY(m_till->fillNewOrder(QStringLiteral("Dana Dispute"), {{QStringLiteral("Chair"), QStringLiteral("80.00")}}, false));
        const QString number = orderNumberFrom(m_till->checkoutDialog());
        QVERIFY2(m_till->payOnPage(QStringLiteral("card"), QStringLiteral("4000000000000259")), qPrintable(m_till->lastError()));
        QVERIFY(waitForResult(QStringLiteral("Paid")));
        QVERIFY(m_till->closeCheckout());

        // The bank's dispute reaches the till by itself (the poller): Orders says so at once.
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersPayment), QStringLiteral("Disputed"), 20000);
        QCOMPARE(ordersRow(number).value(ordersState), QStringLiteral("Paid"));
        auto *places = test::findVisibleAs<QListWidget>(QStringLiteral("placesList"), m_till->window());
        QVERIFY(places);
        QTRY_COMPARE_WITH_TIMEOUT(places->item(4)->text(), QStringLiteral("Disputes (1)"), 5000);

        // The Disputes place: the order, the reason, and the day to answer by.
        m_till->goTo(Qt::Key_5);
        auto *table = test::findVisibleAs<QTableView>(QStringLiteral("disputesTable"), m_till->window());
        QVERIFY(table);
        const QStringList row = test::rowTexts(table, 1, number);
        QVERIFY2(row.size() == 6, qPrintable(row.join(QStringLiteral(" | "))));
        QVERIFY2(row.at(0).contains(QStringLiteral("days left")), qPrintable(row.at(0)));
        QCOMPARE(row.at(2), QStringLiteral("Dana Dispute"));
        QCOMPARE(row.at(3), QStringLiteral("$80.00"));
        QCOMPARE(row.at(4), QStringLiteral("Fraudulent"));
        QCOMPARE(row.at(5), QStringLiteral("Needs response"));
        auto *notice = test::findVisibleAs<QLabel>(QStringLiteral("disputesNotice"), m_till->window());
        QVERIFY(notice && notice->text().contains(QStringLiteral("Stripe's Dashboard")));
        // Training payments are not in Stripe's Dashboard: the action says so rather than failing.
        auto *toolbar = test::findVisibleAs<QToolBar>(QStringLiteral("disputesToolbar"), m_till->window());
        QVERIFY(toolbar);
        QVERIFY(test::clickRowSoon(table, 1, number));
        for (QAction *a : toolbar->actions())
            if (a->objectName() == QLatin1String("openDisputeDashboardAction"))
                QVERIFY(!a->isEnabled() && a->toolTip().contains(QStringLiteral("Training")));
        // Ctrl+O opens the order itself, its dispute in the detail.
        test::pressKey(table, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_till->detailHeading().contains(number), 3000);
        auto *line = test::findVisibleAs<QLabel>(QStringLiteral("orderDispute"), m_till->orderDetail());
        QVERIFY(line);
        QVERIFY2(line->accessibleName().contains(QStringLiteral("Fraudulent"))
                     && line->accessibleName().contains(QStringLiteral("Send evidence in Stripe's Dashboard by")),
                 qPrintable(line->accessibleName()));
        QVERIFY(m_till->timeline().join(u'\n').contains(QStringLiteral("Dispute opened by the customer's bank")));
        test::saveScreenshot(m_till->window(), QStringLiteral("en-light-disputed-order"));

        // The money is with the bank: Refund is off, and says why, rather than asking for a PIN.
        auto *refundButton = test::findVisibleAs<QToolButton>(QStringLiteral("refundActionButton"), m_till->orderDetail());
        QVERIFY(refundButton);
        QVERIFY(!refundButton->isEnabled());
        QVERIFY2(refundButton->defaultAction()->toolTip().contains(QStringLiteral("taken this payment back")),
                 qPrintable(refundButton->defaultAction()->toolTip()));
        QVERIFY(!m_till->refund(number, QString(), managerPin).opened);
        QCOMPARE(storedOrder(number).state, OrderState::Paid);

        // The bank decides for the customer: the order says lost, the place has nothing waiting,
        // and end of day counts the money lost.
        const auto disputes = store::DisputeLog(m_till->store()).forOrder(storedOrder(number).id);
        QVERIFY(disputes.ok() && disputes->size() == 1);
        QCOMPARE(sandboxControl(QStringLiteral("/_sandbox/disputes/") + disputes->first().dispute.id,
                                "{\"status\":\"lost\"}"),
                 200);
        m_till->goTo(Qt::Key_1);
        QTRY_COMPARE_WITH_TIMEOUT(ordersRow(number).value(ordersPayment), QStringLiteral("Dispute lost"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(places->item(4)->text(), QStringLiteral("Disputes"), 5000);
        QWidget *day = m_till->openEndOfDay();
        QVERIFY2(day, qPrintable(m_till->lastError()));
        auto *report = test::findVisibleAs<QTableView>(QStringLiteral("endOfDayTable"), day);
        QVERIFY(report);
        const QStringList total = test::rowTexts(report, 0, QStringLiteral("Total"));
        QCOMPARE(total.value(6), QStringLiteral("$80.00")); // disputed today
        QCOMPARE(total.value(7), QStringLiteral("$80.00")); // lost today
        QCOMPARE(test::rowTexts(report, 0, QStringLiteral("Disputes: 1 opened")).value(7), QStringLiteral("$80.00"));
        test::pressKey(day, Qt::Key_Escape);
    }
};

QTEST_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
