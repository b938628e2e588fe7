#include "sandbox/listing.h"

#include "sandbox/apierror.h"
#include "sandbox/params.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

int parseLimit(const QJsonObject &params)
{
    if (!params.contains(u"limit"))
        return 10;
    const qint64 limit = Params::parseInteger(u"limit"_s, params.value(u"limit"));
    if (limit < 1 || limit > 100)
        throw ApiError::invalid(u"parameter_invalid_integer"_s,
                                u"Invalid limit: must be an integer between 1 and 100"_s, u"limit"_s);
    return int(limit);
}

// `created` as a closed range, read (and checked) once per request rather than once per object.
struct CreatedRange
{
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    bool empty = false; // created > max or < min: nothing can match

    explicit CreatedRange(const QJsonValue &filter)
    {
        if (filter.isUndefined())
            return;
        if (filter.isString()) {
            low = high = Params::parseInteger(u"created"_s, filter);
            return;
        }
        const QJsonObject range = filter.toObject();
        for (auto it = range.begin(); it != range.end(); ++it) {
            const QString op = it.key();
            if (op != u"gt" && op != u"gte" && op != u"lt" && op != u"lte")
                throw ApiError::unknownParameter(u"created["_s + op + u']');
            const qint64 bound = Params::parseInteger(u"created["_s + op + u']', it.value());
            if (op == u"gt") {
                empty |= bound == std::numeric_limits<qint64>::max();
                low = std::max(low, empty ? bound : bound + 1);
            } else if (op == u"gte") {
                low = std::max(low, bound);
            } else if (op == u"lt") {
                empty |= bound == std::numeric_limits<qint64>::min();
                high = std::min(high, empty ? bound : bound - 1);
            } else {
                high = std::min(high, bound);
            }
        }
    }
    bool contains(qint64 created) const { return !empty && created >= low && created <= high; }
};

// One search clause, e.g. -metadata["order_id"]:"42" or amount>=1000.
struct Clause
{
    bool negated = false;
    QString field;
    QString metadataKey;
    QString op;
    QString value;
    bool quoted = false;

    bool matches(const QJsonObject &object) const
    {
        bool result = false;
        if (!metadataKey.isEmpty() || field == u"currency" || field == u"status" || field == u"customer") {
            const QString actual = metadataKey.isEmpty() ? object.value(field).toString()
                                                         : object.value(u"metadata")[metadataKey].toString();
            result = op == u"~" ? actual.contains(value, Qt::CaseInsensitive) : actual == value;
        } else {
            const qint64 actual = object.value(field).toInteger();
            const qint64 wanted = value.toLongLong();
            result = (op == u":" || op == u"=") ? actual == wanted
                   : op == u">"                 ? actual > wanted
                   : op == u">="                ? actual >= wanted
                   : op == u"<"                 ? actual < wanted
                                                : actual <= wanted;
        }
        return negated ? !result : result;
    }
};

ApiError badQuery(const QString &why)
{
    return ApiError::invalid(QString(), u"Invalid search query: "_s + why, u"query"_s);
}

QList<Clause> parseQuery(const QString &query, bool *anyOf)
{
    // Keys and values in double or single quotes, as Stripe's query language takes both:
    // metadata["order_id"]:"42" and metadata['order_id']:'42'.
    static const QRegularExpression clauseRe(
        uR"re(\s*(-)?(metadata\[(?:"([^"]+)"|'([^']+)')\]|[a-z_]+)\s*(:|~|>=|<=|>|<|=)\s*("((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|[^\s"']+)\s*)re"_s);
    static const QRegularExpression joinRe(uR"(^\s+(AND|OR)\s+)"_s);
    QList<Clause> clauses;
    QString joiner;
    qsizetype pos = 0;
    while (pos < query.size()) {
        const auto m = clauseRe.match(query, pos, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            throw badQuery(u"could not parse at position %1"_s.arg(pos));
        Clause c;
        c.negated = !m.captured(1).isEmpty();
        c.metadataKey = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
        c.field = c.metadataKey.isEmpty() ? m.captured(2) : u"metadata"_s;
        c.op = m.captured(5);
        const QChar quote = m.captured(6).isEmpty() ? QChar() : m.captured(6).front();
        c.quoted = quote == u'"' || quote == u'\'';
        c.value = quote == u'"'   ? m.captured(7).replace(u"\\\""_s, u"\""_s)
                  : quote == u'\'' ? m.captured(8).replace(u"\\'"_s, u"'"_s)
                                   : m.captured(6);
        static const QStringList fields{u"amount"_s, u"created"_s, u"currency"_s, u"customer"_s, u"status"_s,
                                        u"metadata"_s};
        if (!fields.contains(c.field))
            throw badQuery(u"unsupported field %1"_s.arg(c.field));
        const bool numeric = c.field == u"amount" || c.field == u"created";
        if (!numeric && c.op != u":" && c.op != u"~")
            throw badQuery(u"%1 only supports : and ~"_s.arg(c.field));
        if (c.op == u"~" && c.value.size() < 3)
            throw badQuery(u"substring search needs at least 3 characters"_s);
        if (numeric) {
            bool ok = false;
            c.value.toLongLong(&ok);
            if (!ok)
                throw badQuery(u"%1 needs a number"_s.arg(c.field));
        }
        clauses.append(c);
        pos = m.capturedEnd(0);
        if (pos >= query.size())
            break;
        const auto join = joinRe.match(u" "_s + query.mid(pos));
        if (!join.hasMatch())
            throw badQuery(u"expected AND or OR at position %1"_s.arg(pos));
        if (!joiner.isEmpty() && joiner != join.captured(1))
            throw badQuery(u"AND and OR cannot be mixed"_s);
        joiner = join.captured(1);
        pos += join.capturedLength(0) - 1;
    }
    if (clauses.isEmpty())
        throw badQuery(u"empty query"_s);
    if (clauses.size() > 10)
        throw badQuery(u"at most 10 clauses"_s);
    *anyOf = joiner == u"OR";
    return clauses;
}

} // namespace

