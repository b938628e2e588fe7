// Drives the assembled till as a person does: finds windows and widgets by object name, types with
// key clicks, clicks buttons with the mouse, presses the checkout page's own buttons inside Qt
// WebEngine. Nothing here calls a model, store or operation to make something happen.
#pragma once

#include "application/tillapplication.h"
#include "domain/order.h"
#include "testclock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

class QAbstractItemView;
class QComboBox;
class QLineEdit;
class QTableView;
class QTreeWidget;
class QWebEnginePage;

namespace holdfast::store {
class Database;
}

namespace holdfast::test {

// Visible widget named `name` under `root` (or among all top-level windows when root is null).
QWidget *findVisible(const QString &name, QWidget *root = nullptr);
template <typename T>
T *findVisibleAs(const QString &name, QWidget *root = nullptr)
{
    return qobject_cast<T *>(findVisible(name, root));
}
// Waits (processing events) until it is visible; null after the timeout.
QWidget *waitForVisible(const QString &name, QWidget *root = nullptr, int timeoutMs = 20000);

void click(QAbstractButton *button);
// Brings a window to the front and waits until it has the keyboard, as a person clicking on it.
void activate(QWidget *window);
void typeInto(QWidget *field, const QString &text);
void pressKey(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Chooses an item of a closed combo box by typing its first letters, as a keyboard user does.
bool chooseByTyping(QComboBox *combo, const QString &text);
// Clicks the row whose `column` shows `text`; false when no row does.
bool clickRow(QAbstractItemView *view, int column, const QString &text);
// The same, waiting up to timeoutMs for the row to show.
bool clickRowSoon(QAbstractItemView *view, int column, const QString &text, int timeoutMs = 2000);
// The texts of the row whose `column` shows `text` (empty when none).
QStringList rowTexts(QAbstractItemView *view, int column, const QString &text);
int rowCount(QAbstractItemView *view);
QStringList treeRows(QTreeWidget *tree);

// Saves what `window` shows as <HOLDFAST_SCREENSHOT_DIR>/<name>.png (the build's screenshots/
// folder under ctest), so every run leaves pictures of the screens to look at.
void saveScreenshot(QWidget *window, const QString &name);

// What a person would find wrong reading `root` as it is on screen, one line per finding:
// - a label whose one-line text is wider than the label (cut off), or that shows a literal '&';
// - a label whose accessible name (or description) hides the text it shows;
// - a table or tree cell, among the rows in view, narrower than its text (elided);
// - a button whose text does not fit it.
// - a table or tree named in `noSideways` that needs a sideways scroll to show all its columns.
// `where` starts each line ("orders 1024x768: …").
QStringList readingProblems(QWidget *root, const QString &where, const QStringList &noSideways = {});

QVariant runJs(QWebEnginePage *page, const QString &script);
bool waitForJs(QWebEnginePage *page, const QString &script, int timeoutMs = 30000);

// Steps for dialogs that run their own event loop (exec()): each step waits until its dialog is
// the visible window named so, then acts on it. Runs from a timer, so it works inside nested loops.
class DialogScript : public QObject
{
    Q_OBJECT
public:
    using Step = std::function<void(QWidget *dialog)>;
    explicit DialogScript(QWidget *root = nullptr);
    DialogScript &then(const QString &dialogName, Step step);
    bool finished() const { return m_steps.isEmpty(); }
    QString waitingFor() const { return m_steps.isEmpty() ? QString() : m_steps.first().first; }

private:
    void tick();
    QPointer<QWidget> m_root;
    QList<std::pair<QString, Step>> m_steps;
};

// A database of the caller's own on the suite's PostgreSQL server (tests run side by side); its
// URL, or empty with *why.
QString freshPostgresDatabase(QString *why);
// What the person setting up several tills does before starting them: test mode with the shop's
// Stripe-compatible test server, the shared PostgreSQL database, and the server's test keys in the
// keychain. Both tills of one process read the same settings file and keychain.
bool setUpTestModeOnPostgres(const QUrl &testServer, const QString &databaseUrl, QString *why);

// The first manager every acceptance case creates (or signs in as).
inline const QString managerName = QStringLiteral("Maria Manager");
inline const QString managerPin = QStringLiteral("2580");

struct Line
{
    QString description;
    QString price; // as typed: "149.50"
    QString quantity = QStringLiteral("1");
};

// One till: the application put together exactly as main() does, and the gestures of its staff.
class Till
{
public:
    Till();
    ~Till();

    ui::TillApplication &app() { return *m_app; }
    TestClock &clock() { return m_clock; }
    QWidget *window() const;
    bool start();

    // First start: the first manager's form, then signing in.
    bool createFirstManager(const QString &name, const QString &pin);
    bool signIn(const QString &name, const QString &pin);
    QWidget *signInWindow() const;
    bool lockWithKeyboard();

    // Ctrl+N, the form filled by keyboard, then Pay on this screen (Enter) or Send to phone.
    bool fillNewOrder(const QString &customer, const QList<Line> &lines, bool hold, bool onPhone = false);
    QWidget *checkoutDialog() const;
    QWebEnginePage *checkoutPage() const;
    // In the Payment Element: choose a method and press Pay.
    bool payOnPage(const QString &method, const QString &cardNumber = QStringLiteral("4242424242424242"));
    // On Amazon's test page: "hf-authorize" or "hf-fail".
    bool pressOnAmazonPage(const QString &button);
    QString checkoutResult() const;
    bool closeCheckout();

    // Places by keyboard: Ctrl+1 Orders, Ctrl+2 Held authorisations, Ctrl+4 Events.
    void goTo(Qt::Key key);
    QTableView *ordersTable() const;
    QTableView *heldTable() const;
    QWidget *orderDetail() const;
    QStringList timeline() const;
    QStringList paymentsInDetail() const;
    QString detailHeading() const;
    QString signedInText() const;

    // A manager operation from the Held place or the order detail: the dialog's own fields, the PIN
    // typed, the button pressed, the result read and closed.
    struct OperationOutcome
    {
        bool opened = false;
        QString result;
        QString problem;
    };
    OperationOutcome capture(const QString &orderNumber, const QString &amount, const QString &pin,
                             const QString &approvingManager = {});
    OperationOutcome cancelHold(const QString &orderNumber, const QString &reason, const QString &pin);
    OperationOutcome refund(const QString &orderNumber, const QString &amount, const QString &pin);

    // Tools → Staff… → Add…, approved with a manager's PIN.
    bool addStaff(const QString &name, const QString &pin, bool manager, const QString &managerName,
                  const QString &managerPin);

    // Tools → Settings… (Ctrl+,): `fill` works the dialog's fields, then OK, approved with a
    // manager's PIN. False when the dialog stays open (a field refused) or no approval was asked.
    bool changeSettings(const std::function<void(QWidget *dialog)> &fill, const QString &managerName,
                        const QString &managerPin);
    // Tools → End of day… by its mnemonic keys (Alt+T, then E); the dialog, or null.
    QWidget *openEndOfDay();
    // The menu holding the action named so, opened by its mnemonic (Alt+T in English, Alt+W in
    // German), then the action by its own; false when there is no such menu or it did not open.
    bool chooseFromMenu(const QString &actionName);

    // The store behind the till, opened read-only-in-spirit for double-checks.
    store::Database &store();
    QString lastError() const { return m_error; }

private:
    OperationOutcome runOperation(const QString &place, const QString &orderNumber, const QString &actionName,
                                  const std::function<void(QWidget *)> &fill, const QString &pin,
                                  const QString &approvingManager);

    TestClock m_clock;
    std::unique_ptr<ui::TillApplication> m_app;
    std::unique_ptr<store::Database> m_store;
    QString m_error;
};

} // namespace holdfast::test
