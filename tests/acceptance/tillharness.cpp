#include "tillharness.h"

#include "checkoutui/checkoutview.h"
#include "mainwindow/mainwindow.h"
#include "keystore/keyindex.h"
#include "keystore/stripekeys.h"
#include "keystore/systemkeystore.h"
#include "sandboxprocess.h"
#include "settings/settings.h"
#include "testservices.h"
#include "store/database.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QAbstractButton>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocument>
#include <QTreeView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace holdfast::test {

namespace {

bool isShown(QWidget *w)
{
    return w && w->isVisible() && w->window()->isVisible();
}

QWidget *searchIn(QWidget *root, const QString &name)
{
    if (root->objectName() == name && isShown(root))
        return root;
    const auto children = root->findChildren<QWidget *>(name);
    for (QWidget *w : children)
        if (isShown(w))
            return w;
    return nullptr;
}

} // namespace

QWidget *findVisible(const QString &name, QWidget *root)
{
    if (root)
        return searchIn(root, name);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (QWidget *w = searchIn(top, name))
            return w;
    }
    return nullptr;
}

QWidget *waitForVisible(const QString &name, QWidget *root, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QPointer<QWidget> guard(root);
    while (t.elapsed() < timeoutMs) {
        if (root && !guard)
            return nullptr;
        if (QWidget *w = findVisible(name, root))
            return w;
        QTest::qWait(20);
    }
    return nullptr;
}

void click(QAbstractButton *button)
{
    if (qobject_cast<QCheckBox *>(button)) {
        // A tick box is ticked with the space bar (its clickable part is not its middle when wide).
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    // Select what is there, as a person would before typing over it.
    if (qobject_cast<QLineEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field))
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

void activate(QWidget *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 5000))
        qWarning("window %s did not become active", qPrintable(window->objectName()));
}

void pressKey(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(widget, key, modifiers);
}

bool chooseByTyping(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClicks(combo, text);
    if (combo->currentText().startsWith(text))
        return true;
    // Type-ahead lands elsewhere when several items share a start: walk the list with the arrows.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText().startsWith(text);
}

bool clickRow(QAbstractItemView *view, int column, const QString &text)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString() == text) {
            view->scrollTo(index);
            const QRect rect = view->visualRect(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
            return view->currentIndex().row() == row;
        }
    }
    return false;
}

bool clickRowSoon(QAbstractItemView *view, int column, const QString &text, int timeoutMs)
{
    // A list that just changed may still be laying itself out: try again until the row is there.
    QElapsedTimer t;
    t.start();
    do {
        if (clickRow(view, column, text))
            return true;
        QTest::qWait(20);
    } while (t.elapsed() < timeoutMs);
    return false;
}

QStringList rowTexts(QAbstractItemView *view, int column, const QString &text)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() != text)
            continue;
        QStringList texts;
        for (int c = 0; c < model->columnCount(); ++c)
            texts << model->index(row, c).data().toString();
        return texts;
    }
    return {};
}

int rowCount(QAbstractItemView *view)
{
    return view->model()->rowCount();
}

