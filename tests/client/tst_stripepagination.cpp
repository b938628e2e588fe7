// Auto-pagination over more than two full pages: every object exactly once, in Stripe's order,
// whether one range is walked or several created ranges side by side.
#include "clientfixture.h"

#include <QSet>

using namespace holdfast;
using namespace holdfast::stripe;
using namespace holdfast::test;

class TestStripePagination : public QObject
{
    Q_OBJECT

private:
    static constexpr int objectCount = 263; // not a multiple of any page size used below
    SandboxProcess m_sandbox;
    std::unique_ptr<StripeClient> m_client;
    QSet<QString> m_created;
    qint64 m_firstCreated = 0;
    qint64 m_lastCreated = 0;

    struct Walk
    {
        QStringList ids;
        QList<qint64> created;
        bool ok = false;
    };
    Walk walk(const ListParams &params, const QList<CreatedRange> &ranges = {}, int parallel = 1)
    {
        Walk w;
        std::unique_ptr<ListPager> pager(
            m_client->paginate(QStringLiteral("/v1/payment_intents"), params, ranges, parallel));
        connect(pager.get(), &ListPager::pageReceived, this, [&w](const QJsonArray &page) {
            for (const auto &v : page) {
                w.ids << v.toObject().value(QLatin1String("id")).toString();
                w.created << v.toObject().value(QLatin1String("created")).toInteger();
            }
        });
        w.ok = waitFor(pager.get()) && pager->isOk();
        if (!w.ok)
            qWarning("%s", qPrintable(pager->error().technicalDetail()));
        return w;
    }
    void verifyComplete(const Walk &w)
    {
        QVERIFY(w.ok);
        const QSet<QString> seen(w.ids.cbegin(), w.ids.cend());
        QCOMPARE(w.ids.size(), seen.size()); // no duplicates
        QCOMPARE(seen, m_created);           // no gaps, nothing foreign
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = clientFor(m_sandbox);
        m_client->setRateLimit(-1, -1); // seeding is set-up, not what is tested; restored below
        // Seeded through the API in batches; the sandbox clock moves a minute between batches so
        // creation times spread out as they do in a real shop.
        for (int i = 0; i < objectCount; i += 20) {
            std::vector<std::unique_ptr<StripeReply>> batch;
            for (int j = i; j < qMin(i + 20, objectCount); ++j) {
                const QString order = QString::number(5000 + j);
                batch.emplace_back(m_client->createPaymentIntent(
                    amazonPayHold(1000 + j, order),
                    IdempotencyKey::forOperation(order, 1, QStringLiteral("create"))));
            }
            for (auto &r : batch) {
                QVERIFY(waitFor(r.get()));
                QVERIFY2(r->isOk(), qPrintable(r->error().technicalDetail()));
                const PaymentIntent pi = *r->paymentIntent();
                m_created.insert(pi.id);
                const qint64 t = pi.created.toSecsSinceEpoch();
                m_firstCreated = m_firstCreated ? qMin(m_firstCreated, t) : t;
                m_lastCreated = qMax(m_lastCreated, t);
            }
            QCOMPARE(m_sandbox.control("/_sandbox/clock/advance", "{\"seconds\":60}"), 200);
        }
        m_client->setRateLimit(0, 0);
        QCOMPARE(m_created.size(), objectCount);
        QVERIFY2(m_lastCreated > m_firstCreated,
                 "the sandbox clock did not move: ranges would not be tested");
    }

    void walksEveryPageInOrder()
    {
        ListParams p;
        p.limit = 100;
        const Walk w = walk(p);
        verifyComplete(w);
        for (int i = 1; i < w.created.size(); ++i)
            QVERIFY2(w.created.at(i - 1) >= w.created.at(i), "not newest first");
    }

    void smallPagesGiveTheSameObjects()
    {
        ListParams p;
        p.limit = 7;
        verifyComplete(walk(p));
    }

    void parallelCreatedRangesGiveTheSameObjects()
    {
        ListParams p;
        p.limit = 100;
        const auto ranges = CreatedRange::split(m_firstCreated, m_lastCreated + 1, 6);
        QCOMPARE(ranges.size(), 6);
        verifyComplete(walk(p, ranges, 3));
    }

    void createdRangeFiltersTheList()
    {
        ListParams p;
        p.limit = 50;
        p.createdGte = m_lastCreated; // only the last batch
        const Walk w = walk(p);
        QVERIFY(w.ok);
        QVERIFY(!w.ids.isEmpty());
        QVERIFY(w.ids.size() <= 20);
        for (qint64 t : w.created)
            QVERIFY(t >= m_lastCreated);
    }

    void cancellingStopsPaging()
    {
        ListParams p;
        p.limit = 10;
        std::unique_ptr<ListPager> pager(m_client->paginate(QStringLiteral("/v1/payment_intents"), p));
        int pages = 0;
        connect(pager.get(), &ListPager::pageReceived, this, [&](const QJsonArray &) {
            if (++pages == 2)
                pager->cancel();
        });
        QVERIFY(waitFor(pager.get()));
        QCOMPARE(pager->error().kind, StripeError::Kind::Cancelled);
        QCOMPARE(pages, 2);
    }
};

QTEST_GUILESS_MAIN(TestStripePagination)
#include "tst_stripepagination.moc"
