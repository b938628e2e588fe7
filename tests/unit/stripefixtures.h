// JSON fixtures for the Stripe object parsers (kept out of the test file so automoc reads it plainly).
#pragma once

#include <QJsonDocument>
#include <QJsonObject>

namespace {
[[maybe_unused]]
QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

[[maybe_unused]] const char *amazonHeld = R"({
  "id": "pi_3Abc", "object": "payment_intent", "amount": 6000, "amount_capturable": 6000,
  "amount_received": 0, "currency": "usd", "status": "requires_capture", "capture_method": "manual",
  "client_secret": "pi_3Abc_secret_xyz", "created": 1700000000, "livemode": false,
  "payment_method": "pm_1", "payment_method_types": ["amazon_pay"], "latest_charge": {"id": "ch_1", "object": "charge"},
  "metadata": {"order_id": "1042"}, "brand_new_field": {"nested": [1,2,3]},
  "next_action": null, "last_payment_error": null
})";
[[maybe_unused]] const char *fixture1 = R"({"type":"redirect_to_url","redirect_to_url":{"url":"http://127.0.0.1:1/amazon?x=1","return_url":"holdfast://r"}})";
[[maybe_unused]] const char *fixture2 = R"({"type":"card_error","code":"payment_intent_payment_attempt_failed","message":"Declined"})";
[[maybe_unused]] const char *fixture3 = R"({"id":"evt_1","object":"event","type":"payment_intent.canceled","created":1700000100,
                      "data":{"object":{"id":"pi_1","object":"payment_intent"},"previous_attributes":{"status":"requires_capture"}}})";
[[maybe_unused]] const char *fixture4 = R"({"id":"evt_1","type":"x","created":1})";
[[maybe_unused]] const char *fixture5 = R"({"id":"re_1","object":"refund","amount":500,"currency":"usd","status":"pending","payment_intent":"pi_1"})";
[[maybe_unused]] const char *fixture6 = R"({"object":"list","data":[{},{}],"has_more":true})";
[[maybe_unused]] const char *fixture7 = R"({"object":"list","data":{}})";
} // namespace