QStringList treeRows(QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << tree->topLevelItem(i)->text(c);
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let a change just made paint
    if (!window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        qWarning("screenshot %s not saved", qPrintable(name));
}

QStringList readingProblems(QWidget *root, const QString &where, const QStringList &noSideways)
{
    QStringList problems;
    const auto say = [&](QWidget *w, const QString &what) {
        problems << QStringLiteral("%1: %2 %3: %4")
                        .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName(), what);
    };
    const auto shownOnScreen = [root](QWidget *w) {
        if (!w->isVisibleTo(root) || !w->isVisible())
            return false;
        // Inside a scroll area only what is in its viewport counts; the rest is a scroll away.
        const QRect inRoot(w->mapTo(root, QPoint(0, 0)), w->size());
        return inRoot.intersects(root->rect());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!shownOnScreen(label) || label->text().isEmpty() || label->pixmap().isNull() == false)
            continue;
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        QString shown = label->text();
        if (!rich) {
            // A mnemonic marker shown as text ("N&otes"); an ampersand between words ("Walnut & Oak")
            // is what the label means to say.
            static const QRegularExpression marker(QStringLiteral("&\\w"));
            if (!label->buddy() && QString(shown).remove(QStringLiteral("&&")).contains(marker))
                say(label, QStringLiteral("shows a literal '&' in \"%1\"").arg(shown));
            if (label->buddy())
                shown = QString(shown).remove(QRegularExpression(QStringLiteral("&(?!&)")));
            if (!label->wordWrap() && !shown.contains(u'\n')) {
                const int needed = label->fontMetrics().horizontalAdvance(shown);
                const int room = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent();
                if (needed > room + 1)
                    say(label, QStringLiteral("cuts \"%1\" (%2 px in %3 px)").arg(shown).arg(needed).arg(room));
            }
        } else {
            QTextDocument doc;
            doc.setHtml(shown);
            shown = doc.toPlainText();
        }
        const QString name = label->accessibleName();
        const QString plain = shown.simplified();
        if (!name.isEmpty() && !name.simplified().contains(plain) && !label->accessibleDescription().simplified().contains(plain))
            say(label, QStringLiteral("is read as \"%1\" but shows \"%2\"").arg(name, plain));
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!shownOnScreen(view) || !view->model())
            continue;
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->header();
        if (!header)
            continue;
        if (noSideways.contains(view->objectName()) && view->horizontalScrollBar()->maximum() > 0)
            say(view, QStringLiteral("needs a sideways scroll to show all its columns (%1 px more)")
                          .arg(view->horizontalScrollBar()->maximum()));
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex first = model->index(row, 0);
            const QRect rect = view->visualRect(first);
            if (rect.top() > view->viewport()->height())
                break;
            if (rect.bottom() < 0)
                continue;
            for (int column = 0; column < model->columnCount(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                if (text.isEmpty())
                    continue;
                // The width the view's own delegate asks for this cell, as "resize to contents" uses.
                const int needed = view->sizeHintForIndex(index).width();
                const int room = header->sectionSize(column);
                const bool wraps = qobject_cast<QTableView *>(view) ? static_cast<QTableView *>(view)->wordWrap()
                                                                     : static_cast<QTreeView *>(view)->wordWrap();
                if (needed > room && wraps) {
                    // A wrapping column may take more lines, as long as the row is tall enough.
                    const QFontMetrics metrics(view->font());
                    const int lines = metrics.boundingRect(QRect(0, 0, qMax(1, room - 8), 100000), Qt::TextWordWrap, text).height();
                    if (lines > view->visualRect(index).height() + 1)
                        say(view, QStringLiteral("wraps \"%1\" in column \"%2\" onto a row too short (%3 px in %4 px)")
                                      .arg(text, model->headerData(column, Qt::Horizontal).toString())
                                      .arg(lines)
                                      .arg(view->visualRect(index).height()));
                } else if (needed > room)
                    say(view, QStringLiteral("cuts \"%1\" in column \"%2\" (%3 px in %4 px)")
                                  .arg(text, model->headerData(column, Qt::Horizontal).toString())
                                  .arg(needed)
                                  .arg(room));
            }
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shownOnScreen(button) || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            say(button, QStringLiteral("is too narrow for \"%1\" (%2 px, needs %3 px)")
                            .arg(button->text())
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width()));
    }
    // One key, one place: two labels or buttons in sight with the same Alt+letter make that letter
    // only move between them (Qt cycles focus) instead of doing what either says.
    QHash<QChar, QString> mnemonics;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!shownOnScreen(w) || w->window() != root->window() || !w->isEnabled())
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !qobject_cast<QToolButton *>(w))
            text = button->text();
        const auto m = mnemonic.match(QString(text).remove(QStringLiteral("&&")));
        if (!m.hasMatch())
            continue;
        const QChar key = m.captured(1).front().toLower();
        if (mnemonics.contains(key))
            say(w, QStringLiteral("Alt+%1 also belongs to \"%2\"").arg(key.toUpper(), mnemonics.value(key)));
        else
            mnemonics.insert(key, text);
    }
    return problems;
}