QStringList listParameterNames()
{
    return {u"limit"_s, u"starting_after"_s, u"ending_before"_s, u"created"_s};
}

QJsonObject listObjects(const QList<QJsonObject> &objects, const QJsonObject &params, const QString &url,
                        const ObjectFilter &filter, const ObjectView &view)
{
    const int limit = parseLimit(params);
    const QString after = params.value(u"starting_after").toString();
    const QString before = params.value(u"ending_before").toString();
    if (!after.isEmpty() && !before.isEmpty())
        throw ApiError::invalid(u"parameter_invalid"_s,
                                u"You may only specify one of these parameters: ending_before, starting_after."_s);
    const CreatedRange created(params.value(u"created"));
    QList<const QJsonObject *> matching;
    matching.reserve(objects.size());
    for (const QJsonObject &object : objects) {
        if (created.contains(object.value(u"created").toInteger()) && (!filter || filter(object)))
            matching.append(&object);
    }
    auto indexOf = [&](const QString &id, const QString &param) {
        for (qsizetype i = 0; i < matching.size(); ++i) {
            if (matching.at(i)->value(u"id").toString() == id)
                return i;
        }
        throw ApiError::invalid(u"resource_missing"_s, u"No such object: '%1'"_s.arg(id), param);
    };
    qsizetype begin = 0;
    qsizetype end = matching.size();
    if (!after.isEmpty())
        begin = indexOf(after, u"starting_after"_s) + 1;
    if (!before.isEmpty()) {
        // ending_before pages backwards: the page is the `limit` objects just newer than the cursor.
        end = indexOf(before, u"ending_before"_s);
        begin = std::max<qsizetype>(0, end - limit);
    }
    const qsizetype stop = std::min(end, begin + limit);
    QJsonArray data;
    for (qsizetype i = begin; i < stop; ++i)
        data.append(view(*matching.at(i)));
    const bool hasMore = before.isEmpty() ? stop < end : begin > 0;
    return QJsonObject{{u"object"_s, u"list"_s}, {u"url"_s, url}, {u"has_more"_s, hasMore}, {u"data"_s, data}};
}

QJsonObject searchObjects(const QList<QJsonObject> &objects, const QJsonObject &params, const QString &url,
                          const ObjectView &view)
{
    if (!params.contains(u"query"))
        throw ApiError::missing(u"query"_s);
    bool anyOf = false;
    const QList<Clause> clauses = parseQuery(params.value(u"query").toString(), &anyOf);
    const int limit = parseLimit(params);
    qsizetype offset = 0;
    const QString page = params.value(u"page").toString();
    if (!page.isEmpty()) {
        bool ok = false;
        offset = QString::fromUtf8(QByteArray::fromBase64(page.toLatin1())).section(u':', 1).toLongLong(&ok);
        if (!ok || offset < 0)
            throw ApiError::invalid(u"parameter_invalid"_s, u"Invalid page token."_s, u"page"_s);
    }
    QList<const QJsonObject *> matching;
    for (const QJsonObject &object : objects) {
        bool all = true;
        bool any = false;
        for (const Clause &c : clauses) {
            const bool m = c.matches(object);
            all = all && m;
            any = any || m;
        }
        if (anyOf ? any : all)
            matching.append(&object);
    }
    // A token past the end (forged or stale) is an empty last page; clamping first also keeps
    // offset + limit from overflowing for a token like "offset:9223372036854775807".
    offset = std::min<qsizetype>(offset, matching.size());
    QJsonArray data;
    for (qsizetype i = offset; i < matching.size() && i < offset + limit; ++i)
        data.append(view(*matching.at(i)));
    const bool hasMore = offset + limit < matching.size();
    const QJsonValue next = hasMore ? QJsonValue(QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset + limit)).toBase64()))
                                    : QJsonValue();
    return QJsonObject{{u"object"_s, u"search_result"_s}, {u"url"_s, url},       {u"has_more"_s, hasMore},
                       {u"data"_s, data},                 {u"next_page"_s, next}, {u"total_count"_s, matching.size()}};
}

} // namespace holdfast::sandbox
