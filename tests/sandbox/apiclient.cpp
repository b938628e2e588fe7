#include "apiclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace holdfast::test {

ApiClient::ApiClient(QUrl base, QByteArray key)
    : m_base(std::move(base))
    , m_key(std::move(key))
{
    // The test page answers 303; tests inspect the Location instead of following it.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiReply ApiClient::raw(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply out;
    if (!reply->isFinished()) {
        out.networkError = QStringLiteral("timeout");
        reply->abort();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    if (out.networkError.isEmpty() && reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

ApiReply ApiClient::get(const QString &path, const QByteArray &query)
{
    return raw("GET", query.isEmpty() ? path : path + u'?' + QString::fromLatin1(query), {},
               {{"Authorization", "Bearer " + m_key}});
}

ApiReply ApiClient::post(const QString &path, const QByteArray &form, const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + m_key},
                                                 {"Content-Type", "application/x-www-form-urlencoded"}};
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return raw("POST", path, form, headers);
}

ApiReply ApiClient::del(const QString &path)
{
    return raw("DELETE", path, {}, {{"Authorization", "Bearer " + m_key}});
}

ApiReply ApiClient::createAmazonPay(qint64 amount, bool manual, const QByteArray &extra)
{
    QByteArray form = "amount=" + QByteArray::number(amount)
                      + "&currency=usd&confirm=true&payment_method_types[]=amazon_pay"
                        "&payment_method_data[type]=amazon_pay&return_url=https%3A%2F%2Fshop.example%2Fdone%3Forder%3D7";
    if (manual)
        form += "&capture_method=manual";
    if (!extra.isEmpty())
        form += '&' + extra;
    return post(QStringLiteral("/v1/payment_intents"), form);
}

} // namespace holdfast::test
