// What the back-office tests share: a real SQLite store in a temporary directory, staff accounts
// (a manager and a staff member), the Authorizer with its audit records, and - when asked - a real
// holdfast-sandbox with a Stripe client pointed at it and a helper that produces held orders.
#pragma once

#include "backoffice/holdoperations.h"
#include "payments/paymentapplier.h"
#include "sandboxprocess.h"
#include "staff/authorizer.h"
#include "staff/inmemorystaffrepository.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "stripe/stripeclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace holdfast::test {

struct OfficeFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    staff::InMemoryStaffRepository repo;
    std::unique_ptr<staff::StaffAccounts> accounts;
    std::unique_ptr<staff::Authorizer> authorizer;
    QList<staff::AuditRecord> decisions;
    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<stripe::StripeClient> client;
    std::unique_ptr<backoffice::HoldOperations> operations;
    qint64 manager = 0;
    qint64 staffMember = 0;
    const QString managerPin = QStringLiteral("2580");

    bool open(bool withSandbox)
    {
        auto opened = store::Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("office.db")));
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        accounts = std::make_unique<staff::StaffAccounts>(repo);
        authorizer = std::make_unique<staff::Authorizer>(*accounts, [this](const staff::AuditRecord &r) { decisions << r; });
        manager = accounts->createFirstManager(QStringLiteral("Maria Manager"), managerPin).id;
        staffMember = accounts->add(QStringLiteral("Sam Staff"), QStringLiteral("3691"), staff::Role::Staff).id;
        client = std::make_unique<stripe::StripeClient>();
        if (withSandbox) {
            sandbox = std::make_unique<SandboxProcess>();
            if (!sandbox->start())
                return false;
            client->setBaseUrl(sandbox->baseUrl());
            client->setSecretKey(QString::fromLatin1(SandboxProcess::secretKey));
        }
        operations = std::make_unique<backoffice::HoldOperations>(*db, client.get(), *authorizer);
        return true;
    }

    static bool wait(stripe::StripeReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &stripe::StripeReply::finished);
            if (!spy.wait(20000))
                return false;
        }
        return true;
    }

    Order newOrder(qint64 totalMinor, const QString &name = QStringLiteral("J. Smith"))
    {
        Order o;
        o.state = OrderState::AwaitingPayment;
        o.currency = QStringLiteral("usd");
        o.customerName = name;
        o.customerPhone = QStringLiteral("555-0100");
        o.lines = {{QStringLiteral("Mug"), 1, totalMinor}};
        o.staffId = QStringLiteral("staff-%1").arg(staffMember);
        return store::OrderStore(*db).create(o, o.staffId).value();
    }

    // An order whose Amazon Pay payment is held at the sandbox (requires_capture) and authorised here.
    Order heldOrder(qint64 totalMinor)
    {
        const Order order = newOrder(totalMinor);
        PaymentAttempt attempt;
        attempt.orderId = order.id;
        attempt.captureMethod = QStringLiteral("manual");
        attempt.currency = order.currency;
        attempt.amountMinor = totalMinor;
        attempt = store::PaymentAttempts(*db).add(attempt).value();
        stripe::PaymentIntentCreateParams p;
        p.amount = totalMinor;
        p.currency = QStringLiteral("usd");
        p.paymentMethodTypes = {QStringLiteral("amazon_pay")};
        p.paymentMethodDataType = QStringLiteral("amazon_pay");
        p.captureMethod = QStringLiteral("manual");
        p.confirm = true;
        p.returnUrl = QStringLiteral("https://shop.invalid/return");
        p.metadata.insert(QStringLiteral("order_id"), QString::number(order.id));
        std::unique_ptr<stripe::StripeReply> created(
            client->createPaymentIntent(p, stripe::IdempotencyKey::forOperation(QString::number(order.id), 1, QStringLiteral("create"))));
        if (!wait(created.get()) || !created->paymentIntent())
            qFatal("create failed: %s", qPrintable(created->error().technicalDetail()));
        const QString pi = created->paymentIntent()->id;
        attempt.paymentIntentId = pi;
        store::PaymentAttempts(*db).update(attempt);
        if (sandbox->control("/_sandbox/amazon_pay/" + pi.toLatin1() + "/authorize") != 200)
            qFatal("authorize failed");
        applyFromStripe(pi);
        return store::OrderStore(*db).get(order.id).value();
    }

    // Re-reads a PaymentIntent (and its refunds) and applies it, as the event processor would.
    OrderState applyFromStripe(const QString &pi)
    {
        std::unique_ptr<stripe::StripeReply> read(client->retrievePaymentIntent(pi));
        if (!wait(read.get()) || !read->paymentIntent())
            qFatal("retrieve failed");
        const auto applied = payments::PaymentApplier(*db).apply(payments::PaymentSnapshot::withoutRefunds(*read->paymentIntent()), QStringLiteral("events"), QStringLiteral("test"));
        return applied.ok() ? applied->to : OrderState::Draft;
    }

    // How many captures the sandbox performed, from its event log (charge.captured).
    int capturesAtStripe()
    {
        stripe::ListParams params;
        std::unique_ptr<stripe::StripeReply> r(client->listEvents(params, {QStringLiteral("charge.captured")}));
        if (!wait(r.get()) || !r->list())
            return -1;
        return int(r->list()->data.size());
    }

    int refundsAtStripe()
    {
        stripe::ListParams params;
        std::unique_ptr<stripe::StripeReply> r(client->listRefunds(params));
        if (!wait(r.get()) || !r->list())
            return -1;
        return int(r->list()->data.size());
    }

    PaymentAttempt attemptOf(qint64 orderId) { return *backoffice::HoldOperations::paymentAttempt(*db, orderId); }
    OrderState stateOf(qint64 orderId) { return store::OrderStore(*db).get(orderId)->state; }
};

} // namespace holdfast::test