QVariant runJs(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QTest::qWait(20);
    return result;
}

bool waitForJs(QWebEnginePage *page, const QString &script, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QPointer<QWebEnginePage> guard(page);
    while (t.elapsed() < timeoutMs && guard) {
        if (runJs(page, script).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

DialogScript::DialogScript(QWidget *root) : m_root(root) {}

DialogScript &DialogScript::then(const QString &dialogName, Step step)
{
    m_steps.append({dialogName, std::move(step)});
    if (m_steps.size() == 1)
        QTimer::singleShot(30, this, &DialogScript::tick);
    return *this;
}

void DialogScript::tick()
{
    // A step may open a dialog of its own (exec()); the next step runs inside that dialog's loop.
    if (m_steps.isEmpty())
        return;
    // A fresh timer each time: a step that opens a dialog keeps this call running, and the next
    // step must still come around inside that dialog's loop.
    QTimer::singleShot(30, this, &DialogScript::tick);
    QWidget *dialog = findVisible(m_steps.first().first, m_root);
    // Only the dialog on top takes input, as for a person.
    QWidget *modal = QApplication::activeModalWidget();
    if (qEnvironmentVariableIsSet("HOLDFAST_TRACE_SCRIPT"))
        qInfo("script: waiting for %s; found %p; modal %s", qPrintable(m_steps.first().first), (void *)dialog,
              modal ? qPrintable(modal->objectName()) : "none");
    if (!dialog || (modal && modal != dialog->window()))
        return;
    // Taken off the list first: the step may open a dialog whose loop runs the next steps.
    auto step = m_steps.takeFirst().second;
    step(dialog);
}

QString freshPostgresDatabase(QString *why)
{
    const QUrl server(postgresUrl());
    if (server.isEmpty()) {
        *why = QStringLiteral("HOLDFAST_TEST_POSTGRES_URL is not set: run under tests/support/with-services.sh");
        return {};
    }
    const QString name = QStringLiteral("tills_%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tills-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.userName());
        admin.setDatabaseName(server.path().mid(1));
        if (!admin.open()) {
            *why = admin.lastError().text();
            return {};
        }
        QSqlQuery q(admin);
        const bool created = q.exec(QStringLiteral("CREATE DATABASE ") + name);
        if (!created)
            *why = q.lastError().text();
        q.finish();
        admin.close();
        if (!created)
            return {};
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tills-admin"));
    QUrl url = server;
    url.setPath(QStringLiteral("/") + name);
    return url.toString();
}

bool setUpTestModeOnPostgres(const QUrl &testServer, const QString &databaseUrl, QString *why)
{
    settings::Settings s;
    if (!s.setTestApiBase(testServer, why))
        return false;
    s.setDatabaseKind(settings::DatabaseKind::Postgresql);
    if (!s.setPostgresUrl(QUrl(databaseUrl), why))
        return false;
    keystore::SystemKeyStore store;
    keystore::KeyIndex index;
    keystore::StripeKeys keys(store, index);
    bool saved = false, done = false;
    keys.save({QString::fromLatin1(SandboxProcess::secretKey), QString::fromLatin1(SandboxProcess::publishableKey), {}},
              [&](const keystore::SaveResult &r) {
                  saved = r.ok();
                  *why = r.userMessage();
                  done = true;
              });
    for (int i = 0; i < 750 && !done; ++i)
        QTest::qWait(20);
    if (!saved)
        return false;
    if (!s.setMode(Mode::Test, why))
        return false;
    s.sync();
    return true;
}

// ---------------------------------------------------------------------------------------------

Till::Till() : m_app(std::make_unique<ui::TillApplication>(ui::TillEnvironment{m_clock.clock()})) {}

Till::~Till()
{
    m_app.reset();
    m_store.reset();
}

bool Till::start()
{
    return m_app->start();
}

QWidget *Till::window() const
{
    return m_app->window();
}

QWidget *Till::signInWindow() const
{
    return m_app->signInWindow();
}

bool Till::createFirstManager(const QString &name, const QString &pin)
{
    QWidget *dialog = waitForVisible(QStringLiteral("firstManagerDialog"));
    if (!dialog) {
        m_error = QStringLiteral("no first-manager form");
        return false;
    }
    typeInto(findVisible(QStringLiteral("managerNameEdit"), dialog), name);
    typeInto(findVisible(QStringLiteral("managerPinEdit"), dialog), pin);
    typeInto(findVisible(QStringLiteral("managerPinConfirmEdit"), dialog), pin);
    click(findVisibleAs<QAbstractButton>(QStringLiteral("createManagerButton"), dialog));
    return waitForVisible(QStringLiteral("pinLockScreen"), signInWindow() ? signInWindow() : nullptr) != nullptr;
}

bool Till::signIn(const QString &name, const QString &pin)
{
    QElapsedTimer t;
    t.start();
    while (!signInWindow() || !signInWindow()->isVisible()) {
        if (t.elapsed() > 20000) {
            m_error = QStringLiteral("the sign-in window never showed");
            return false;
        }
        QTest::qWait(20);
    }
    QWidget *screen = signInWindow();
    auto *combo = findVisibleAs<QComboBox>(QStringLiteral("staffCombo"), screen);
    if (!combo || !chooseByTyping(combo, name)) {
        m_error = QStringLiteral("cannot choose %1 on the sign-in screen").arg(name);
        return false;
    }
    QWidget *pinEdit = findVisible(QStringLiteral("pinEdit"), screen);
    typeInto(pinEdit, pin);
    pressKey(pinEdit, Qt::Key_Return);
    t.restart();
    while (!(window() && window()->isVisible() && !screen->isVisible())) {
        if (t.elapsed() > 10000) {
            auto *message = findVisibleAs<QLabel>(QStringLiteral("lockMessage"), screen);
            m_error = QStringLiteral("sign-in refused: %1").arg(message ? message->text() : QString());
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

bool Till::lockWithKeyboard()
{
    QWidget *w = window();
    activate(w);
    pressKey(w, Qt::Key_L, Qt::ControlModifier);
    QElapsedTimer t;
    t.start();
    while (!(signInWindow() && signInWindow()->isVisible() && !w->isVisible())) {
        if (t.elapsed() > 5000)
            return false;
        QTest::qWait(20);
    }
    return true;
}

bool Till::fillNewOrder(const QString &customer, const QList<Line> &lines, bool hold, bool onPhone)
{
    QWidget *w = window();
    activate(w);
    pressKey(w, Qt::Key_N, Qt::ControlModifier);
    QWidget *dialog = waitForVisible(QStringLiteral("newOrderDialog"), w);
    if (!dialog) {
        m_error = QStringLiteral("Ctrl+N opened no new-order form");
        return false;
    }
    typeInto(findVisible(QStringLiteral("customerName"), dialog), customer);
    for (int i = 0; i < lines.size(); ++i) {
        QWidget *description = waitForVisible(QStringLiteral("lineDescription%1").arg(i), dialog, 2000);
        if (!description) {
            m_error = QStringLiteral("no line %1 in the form").arg(i);
            return false;
        }
        typeInto(description, lines[i].description);
        typeInto(findVisible(QStringLiteral("lineQuantity%1").arg(i), dialog), lines[i].quantity);
        QWidget *price = findVisible(QStringLiteral("linePrice%1").arg(i), dialog);
        typeInto(price, lines[i].price);
        if (i + 1 < lines.size())
            pressKey(price, Qt::Key_Return); // Enter after a price adds the next line
    }
    auto *holdBox = findVisibleAs<QCheckBox>(QStringLiteral("holdForCapture"), dialog);
    if (holdBox->isChecked() != hold)
        click(holdBox);
    click(findVisibleAs<QAbstractButton>(onPhone ? QStringLiteral("payOnPhone") : QStringLiteral("payOnScreen"), dialog));
    if (!waitForVisible(QStringLiteral("checkoutDialog"), w, 10000)) {
        auto *problem = findVisibleAs<QLabel>(QStringLiteral("orderProblem"), dialog);
        m_error = QStringLiteral("no checkout: %1").arg(problem ? problem->text() : QString());
        return false;
    }
    return true;
}

QWidget *Till::checkoutDialog() const
{
    return findVisible(QStringLiteral("checkoutDialog"), window());
}

QWebEnginePage *Till::checkoutPage() const
{
    QWidget *dialog = checkoutDialog();
    auto *view = dialog ? dialog->findChild<ui::CheckoutView *>() : nullptr;
    return view ? view->webView()->page() : nullptr;
}

bool Till::payOnPage(const QString &method, const QString &cardNumber)
{
    QElapsedTimer t;
    t.start();
    const auto shown = [this] {
        QWidget *dialog = checkoutDialog();
        auto *view = dialog ? dialog->findChild<ui::CheckoutView *>() : nullptr;
        return view && view->isVisible();
    };
    while (!shown()) {
        if (t.elapsed() > 30000) {
            m_error = QStringLiteral("the Payment Element never showed");
            return false;
        }
        QTest::qWait(50);
    }
    QWebEnginePage *page = checkoutPage();
    if (!waitForJs(page, QStringLiteral("!!document.querySelector('#hf-pm-%1')").arg(method))) {
        m_error = QStringLiteral("no %1 in the Payment Element").arg(method);
        return false;
    }
    runJs(page, QStringLiteral("document.querySelector('#hf-pm-%1').click();").arg(method));
    if (method == QLatin1String("card")) {
        runJs(page, QStringLiteral("var s=function(id,v){var e=document.querySelector(id);e.focus();e.value=v;"
                                   "e.dispatchEvent(new Event('input',{bubbles:true}));};"
                                   "s('#hf-card-number','%1');s('#hf-card-expiry','12 / 34');s('#hf-card-cvc','123');")
                        .arg(cardNumber));
    }
    runJs(page, QStringLiteral("document.querySelector('#pay').click();"));
    return true;
}

bool Till::pressOnAmazonPage(const QString &button)
{
    QWebEnginePage *page = checkoutPage();
    if (!page || !waitForJs(page, QStringLiteral("!!document.querySelector('#%1')").arg(button))) {
        m_error = QStringLiteral("never reached Amazon Pay's test page");
        return false;
    }
    runJs(page, QStringLiteral("document.querySelector('#%1').click();").arg(button));
    return true;
}

QString Till::checkoutResult() const
{
    QWidget *dialog = checkoutDialog();
    auto *label = dialog ? findVisibleAs<QLabel>(QStringLiteral("checkoutResult"), dialog) : nullptr;
    return label ? label->text() : QString();
}

bool Till::closeCheckout()
{
    QWidget *dialog = checkoutDialog();
    if (!dialog)
        return false;
    QPointer<QWidget> guard(dialog);
    click(findVisibleAs<QAbstractButton>(QStringLiteral("checkoutClose"), dialog));
    QElapsedTimer t;
    t.start();
    while (guard && guard->isVisible() && t.elapsed() < 5000)
        QTest::qWait(20);
    return !guard || !guard->isVisible();
}

void Till::goTo(Qt::Key key)
{
    QWidget *w = window();
    activate(w);
    pressKey(w, key, Qt::ControlModifier);
}

QTableView *Till::ordersTable() const
{
    return findVisibleAs<QTableView>(QStringLiteral("ordersTable"), window());
}

QTableView *Till::heldTable() const
{
    return findVisibleAs<QTableView>(QStringLiteral("heldTable"), window());
}

QWidget *Till::orderDetail() const
{
    return findVisible(QStringLiteral("orderDetail"), window());
}

QStringList Till::timeline() const
{
    QWidget *detail = orderDetail();
    auto *tree = detail ? detail->findChild<QTreeWidget *>(QStringLiteral("orderTimeline")) : nullptr;
    return tree ? treeRows(tree) : QStringList();
}

QStringList Till::paymentsInDetail() const
{
    QWidget *detail = orderDetail();
    auto *tree = detail ? detail->findChild<QTreeWidget *>(QStringLiteral("paymentAttempts")) : nullptr;
    return tree ? treeRows(tree) : QStringList();
}

QString Till::detailHeading() const
{
    QWidget *detail = orderDetail();
    auto *label = detail ? detail->findChild<QLabel *>(QStringLiteral("orderHeading")) : nullptr;
    return label ? label->text() : QString();
}

QString Till::signedInText() const
{
    auto *label = findVisibleAs<QLabel>(QStringLiteral("signedInLabel"), window());
    return label ? label->text() : QString();
}

Till::OperationOutcome Till::runOperation(const QString &place, const QString &orderNumber, const QString &actionName,
                                          const std::function<void(QWidget *)> &fill, const QString &pin,
                                          const QString &approvingManager)
{
    OperationOutcome outcome;
    QAbstractButton *button = nullptr;
    if (place == QLatin1String("held")) {
        goTo(Qt::Key_2);
        QTableView *table = heldTable();
        if (!table || !clickRowSoon(table, 0, orderNumber)) {
            m_error = QStringLiteral("order %1 is not in Held authorisations").arg(orderNumber);
            return outcome;
        }
        auto *toolbar = findVisibleAs<QToolBar>(QStringLiteral("heldToolbar"), window());
        for (QAction *a : toolbar->actions())
            if (a->objectName() == actionName)
                button = qobject_cast<QAbstractButton *>(toolbar->widgetForAction(a));
    } else {
        goTo(Qt::Key_1);
        QTableView *table = ordersTable();
        if (!table || !clickRowSoon(table, 0, orderNumber)) {
            m_error = QStringLiteral("order %1 is not in Orders").arg(orderNumber);
            return outcome;
        }
        button = findVisibleAs<QAbstractButton>(actionName + QStringLiteral("Button"), orderDetail());
    }
    if (!button || !button->isEnabled()) {
        m_error = QStringLiteral("%1 is not available for order %2").arg(actionName, orderNumber);
        return outcome;
    }
    click(button);
    const QString dialogName = actionName == QLatin1String("captureAction")  ? QStringLiteral("captureDialog")
                               : actionName == QLatin1String("cancelAction") ? QStringLiteral("cancelDialog")
                                                                             : QStringLiteral("refundDialog");
    QWidget *dialog = waitForVisible(dialogName, window(), 5000);
    if (!dialog) {
        m_error = QStringLiteral("no %1").arg(dialogName);
        return outcome;
    }
    outcome.opened = true;
    QPointer<QWidget> guard(dialog);
    fill(dialog);
    if (!approvingManager.isEmpty()) {
        auto *combo = findVisibleAs<QComboBox>(QStringLiteral("approvingManager"), dialog);
        if (!combo || !chooseByTyping(combo, approvingManager)) {
            m_error = QStringLiteral("no approving manager %1 to choose").arg(approvingManager);
            return outcome;
        }
    } else if (findVisible(QStringLiteral("approvingManager"), dialog)) {
        m_error = QStringLiteral("the dialog asks for an approving manager, but the signed-in person is one");
        return outcome;
    }
    typeInto(findVisible(QStringLiteral("managerPin"), dialog), pin);
    click(findVisibleAs<QAbstractButton>(QStringLiteral("actionButton"), dialog));
    QElapsedTimer t;
    t.start();
    while (guard && t.elapsed() < 30000) {
        auto *result = findVisibleAs<QLabel>(QStringLiteral("result"), dialog);
        auto *problem = findVisibleAs<QLabel>(QStringLiteral("problem"), dialog);
        auto *action = findVisibleAs<QAbstractButton>(QStringLiteral("actionButton"), dialog);
        if (result) {
            outcome.result = result->text();
            click(findVisibleAs<QAbstractButton>(QStringLiteral("doneButton"), dialog));
            return outcome;
        }
        if (problem && action && action->isEnabled()) {
            outcome.problem = problem->text();
            click(findVisibleAs<QAbstractButton>(QStringLiteral("closeButton"), dialog));
            return outcome;
        }
        QTest::qWait(20);
    }
    m_error = QStringLiteral("%1 never finished").arg(dialogName);
    return outcome;
}

Till::OperationOutcome Till::capture(const QString &orderNumber, const QString &amount, const QString &pin,
                                     const QString &approvingManager)
{
    return runOperation(
        QStringLiteral("held"), orderNumber, QStringLiteral("captureAction"),
        [amount](QWidget *dialog) {
            if (!amount.isEmpty())
                typeInto(findVisible(QStringLiteral("captureAmount"), dialog), amount);
        },
        pin, approvingManager);
}

Till::OperationOutcome Till::cancelHold(const QString &orderNumber, const QString &reason, const QString &pin)
{
    return runOperation(
        QStringLiteral("held"), orderNumber, QStringLiteral("cancelAction"),
        [reason](QWidget *dialog) {
            chooseByTyping(findVisibleAs<QComboBox>(QStringLiteral("cancelReason"), dialog), reason);
            click(findVisibleAs<QAbstractButton>(QStringLiteral("cancelConfirm"), dialog));
        },
        pin, {});
}

Till::OperationOutcome Till::refund(const QString &orderNumber, const QString &amount, const QString &pin)
{
    return runOperation(
        QStringLiteral("orders"), orderNumber, QStringLiteral("refundAction"),
        [amount](QWidget *dialog) {
            if (!amount.isEmpty())
                typeInto(findVisible(QStringLiteral("refundAmount"), dialog), amount);
        },
        pin, {});
}

bool Till::addStaff(const QString &name, const QString &pin, bool manager, const QString &managerName,
                    const QString &managerPin)
{
    QWidget *w = window();
    DialogScript script(w);
    bool added = false;
    script
        .then(QStringLiteral("staffDialog"),
              [](QWidget *dialog) { click(findVisibleAs<QAbstractButton>(QStringLiteral("addStaffButton"), dialog)); })
        .then(QStringLiteral("staffMemberDialog"),
              [=](QWidget *dialog) {
                  typeInto(findVisible(QStringLiteral("staffNameEdit"), dialog), name);
                  if (manager)
                      chooseByTyping(findVisibleAs<QComboBox>(QStringLiteral("staffRoleCombo"), dialog),
                                     QStringLiteral("Manager"));
                  typeInto(findVisible(QStringLiteral("staffPinEdit"), dialog), pin);
                  typeInto(findVisible(QStringLiteral("staffPinConfirmEdit"), dialog), pin);
                  click(findVisibleAs<QAbstractButton>(QStringLiteral("staffMemberOk"), dialog));
              })
        .then(QStringLiteral("managerApprovalDialog"),
              [=](QWidget *dialog) {
                  chooseByTyping(findVisibleAs<QComboBox>(QStringLiteral("managerCombo"), dialog), managerName);
                  typeInto(findVisible(QStringLiteral("managerPinEdit"), dialog), managerPin);
                  click(findVisibleAs<QAbstractButton>(QStringLiteral("approveButton"), dialog));
              })
        .then(QStringLiteral("staffDialog"), [&added, name](QWidget *dialog) {
            auto *table = dialog->findChild<QAbstractItemView *>(QStringLiteral("staffTable"));
            added = table && !rowTexts(table, 0, name).isEmpty();
            static_cast<QDialog *>(dialog->window())->reject();
        });
    // Tools → Staff… from the menu bar, by its mnemonic keys (Alt+T, then T).
    if (!chooseFromMenu(QStringLiteral("staffAction")))
        return false;
    QElapsedTimer t;
    t.start();
    while (!script.finished() && t.elapsed() < 30000)
        QTest::qWait(30);
    if (!script.finished())
        m_error = QStringLiteral("staff script stuck at %1").arg(script.waitingFor());
    return added;
}

bool Till::changeSettings(const std::function<void(QWidget *)> &fill, const QString &managerName,
                          const QString &managerPin)
{
    QWidget *w = window();
    DialogScript script(w);
    script
        .then(QStringLiteral("settingsDialog"),
              [&](QWidget *dialog) {
                  fill(dialog);
                  click(findVisibleAs<QAbstractButton>(QStringLiteral("settingsOk"), dialog));
              })
        .then(QStringLiteral("managerApprovalDialog"), [=](QWidget *dialog) {
            chooseByTyping(findVisibleAs<QComboBox>(QStringLiteral("managerCombo"), dialog), managerName);
            typeInto(findVisible(QStringLiteral("managerPinEdit"), dialog), managerPin);
            click(findVisibleAs<QAbstractButton>(QStringLiteral("approveButton"), dialog));
        });
    activate(w);
    pressKey(w, Qt::Key_Comma, Qt::ControlModifier);
    QElapsedTimer t;
    t.start();
    while (!script.finished() && t.elapsed() < 30000)
        QTest::qWait(30);
    if (!script.finished()) {
        m_error = QStringLiteral("settings script stuck at %1").arg(script.waitingFor());
        return false;
    }
    // The dialog closes once the approved settings are written.
    for (int i = 0; i < 200 && findVisible(QStringLiteral("settingsDialog")); ++i)
        QTest::qWait(20);
    if (findVisible(QStringLiteral("settingsDialog"))) {
        m_error = QStringLiteral("the settings dialog stayed open");
        return false;
    }
    return true;
}

QWidget *Till::openEndOfDay()
{
    return chooseFromMenu(QStringLiteral("endOfDayAction")) ? waitForVisible(QStringLiteral("endOfDayDialog"), window())
                                                            : nullptr;
}

bool Till::chooseFromMenu(const QString &actionName)
{
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(u'&');
        return at < 0 ? Qt::Key(0) : Qt::Key(QKeySequence(text.at(at + 1).toUpper())[0].key());
    };
    QWidget *w = window();
    QAction *action = w->findChild<QAction *>(actionName);
    QMenu *menu = nullptr;
    for (QMenu *m : w->findChildren<QMenu *>())
        if (action && m->actions().contains(action))
            menu = m;
    if (!menu) {
        m_error = QStringLiteral("no menu holds %1").arg(actionName);
        return false;
    }
    activate(w);
    pressKey(w, mnemonic(menu->menuAction()->text()), Qt::AltModifier);
    QWidget *popup = nullptr;
    for (int i = 0; i < 100 && !(popup = QApplication::activePopupWidget()); ++i)
        QTest::qWait(20);
    if (!popup) {
        m_error = QStringLiteral("%1 opened no menu").arg(menu->menuAction()->text());
        return false;
    }
    pressKey(popup, mnemonic(action->text()));
    return true;
}

store::Database &Till::store()
{
    if (!m_store) {
        settings::Settings settings;
        QString url;
        if (m_app->mode() == Mode::Training)
            url = QStringLiteral("sqlite:")
                  + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("training.db"));
        else if (settings.databaseKind() == settings::DatabaseKind::Postgresql)
            url = settings.postgresUrl().toString();
        else
            url = QStringLiteral("sqlite:")
                  + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("holdfast.db"));
        m_store = store::Database::open(url).value();
    }
    return *m_store;
}

} // namespace holdfast::test
