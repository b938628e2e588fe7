#include "sandbox/specrules.h"

#include "sandbox/apierror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

ApiError ruleBroken(const QString &message, const QString &param)
{
    ApiError e = ApiError::invalid(QString(), message, param);
    e.parameterRule = true;
    return e;
}

// "a", "a or b", "a, b, or c": how Stripe lists the values an enum takes.
QString oneOf(const QJsonArray &values)
{
    QStringList list;
    for (const QJsonValue &v : values)
        list.append(v.toString());
    if (list.size() <= 2)
        return list.join(u" or "_s);
    const QString last = list.takeLast();
    return list.join(u", "_s) + u", or "_s + last;
}

} // namespace

const SpecRules &SpecRules::builtIn()
{
    static const SpecRules rules([] {
        QFile file(u":/sandbox/spec/constraints.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the sandbox's spec rules are missing from its resources");
        return QJsonDocument::fromJson(file.readAll()).object();
    }());
    return rules;
}

SpecRules::SpecRules(const QJsonObject &constraints)
{
    const QJsonObject routes = constraints.value(u"routes").toObject();
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        const QString method = it.key().section(u' ', 0, 0);
        const QString templ = it.key().section(u' ', 1);
        Route route;
        route.method = method.toLatin1();
        QString pattern = QRegularExpression::escape(templ);
        pattern.replace(QRegularExpression(uR"(\\\{[^}]+\\\})"_s), u"[^/]+"_s);
        route.pattern = QRegularExpression(u'^' + pattern + u'$');
        route.literal = !templ.contains(u'{');
        const QJsonObject rules = it.value().toObject();
        for (const QJsonValue &r : rules.value(u"required").toArray())
            route.required.append(r.toString());
        route.params = rules.value(u"params").toObject();
        m_routes.append(route);
    }
}

const SpecRules::Route *SpecRules::routeFor(const QByteArray &method, const QString &path) const
{
    const Route *found = nullptr;
    for (const Route &r : m_routes) {
        if (r.method != method || !r.pattern.match(path).hasMatch())
            continue;
        if (r.literal)
            return &r; // "/v1/payment_intents/search" rather than ".../{intent}"
        found = &r;
    }
    return found;
}

void SpecRules::checkValue(const QString &name, const QJsonValue &value, const QJsonObject &rule)
{
    const QString type = rule.value(u"type").toString();
    if (type == u"any" || type.isEmpty())
        return;
    if (type == u"object") {
        if (!value.isObject() || !rule.contains(u"properties"))
            return; // a map (metadata) or a value the handler reads itself
        const QJsonObject properties = rule.value(u"properties").toObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = name + u'[' + it.key() + u']';
            if (!properties.contains(it.key()))
                throw ApiError::unknownParameter(child);
            checkValue(child, it.value(), properties.value(it.key()).toObject());
        }
        return;
    }
    if (!value.isString())
        return; // arrays and objects where the spec wants a scalar: the handler refuses them in its words
    const QString text = value.toString();
    if (type == u"integer") {
        static const QRegularExpression integer(uR"(^-?\d+$)"_s);
        if (!integer.match(text).hasMatch())
            throw ApiError::invalidInteger(name, text);
        return;
    }
    if (type == u"boolean") {
        if (text != u"true" && text != u"false")
            throw ruleBroken(u"Invalid boolean: "_s + text, name);
        return;
    }
    if (type != u"string")
        return;
    const QJsonArray values = rule.value(u"enum").toArray();
    if (!values.isEmpty() && !values.contains(QJsonValue(text)))
        throw ruleBroken(u"Invalid %1: must be one of %2"_s.arg(name, oneOf(values)), name);
    const int maxLength = rule.value(u"maxLength").toInt();
    if (maxLength > 0 && text.size() > maxLength)
        throw ruleBroken(u"Invalid string: %1...; must be at most %2 characters"_s.arg(text.left(10)).arg(maxLength), name);
}

void SpecRules::check(const QByteArray &method, const QString &path, const QJsonObject &params) const
{
    const Route *route = routeFor(method, path);
    if (!route)
        return;
    for (const QString &required : route->required)
        if (!params.contains(required))
            throw ApiError::missing(required);
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!route->params.contains(it.key()))
            throw ApiError::unknownParameter(it.key()); // Stripe takes no such parameter here
        checkValue(it.key(), it.value(), route->params.value(it.key()).toObject());
    }
}

} // namespace holdfast::sandbox
