#include "stripe/listpager.h"

#include "diagnostics/logging.h"
#include "stripe/stripeclient.h"

#include <QJsonObject>

namespace holdfast::stripe {

ListPager::ListPager(StripeClient *client, QString path, ListParams params, QList<CreatedRange> ranges,
                     int maxParallel, QObject *parent)
    : QObject(parent), m_client(client), m_path(std::move(path)), m_params(std::move(params)),
      m_maxParallel(qMax(1, maxParallel))
{
    if (ranges.isEmpty()) {
        // One lane over whatever created filter the caller put into params.
        m_lanes.append(
            Lane{CreatedRange{m_params.createdGte, m_params.createdLt}, m_params.startingAfter, {}, false});
    } else {
        for (const CreatedRange &r : ranges)
            m_lanes.append(Lane{r, {}, {}, false});
    }
}

ListPager::~ListPager()
{
    for (Lane &lane : m_lanes) {
        if (lane.reply)
            delete lane.reply.data();
    }
}

void ListPager::start()
{
    fill();
}

void ListPager::fill()
{
    while (!m_finished && m_running < m_maxParallel && m_nextLane < m_lanes.size())
        request(m_nextLane++);
    if (!m_finished && m_running == 0 && m_nextLane >= m_lanes.size())
        finish({});
}

void ListPager::request(int lane)
{
    Lane &l = m_lanes[lane];
    ListParams p = m_params;
    p.setCreatedRange(l.range);
    p.startingAfter = l.cursor;
    p.endingBefore.clear(); // mutually exclusive with starting_after; we always walk forwards
    StripeRequest r{QByteArrayLiteral("GET"), m_path, p.toForm(), {}, {}, QStringLiteral("list")};
    l.reply = m_client->send(std::move(r));
    ++m_running;
    connect(l.reply, &StripeReply::finished, this, [this, lane] { onReply(lane); });
}

void ListPager::onReply(int lane)
{
    Lane &l = m_lanes[lane];
    StripeReply *reply = l.reply;
    l.reply = nullptr;
    --m_running;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    if (!reply->isOk()) {
        finish(reply->error());
        return;
    }
    const QJsonObject &json = reply->json();
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    ++m_pages;
    m_objects += data.size();
    if (!data.isEmpty())
        l.cursor = data.last().toObject().value(QLatin1String("id")).toString();
    // has_more with an empty page or no id would loop forever: treat it as the end.
    const bool more =
        json.value(QLatin1String("has_more")).toBool() && !data.isEmpty() && !l.cursor.isEmpty();
    Q_EMIT pageReceived(data);
    if (m_finished) // a slot may have cancelled us
        return;
    if (more)
        request(lane);
    else
        fill();
}

void ListPager::cancel()
{
    if (m_finished)
        return;
    // finish() disconnects each lane's reply before cancelling it. Cancelling a connected reply
    // first would run onReply() while this loop still walks the lanes that it changes.
    finish(StripeError::make(StripeError::Kind::Cancelled, {}, QStringLiteral("pagination cancelled")));
}

void ListPager::finish(const StripeError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError()) {
        for (Lane &lane : m_lanes) {
            if (lane.reply) {
                lane.reply->disconnect(this);
                lane.reply->cancel();
                lane.reply->deleteLater();
                lane.reply = nullptr;
            }
        }
    }
    qCDebug(lcStripe).noquote() << "pagination of" << m_path << "finished:" << m_objects << "objects in"
                                << m_pages << "pages"
                                << (error.isError() ? error.technicalDetail() : QString());
    Q_EMIT finished();
}

} // namespace holdfast::stripe
