// Auto-pagination: walks a list endpoint page by page with starting_after until has_more is false.
// Given several created ranges it walks them side by side (at most maxParallel requests at once),
// which is how a full sync gets faster without exceeding Stripe's rate limits. Objects are handed
// out page by page and not kept, so memory stays flat however long the list is.
#pragma once

#include "stripe/requests.h"
#include "stripe/stripeerror.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace holdfast::stripe {

class StripeClient;
class StripeReply;

class ListPager : public QObject
{
    Q_OBJECT

public:
    ListPager(StripeClient *client, QString path, ListParams params, QList<CreatedRange> ranges,
              int maxParallel, QObject *parent = nullptr);
    ~ListPager() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const StripeError &error() const { return m_error; }
    qint64 objectCount() const { return m_objects; }
    int pageCount() const { return m_pages; }

Q_SIGNALS:
    // One page of raw objects (newest first within its range); ranges interleave in any order.
    void pageReceived(const QJsonArray &objects);
    void finished();

private:
    struct Lane
    {
        CreatedRange range;
        QString cursor; // id of the last object seen: the next starting_after
        QPointer<StripeReply> reply;
        bool done = false;
    };
    void fill();
    void request(int lane);
    void onReply(int lane);
    void finish(const StripeError &error);

    StripeClient *m_client;
    QString m_path;
    ListParams m_params;
    QList<Lane> m_lanes;
    int m_maxParallel;
    int m_nextLane = 0;
    int m_running = 0;
    qint64 m_objects = 0;
    int m_pages = 0;
    bool m_finished = false;
    StripeError m_error;
};

} // namespace holdfast::stripe
