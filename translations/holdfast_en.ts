<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dispute</name>
    <message>
        <location filename="../app/domain/dispute.cpp" line="19"/>
        <source>Inquiry: needs response</source>
        <translation>Inquiry: needs response</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="20"/>
        <source>Inquiry: under review</source>
        <translation>Inquiry: under review</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="21"/>
        <source>Inquiry closed</source>
        <translation>Inquiry closed</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="22"/>
        <source>Needs response</source>
        <translation>Needs response</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="23"/>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="24"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="25"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="29"/>
        <source>Bank cannot process</source>
        <translation>Bank cannot process</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="30"/>
        <source>Check returned</source>
        <translation>Check returned</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="31"/>
        <source>Credit not processed</source>
        <translation>Credit not processed</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="32"/>
        <source>Customer initiated</source>
        <translation>Customer initiated</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="33"/>
        <source>Debit not authorised</source>
        <translation>Debit not authorised</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="35"/>
        <source>Fraudulent</source>
        <translation>Fraudulent</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="36"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="37"/>
        <source>Incorrect account details</source>
        <translation>Incorrect account details</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="38"/>
        <source>Insufficient funds</source>
        <translation>Insufficient funds</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="39"/>
        <source>Product not received</source>
        <translation>Product not received</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="40"/>
        <source>Product unacceptable</source>
        <translation>Product unacceptable</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="41"/>
        <source>Subscription cancelled</source>
        <translation>Subscription cancelled</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="42"/>
        <source>Unrecognised</source>
        <translation>Unrecognised</translation>
    </message>
</context>
<context>
    <name>EndOfDay</name>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="32"/>
        <source>Held, then captured (manual capture)</source>
        <translation>Held, then captured (manual capture)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="34"/>
        <source>No payment</source>
        <translation>No payment</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="35"/>
        <source>Paid at once (automatic capture)</source>
        <translation>Paid at once (automatic capture)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="145"/>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="153"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>HoldDeadline</name>
    <message>
        <location filename="../app/backoffice/holddeadline.cpp" line="35"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="42"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="43"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="44"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="45"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/backoffice/holddeadline.cpp" line="47"/>
        <source>%1 %2 left</source>
        <extracomment>Countdown of a held payment, e.g. &quot;6 d 23 h left&quot;; %1 is the larger unit, %2 the smaller one.</extracomment>
        <translation>%1 %2 left</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../app/domain/money.cpp" line="193"/>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="195"/>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="197"/>
        <source>Use only digits and the separators of your language.</source>
        <translation>Use only digits and the separators of your language.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="199"/>
        <source>The separators in this amount are in the wrong place.</source>
        <translation>The separators in this amount are in the wrong place.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="202"/>
        <source>%1 has no decimal places.</source>
        <translation>%1 has no decimal places.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/money.cpp" line="203"/>
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 has at most %n decimal place.</numerusform>
            <numerusform>%1 has at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="206"/>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="208"/>
        <source>Unknown currency “%1”.</source>
        <translation>Unknown currency “%1”.</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="20"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="21"/>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="22"/>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="23"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="24"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="25"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="26"/>
        <source>Partially captured</source>
        <translation>Partially captured</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="27"/>
        <source>Partially refunded</source>
        <translation>Partially refunded</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="28"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="30"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>PaymentsSync</name>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="49"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast is not connected to Stripe.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="104"/>
        <source>No order claims this payment; nothing to repair.</source>
        <translation>No order claims this payment; nothing to repair.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="107"/>
        <source>The order is ahead of Stripe; it was left as it is.</source>
        <translation>The order is ahead of Stripe; it was left as it is.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../app/events/returnpage.cpp" line="15"/>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="16"/>
        <source>Thank you. The shop has your payment. You can close this page.</source>
        <translation>Thank you. The shop has your payment. You can close this page.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="17"/>
        <source>Payment on its way</source>
        <translation>Payment on its way</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="19"/>
        <source>Thank you. Your payment is being processed and the shop will see it shortly. You can close this page.</source>
        <translation>Thank you. Your payment is being processed and the shop will see it shortly. You can close this page.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="20"/>
        <source>Payment not completed</source>
        <translation>Payment not completed</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="22"/>
        <source>The payment did not go through and nothing was charged. Please tell the shop; you can close this page.</source>
        <translation>The payment did not go through and nothing was charged. Please tell the shop; you can close this page.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="23"/>
        <source>Back from payment</source>
        <translation>Back from payment</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="25"/>
        <source>The shop will see whether your payment went through. You can close this page.</source>
        <translation>The shop will see whether your payment went through. You can close this page.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../app/store/storeerror.cpp" line="13"/>
        <source>The order database cannot be reached. Check the connection or the database server, then try again.</source>
        <translation>The order database cannot be reached. Check the connection or the database server, then try again.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="17"/>
        <source>The order database is busy with another till. Try again in a moment.</source>
        <translation>The order database is busy with another till. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="21"/>
        <source>This order was changed by someone else. It has been reloaded; check it and try again.</source>
        <translation>This order was changed by someone else. It has been reloaded; check it and try again.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="25"/>
        <source>This order cannot move to that state from where it is now.</source>
        <translation>This order cannot move to that state from where it is now.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="28"/>
        <source>The order database was written by a newer version of Holdfast. Update Holdfast on this till before opening it.</source>
        <translation>The order database was written by a newer version of Holdfast. Update Holdfast on this till before opening it.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="32"/>
        <source>The order could not be found.</source>
        <translation>The order could not be found.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="34"/>
        <source>The database refused the change because it conflicts with existing data.</source>
        <translation>The database refused the change because it conflicts with existing data.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="37"/>
        <source>The order data is not valid and was not saved.</source>
        <translation>The order data is not valid and was not saved.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="39"/>
        <source>The order database reported an unexpected error.</source>
        <translation>The order database reported an unexpected error.</translation>
    </message>
</context>
<context>
    <name>StripeError</name>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="29"/>
        <location filename="../app/stripe/stripeerror.cpp" line="31"/>
        <source>A required detail is missing from the request.</source>
        <translation>A required detail is missing from the request.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="33"/>
        <source>Stripe did not recognise one of the details sent. Holdfast may need an update.</source>
        <translation>Stripe did not recognise one of the details sent. Holdfast may need an update.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="36"/>
        <source>An amount or number was not a whole number.</source>
        <translation>An amount or number was not a whole number.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="37"/>
        <source>A required detail was left empty.</source>
        <translation>A required detail was left empty.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="39"/>
        <source>The amount is below the minimum Stripe accepts for this currency.</source>
        <translation>The amount is below the minimum Stripe accepts for this currency.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="41"/>
        <source>The amount is above the maximum Stripe accepts (999,999.99 in a two-decimal currency), or more than is left to refund or capture.</source>
        <translation>The amount is above the maximum Stripe accepts (999,999.99 in a two-decimal currency), or more than is left to refund or capture.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="44"/>
        <source>Stripe has no record of this payment. It may belong to another account or mode.</source>
        <translation>Stripe has no record of this payment. It may belong to another account or mode.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="47"/>
        <source>The payment is not in a state that allows this. Refresh it to see its current status.</source>
        <translation>The payment is not in a state that allows this. Refresh it to see its current status.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="51"/>
        <source>One of the payment&apos;s details is not valid for this payment method.</source>
        <translation>One of the payment&apos;s details is not valid for this payment method.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="53"/>
        <source>The customer&apos;s payment attempt failed or was declined. Ask them to try again or use another payment method.</source>
        <translation>The customer&apos;s payment attempt failed or was declined. Ask them to try again or use another payment method.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="56"/>
        <source>The customer did not complete the payment in time. Start a new payment attempt.</source>
        <translation>The customer did not complete the payment in time. Start a new payment attempt.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="59"/>
        <source>The customer still has to approve this payment.</source>
        <translation>The customer still has to approve this payment.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="61"/>
        <source>The customer could not be authenticated for this payment. Ask them to try again or use another payment method.</source>
        <translation>The customer could not be authenticated for this payment. Ask them to try again or use another payment method.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="64"/>
        <source>Amazon Pay does not support this currency for your account. Use the account&apos;s currency (usd for US accounts).</source>
        <translation>Amazon Pay does not support this currency for your account. Use the account&apos;s currency (usd for US accounts).</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="67"/>
        <source>This payment method sends the customer to another page, so a return address is required to confirm it.</source>
        <translation>This payment method sends the customer to another page, so a return address is required to confirm it.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="70"/>
        <source>This action needs the shop&apos;s secret key, not the publishable key. Check the keys in Settings.</source>
        <translation>This action needs the shop&apos;s secret key, not the publishable key. Check the keys in Settings.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="74"/>
        <location filename="../app/stripe/stripeerror.cpp" line="151"/>
        <source>Stripe is receiving too many requests right now. Wait a moment and try again.</source>
        <translation>Stripe is receiving too many requests right now. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="77"/>
        <source>This payment is being changed by another request. Wait a moment and try again.</source>
        <translation>This payment is being changed by another request. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="80"/>
        <source>The same action is still being processed. Wait a moment, then refresh the payment.</source>
        <translation>The same action is still being processed. Wait a moment, then refresh the payment.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="83"/>
        <source>This action was already sent with different details. Refresh the payment before trying again.</source>
        <translation>This action was already sent with different details. Refresh the payment before trying again.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="87"/>
        <source>This payment has already been refunded in full.</source>
        <translation>This payment has already been refunded in full.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="88"/>
        <source>This payment cannot be refunded.</source>
        <translation>This payment cannot be refunded.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="90"/>
        <source>The customer&apos;s bank has disputed this payment and taken the money back, so it cannot be refunded. Answer the dispute in Stripe&apos;s Dashboard instead.</source>
        <translation>The customer&apos;s bank has disputed this payment and taken the money back, so it cannot be refunded. Answer the dispute in Stripe&apos;s Dashboard instead.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="94"/>
        <source>The authorisation expired before it was captured; the held funds were released.</source>
        <translation>The authorisation expired before it was captured; the held funds were released.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="128"/>
        <source>(Field: %1)</source>
        <translation>(Field: %1)</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="141"/>
        <source>Holdfast could not reach Stripe. Check the internet connection and try again.</source>
        <translation>Holdfast could not reach Stripe. Check the internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="145"/>
        <source>Stripe did not answer in time. Try again in a moment.</source>
        <translation>Stripe did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="147"/>
        <source>The connection to Stripe failed before the answer arrived, so it is not known whether the change was made. Refresh the payment before trying again.</source>
        <translation>The connection to Stripe failed before the answer arrived, so it is not known whether the change was made. Refresh the payment before trying again.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="154"/>
        <source>Stripe sent an answer Holdfast could not read. Try again; if it keeps happening, contact support.</source>
        <translation>Stripe sent an answer Holdfast could not read. Try again; if it keeps happening, contact support.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="158"/>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="160"/>
        <source>A live Stripe key can only be used over a secure (HTTPS) connection. Nothing was sent.</source>
        <translation>A live Stripe key can only be used over a secure (HTTPS) connection. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="173"/>
        <source>The payment was declined. Ask the customer to use another payment method.</source>
        <translation>The payment was declined. Ask the customer to use another payment method.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="176"/>
        <source>Stripe did not accept the API key. Check the keys in Settings.</source>
        <translation>Stripe did not accept the API key. Check the keys in Settings.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="179"/>
        <source>The API key does not have permission for this action. Check the key&apos;s permissions in the Stripe Dashboard.</source>
        <translation>The API key does not have permission for this action. Check the key&apos;s permissions in the Stripe Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="184"/>
        <source>Stripe had a problem processing the request. Refresh the payment, then try again.</source>
        <translation>Stripe had a problem processing the request. Refresh the payment, then try again.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="188"/>
        <source>Stripe could not complete the request (%1). Refresh the payment and try again; if it keeps happening, contact support with the request id.</source>
        <translation>Stripe could not complete the request (%1). Refresh the payment and try again; if it keeps happening, contact support with the request id.</translation>
    </message>
</context>
<context>
    <name>holdfast::backoffice::HoldOperations</name>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="76"/>
        <source>This order has no payment to act on.</source>
        <translation>This order has no payment to act on.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="80"/>
        <source>Only a held payment can be captured; this order is %1.</source>
        <translation>Only a held payment can be captured; this order is %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="83"/>
        <source>The amount to capture must be more than zero and no more than the hold.</source>
        <translation>The amount to capture must be more than zero and no more than the hold.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="88"/>
        <source>Only a payment not yet captured can be cancelled; this order is %1.</source>
        <translation>Only a payment not yet captured can be cancelled; this order is %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="96"/>
        <source>Only a captured payment can be refunded; this order is %1.</source>
        <translation>Only a captured payment can be refunded; this order is %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="100"/>
        <source>The refund must be more than zero and no more than what remains to refund.</source>
        <translation>The refund must be more than zero and no more than what remains to refund.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="111"/>
        <source>This order already has an operation in progress.</source>
        <translation>This order already has an operation in progress.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="113"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast is not connected to Stripe.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="328"/>
        <source>Stripe did not confirm the outcome. Nothing will be done twice: try again to find out.</source>
        <translation>Stripe did not confirm the outcome. Nothing will be done twice: try again to find out.</translation>
    </message>
</context>
<context>
    <name>holdfast::checkout::CheckoutFlow</name>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="98"/>
        <source>This order is already %1.</source>
        <translation>This order is already %1.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="103"/>
        <source>The order has no amount to pay.</source>
        <translation>The order has no amount to pay.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="113"/>
        <source>Holdfast is still talking to Stripe about this payment.</source>
        <translation>Holdfast is still talking to Stripe about this payment.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="196"/>
        <location filename="../app/checkout/checkoutflow.cpp" line="278"/>
        <source>Stripe sent an answer Holdfast could not read.</source>
        <translation>Stripe sent an answer Holdfast could not read.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="362"/>
        <source>Held %1 — capture by %2</source>
        <translation>Held %1 — capture by %2</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="366"/>
        <source>Held %1 — capture within 7 days</source>
        <translation>Held %1 — capture within 7 days</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="370"/>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="374"/>
        <source>This payment was cancelled.</source>
        <translation>This payment was cancelled.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="383"/>
        <source>Waiting for the customer to choose how to pay…</source>
        <translation>Waiting for the customer to choose how to pay…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="387"/>
        <source>Payment is processing…</source>
        <translation>Payment is processing…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="392"/>
        <source>Waiting for the customer…</source>
        <translation>Waiting for the customer…</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyFormat</name>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="41"/>
        <source>Paste the secret or restricted key (it starts with rk_ or sk_).</source>
        <translation>Paste the secret or restricted key (it starts with rk_ or sk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="45"/>
        <source>The secret key field holds a publishable key (pk_…). Paste the secret or restricted key there.</source>
        <translation>The secret key field holds a publishable key (pk_…). Paste the secret or restricted key there.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="50"/>
        <source>The secret key is not in Stripe&apos;s format (rk_test_…, rk_live_…, sk_test_… or sk_live_…). Copy it again from the Stripe Dashboard, without spaces.</source>
        <translation>The secret key is not in Stripe&apos;s format (rk_test_…, rk_live_…, sk_test_… or sk_live_…). Copy it again from the Stripe Dashboard, without spaces.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="55"/>
        <source>Paste the publishable key (it starts with pk_).</source>
        <translation>Paste the publishable key (it starts with pk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="59"/>
        <source>The publishable key is not in Stripe&apos;s format (pk_test_… or pk_live_…).</source>
        <translation>The publishable key is not in Stripe&apos;s format (pk_test_… or pk_live_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="64"/>
        <source>The webhook signing secret is not in Stripe&apos;s format (whsec_…).</source>
        <translation>The webhook signing secret is not in Stripe&apos;s format (whsec_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="69"/>
        <source>The secret key and the publishable key belong to different modes (one test, one live). Use both keys from the same mode.</source>
        <translation>The secret key and the publishable key belong to different modes (one test, one live). Use both keys from the same mode.</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyStore</name>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="22"/>
        <source>No key is stored here yet.</source>
        <translation>No key is stored here yet.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="25"/>
        <source>The system keychain is not available, so Stripe keys cannot be stored safely. Holdfast keeps working in training mode. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>The system keychain is not available, so Stripe keys cannot be stored safely. Holdfast keeps working in training mode. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="31"/>
        <source>The system keychain is locked or refused access. Unlock it and try again.</source>
        <translation>The system keychain is locked or refused access. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="35"/>
        <source>The system keychain did not answer in time. Try again; if it keeps happening, unlock or restart your keyring.</source>
        <translation>The system keychain did not answer in time. Try again; if it keeps happening, unlock or restart your keyring.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="40"/>
        <source>The system keychain reported an error. The details are in the log.</source>
        <translation>The system keychain reported an error. The details are in the log.</translation>
    </message>
</context>
<context>
    <name>holdfast::settings::Settings</name>
    <message>
        <location filename="../app/settings/settings.cpp" line="88"/>
        <source>Enter the database as postgresql://user@host:5432/database.</source>
        <translation>Enter the database as postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="91"/>
        <source>Leave the password out of the address; Holdfast keeps it in the system keychain.</source>
        <translation>Leave the password out of the address; Holdfast keeps it in the system keychain.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="111"/>
        <source>Live mode needs the shop&apos;s HTTPS checkout address (for example https://pay.example.com), registered with Stripe.</source>
        <translation>Live mode needs the shop&apos;s HTTPS checkout address (for example https://pay.example.com), registered with Stripe.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="116"/>
        <source>Enter only the checkout address&apos;s origin, like https://pay.example.com.</source>
        <translation>Enter only the checkout address&apos;s origin, like https://pay.example.com.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="121"/>
        <source>Live mode refuses plain HTTP: Stripe only takes live payments on HTTPS pages.</source>
        <translation>Live mode refuses plain HTTP: Stripe only takes live payments on HTTPS pages.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="123"/>
        <source>The checkout address must start with https://.</source>
        <translation>The checkout address must start with https://.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="181"/>
        <source>Choose between 1 and 20 event types.</source>
        <translation>Choose between 1 and 20 event types.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="184"/>
        <source>“%1” is not a Stripe event type.</source>
        <translation>“%1” is not a Stripe event type.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="219"/>
        <source>Amazon Pay does not take %1 as a shop&apos;s currency. Choose one of: %2.</source>
        <translation>Amazon Pay does not take %1 as a shop&apos;s currency. Choose one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="230"/>
        <source>The settings file names %1 as the shop&apos;s currency, which Amazon Pay does not take. New orders are priced in USD until a manager chooses a currency in Tools → Settings.</source>
        <translation>The settings file names %1 as the shop&apos;s currency, which Amazon Pay does not take. New orders are priced in USD until a manager chooses a currency in Tools → Settings.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="271"/>
        <source>The test server address must be http(s)://host:port, with nothing after it.</source>
        <translation>The test server address must be http(s)://host:port, with nothing after it.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Authorizer</name>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="24"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="26"/>
        <source>Only a manager may do this: %1.</source>
        <translation>Only a manager may do this: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="29"/>
        <source>A manager must approve this with their PIN: %1.</source>
        <translation>A manager must approve this with their PIN: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="34"/>
        <source>Only a manager can approve this.</source>
        <translation>Only a manager can approve this.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Pin</name>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="24"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="27"/>
        <source>A PIN has digits only.</source>
        <translation>A PIN has digits only.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="37"/>
        <source>This PIN is too easy to guess. Avoid repeated digits and runs like 1234.</source>
        <translation>This PIN is too easy to guess. Avoid repeated digits and runs like 1234.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Role</name>
    <message>
        <location filename="../app/staff/role.cpp" line="75"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="76"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="108"/>
        <source>Take an order</source>
        <translation>Take an order</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="110"/>
        <source>Take a payment</source>
        <translation>Take a payment</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="112"/>
        <source>Capture a payment</source>
        <translation>Capture a payment</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="114"/>
        <source>Cancel a payment</source>
        <translation>Cancel a payment</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="116"/>
        <source>Refund a payment</source>
        <translation>Refund a payment</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="118"/>
        <source>Change Stripe keys</source>
        <translation>Change Stripe keys</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="120"/>
        <source>Change staff accounts</source>
        <translation>Change staff accounts</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="122"/>
        <source>Change settings</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="125"/>
        <source>Switch between training, test and live mode</source>
        <translation>Switch between training, test and live mode</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::StaffAccounts</name>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="33"/>
        <source>Wrong PIN. This account is locked until %1.</source>
        <translation>Wrong PIN. This account is locked until %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/staff/staffaccounts.cpp" line="36"/>
        <source>Wrong PIN. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before the account is locked.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="40"/>
        <source>Too many wrong PINs. This account is locked until %1.</source>
        <translation>Too many wrong PINs. This account is locked until %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="44"/>
        <location filename="../app/staff/staffaccounts.cpp" line="149"/>
        <location filename="../app/staff/staffaccounts.cpp" line="163"/>
        <location filename="../app/staff/staffaccounts.cpp" line="179"/>
        <source>No such staff account.</source>
        <translation>No such staff account.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="47"/>
        <source>This staff account is switched off.</source>
        <translation>This staff account is switched off.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="92"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="98"/>
        <source>A switched-off account has this name. Switch it on again instead.</source>
        <translation>A switched-off account has this name. Switch it on again instead.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="100"/>
        <source>There is already a staff account with this name.</source>
        <translation>There is already a staff account with this name.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="112"/>
        <source>A manager already exists. Ask a manager to add new accounts.</source>
        <translation>A manager already exists. Ask a manager to add new accounts.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="127"/>
        <source>The PIN could not be protected (out of memory). Try again.</source>
        <translation>The PIN could not be protected (out of memory). Try again.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="132"/>
        <location filename="../app/staff/staffaccounts.cpp" line="155"/>
        <location filename="../app/staff/staffaccounts.cpp" line="171"/>
        <location filename="../app/staff/staffaccounts.cpp" line="185"/>
        <source>The staff account could not be saved.</source>
        <translation>The staff account could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="152"/>
        <location filename="../app/staff/staffaccounts.cpp" line="182"/>
        <source>Holdfast needs at least one manager.</source>
        <translation>Holdfast needs at least one manager.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CancelDialog</name>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="17"/>
        <source>Cancel payment for order %1</source>
        <translation>Cancel payment for order %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="20"/>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="21"/>
        <location filename="../ui/orders/orderdetail.cpp" line="109"/>
        <source>The customer asked to cancel</source>
        <translation>The customer asked to cancel</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="22"/>
        <location filename="../ui/orders/orderdetail.cpp" line="111"/>
        <source>The order was abandoned</source>
        <translation>The order was abandoned</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="23"/>
        <location filename="../ui/orders/orderdetail.cpp" line="113"/>
        <source>It is a duplicate of another order</source>
        <translation>It is a duplicate of another order</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="115"/>
        <source>It looks fraudulent</source>
        <translation>It looks fraudulent</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="26"/>
        <source>&amp;Yes, release the %1 held. The customer is not charged.</source>
        <translation>&amp;Yes, release the %1 held. The customer is not charged.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="27"/>
        <source>Confirm the cancellation</source>
        <translation>Confirm the cancellation</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="28"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="37"/>
        <source>Tick the confirmation to cancel this payment.</source>
        <translation>Tick the confirmation to cancel this payment.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="48"/>
        <source>Cancelled · %1 released to the customer</source>
        <translation>Cancelled · %1 released to the customer</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CaptureDialog</name>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="16"/>
        <source>Capture payment for order %1</source>
        <translation>Capture payment for order %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="19"/>
        <source>Amount to capture</source>
        <translation>Amount to capture</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="23"/>
        <source>What will be captured and released</source>
        <translation>What will be captured and released</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="24"/>
        <source>Held:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="25"/>
        <source>&amp;Amount to capture:</source>
        <translation>&amp;Amount to capture:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capturing…</source>
        <translation>Capturing…</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="43"/>
        <source>Enter an amount above zero.</source>
        <translation>Enter an amount above zero.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="47"/>
        <source>You can capture at most the %1 held.</source>
        <translation>You can capture at most the %1 held.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="63"/>
        <source>Capture %1 · release %2</source>
        <translation>Capture %1 · release %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="64"/>
        <source>Capture %1 · nothing released</source>
        <translation>Capture %1 · nothing released</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="82"/>
        <source>Captured %1 · released %2</source>
        <translation>Captured %1 · released %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="83"/>
        <source>Captured %1</source>
        <translation>Captured %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="37"/>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="39"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="42"/>
        <source>Take payment — order %1</source>
        <translation>Take payment — order %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="44"/>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="55"/>
        <source>QR code of the payment link</source>
        <translation>QR code of the payment link</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="73"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copy link</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="75"/>
        <source>Send by &amp;email…</source>
        <translation>Send by &amp;email…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="125"/>
        <source>Your payment for order %1</source>
        <translation>Your payment for order %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="126"/>
        <source>Please approve your payment here: %1</source>
        <translation>Please approve your payment here: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="133"/>
        <source>Stripe did not answer clearly — checking…</source>
        <translation>Stripe did not answer clearly — checking…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="136"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="187"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="140"/>
        <source>Checking the payment with Stripe…</source>
        <translation>Checking the payment with Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="161"/>
        <source>Preparing the payment…</source>
        <translation>Preparing the payment…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="183"/>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="186"/>
        <source>The checkout page could not be shown.</source>
        <translation>The checkout page could not be shown.</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="207"/>
        <source>Waiting for the customer… %1:%2 left</source>
        <translation>Waiting for the customer… %1:%2 left</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="252"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Send to customer&apos;s &amp;phone</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="253"/>
        <source>Pay on &amp;this screen</source>
        <translation>Pay on &amp;this screen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutView</name>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="22"/>
        <source>Payment form</source>
        <translation>Payment form</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="76"/>
        <source>Sign in to pay</source>
        <translation>Sign in to pay</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesModel</name>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="86"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="88"/>
        <source>No response possible</source>
        <translation>No response possible</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="96"/>
        <source>%1 (passed)</source>
        <translation>%1 (passed)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesmodel.cpp" line="97"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="121"/>
        <source>Respond by</source>
        <translation>Respond by</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="123"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="125"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="127"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="129"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesView</name>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="29"/>
        <source>&amp;Open order</source>
        <translation>&amp;Open order</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="30"/>
        <source>Answer in Stripe &amp;Dashboard</source>
        <translation>Answer in Stripe &amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="34"/>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="36"/>
        <source>Disputes, soonest deadline first</source>
        <translation>Disputes, soonest deadline first</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="72"/>
        <source>Dispute actions</source>
        <translation>Dispute actions</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="84"/>
        <source>No disputes. If a customer&apos;s bank questions a payment, it appears here with the date by which the shop must answer.</source>
        <translation>No disputes. If a customer&apos;s bank questions a payment, it appears here with the date by which the shop must answer.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="134"/>
        <source>Disputes could not be read: %1</source>
        <translation>Disputes could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesview.cpp" line="136"/>
        <source>%n dispute(s) need the shop&apos;s answer. Send evidence in Stripe&apos;s Dashboard before the date shown, or the money stays with the customer.</source>
        <translation>
            <numerusform>%n dispute needs the shop&apos;s answer. Send evidence in Stripe&apos;s Dashboard before the date shown, or the money stays with the customer.</numerusform>
            <numerusform>%n disputes need the shop&apos;s answer. Send evidence in Stripe&apos;s Dashboard before the date shown, or the money stays with the customer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="147"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Training payments are not in Stripe&apos;s Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="148"/>
        <source>Opens the dispute in Stripe&apos;s Dashboard, where the shop sends its evidence.</source>
        <translation>Opens the dispute in Stripe&apos;s Dashboard, where the shop sends its evidence.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EndOfDayModel</name>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="58"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="59"/>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endofday/endofdaymodel.cpp" line="60"/>
        <source>Disputes: %n opened</source>
        <translation>
            <numerusform>Disputes: %n opened</numerusform>
            <numerusform>Disputes: %n opened</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="61"/>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="64"/>
        <source>%1 (%2)</source>
        <comment>end of day row: label (currency code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="92"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="96"/>
        <source>Authorised</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="98"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="100"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="102"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="104"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="106"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="113"/>
        <source>End of day %1</source>
        <translation>End of day %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EndOfDayView</name>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="35"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="39"/>
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="41"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="48"/>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="63"/>
        <source>Totals for the day</source>
        <translation>Totals for the day</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="99"/>
        <source>Orders in %1 are totalled apart, each in its own currency.</source>
        <translation>Orders in %1 are totalled apart, each in its own currency.</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="109"/>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="112"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>Export end of day</source>
        <translation>Export end of day</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EventsPage</name>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="36"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="37"/>
        <source>Last event received</source>
        <translation>Last event received</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="38"/>
        <source>Last failure</source>
        <translation>Last failure</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="39"/>
        <source>Events waiting</source>
        <translation>Events waiting</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="40"/>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="41"/>
        <source>Webhook receiver</source>
        <translation>Webhook receiver</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="42"/>
        <source>Last reconciliation</source>
        <translation>Last reconciliation</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="45"/>
        <source>Last event received:</source>
        <translation>Last event received:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="46"/>
        <source>Last failure:</source>
        <translation>Last failure:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="47"/>
        <source>Events waiting:</source>
        <translation>Events waiting:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="48"/>
        <source>Polling:</source>
        <translation>Polling:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="49"/>
        <source>Webhook receiver:</source>
        <translation>Webhook receiver:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="50"/>
        <source>Reconciliation:</source>
        <translation>Reconciliation:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="52"/>
        <source>Reconcile now</source>
        <translation>Reconcile now</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="54"/>
        <source>Reconcile orders with Stripe now</source>
        <translation>Reconcile orders with Stripe now</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="57"/>
        <location filename="../ui/eventsui/eventspage.cpp" line="105"/>
        <source>Reconciling…</source>
        <translation>Reconciling…</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="60"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="68"/>
        <source>Recent events</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="84"/>
        <source>Not polling on this till</source>
        <translation>Not polling on this till</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="85"/>
        <source>Not run yet</source>
        <translation>Not run yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="101"/>
        <source>Reconciling… %n payment(s) checked so far</source>
        <translation>
            <numerusform>Reconciling… %n payment checked so far</numerusform>
            <numerusform>Reconciling… %n payments checked so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="113"/>
        <source>Polling Stripe every %n second(s); waiting for the first answer</source>
        <translation>
            <numerusform>Polling Stripe every %n second; waiting for the first answer</numerusform>
            <numerusform>Polling Stripe every %n seconds; waiting for the first answer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="115"/>
        <source>Starts after sign-in</source>
        <translation>Starts after sign-in</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="117"/>
        <source>Polling Stripe every %n second(s)</source>
        <translation>
            <numerusform>Polling Stripe every %n second</numerusform>
            <numerusform>Polling Stripe every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="119"/>
        <source>last answer %1, %n new event(s)</source>
        <translation>
            <numerusform>last answer %1, %n new event</numerusform>
            <numerusform>last answer %1, %n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="125"/>
        <source>Polling failed: %1. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Polling failed: %1. Trying again in %n second.</numerusform>
            <numerusform>Polling failed: %1. Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="135"/>
        <source>Unknown: %1</source>
        <translation>Unknown: %1</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="142"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="147"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="148"/>
        <source>%n event(s) waiting to be applied</source>
        <translation>
            <numerusform>%n event waiting to be applied</numerusform>
            <numerusform>%n events waiting to be applied</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="151"/>
        <source>Receiving webhooks at %1 (last heard from %2)</source>
        <translation>Receiving webhooks at %1 (last heard from %2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="155"/>
        <source>Not heard from since %1: check holdfast-webhooks on the server</source>
        <translation>Not heard from since %1: check holdfast-webhooks on the server</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="158"/>
        <source>None reports to this database; this till polls Stripe for events</source>
        <translation>None reports to this database; this till polls Stripe for events</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="166"/>
        <source>%n payment(s) checked</source>
        <translation>
            <numerusform>%n payment checked</numerusform>
            <numerusform>%n payments checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="167"/>
        <source>%n order(s) repaired</source>
        <translation>
            <numerusform>%n order repaired</numerusform>
            <numerusform>%n orders repaired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="168"/>
        <source>%n unknown to Holdfast</source>
        <translation>
            <numerusform>%n unknown to Holdfast</numerusform>
            <numerusform>%n unknown to Holdfast</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="169"/>
        <source>Stopped early: %1 (%2)</source>
        <translation>Stopped early: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstManagerDialog</name>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="22"/>
        <source>Create the first manager</source>
        <translation>Create the first manager</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="25"/>
        <source>Welcome to Holdfast. Create the manager account first: managers capture, cancel and refund payments, and manage staff, keys and settings. Holdfast starts in training mode — no real money.</source>
        <translation>Welcome to Holdfast. Create the manager account first: managers capture, cancel and refund payments, and manage staff, keys and settings. Holdfast starts in training mode — no real money.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="32"/>
        <source>Manager name</source>
        <translation>Manager name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="33"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="34"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="35"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="38"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="42"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="43"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="46"/>
        <source>&amp;Create manager</source>
        <translation>&amp;Create manager</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="62"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldModel</name>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="146"/>
        <source>Expired — hold lapsed</source>
        <translation>Expired — hold lapsed</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="181"/>
        <source>Capture before %1</source>
        <translation>Capture before %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="193"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="195"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="197"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="199"/>
        <source>Capture by</source>
        <translation>Capture by</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="201"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="203"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldView</name>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="35"/>
        <source>Held payments</source>
        <translation>Held payments</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="39"/>
        <source>Held payments, soonest deadline first</source>
        <translation>Held payments, soonest deadline first</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="58"/>
        <source>Held payment actions</source>
        <translation>Held payment actions</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="65"/>
        <source>Holds due soon</source>
        <translation>Holds due soon</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="75"/>
        <source>No payments are waiting to be captured. A payment taken with Hold for manager capture appears here as soon as the customer approves it.</source>
        <translation>No payments are waiting to be captured. A payment taken with Hold for manager capture appears here as soon as the customer approves it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/heldview.cpp" line="88"/>
        <location filename="../ui/holds/heldview.cpp" line="94"/>
        <source>%n held payment(s) must be captured within 24 hours or they lapse.</source>
        <translation>
            <numerusform>%n held payment must be captured within 24 hours or it lapses.</numerusform>
            <numerusform>%n held payments must be captured within 24 hours or they lapse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldActions</name>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="23"/>
        <source>&amp;Capture…</source>
        <translation>&amp;Capture…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="24"/>
        <source>Cance&amp;l payment…</source>
        <translation>Cance&amp;l payment…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="25"/>
        <source>&amp;Refund…</source>
        <translation>&amp;Refund…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="26"/>
        <source>Take &amp;payment…</source>
        <translation>Take &amp;payment…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="30"/>
        <source>Take payment for this order (%1)</source>
        <translation>Take payment for this order (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="33"/>
        <source>Capture the held payment (%1)</source>
        <translation>Capture the held payment (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="36"/>
        <source>Cancel the payment and release the hold (%1)</source>
        <translation>Cancel the payment and release the hold (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="39"/>
        <location filename="../ui/holds/holdactions.cpp" line="83"/>
        <source>Refund a captured payment (%1)</source>
        <translation>Refund a captured payment (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="81"/>
        <source>The customer&apos;s bank has taken this payment back in a dispute; answer the dispute in Stripe&apos;s Dashboard instead of refunding.</source>
        <translation>The customer&apos;s bank has taken this payment back in a dispute; answer the dispute in Stripe&apos;s Dashboard instead of refunding.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldAlerts</name>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="31"/>
        <source>Capture now: the hold for order %1 (%2, %3) lapses soon — %4.</source>
        <translation>Capture now: the hold for order %1 (%2, %3) lapses soon — %4.</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="32"/>
        <source>Capture soon: the hold for order %1 (%2, %3) lapses in under two days — %4.</source>
        <translation>Capture soon: the hold for order %1 (%2, %3) lapses in under two days — %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/holdalerts.cpp" line="35"/>
        <source>%n more hold(s) also need capturing.</source>
        <translation>
            <numerusform>%n more hold also needs capturing.</numerusform>
            <numerusform>%n more holds also need capturing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Dismiss the notice</source>
        <translation>Dismiss the notice</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84"/>
        <source>Dismiss the alert until the next one</source>
        <translation>Dismiss the alert until the next one</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>No orders yet. Press Ctrl+N to take one.</source>
        <translation>No orders yet. Press Ctrl+N to take one.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Held authorisations</source>
        <translation>Held authorisations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>No payments are waiting to be captured.</source>
        <translation>No payments are waiting to be captured.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments from Stripe appear here.</source>
        <translation>Payments from Stripe appear here.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events from Stripe appear here.</source>
        <translation>Events from Stripe appear here.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputed payments appear here.</source>
        <translation>Disputed payments appear here.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="129"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="149"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="159"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="272"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New order</source>
        <translation>&amp;New order</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;About Holdfast</source>
        <translation>&amp;About Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>About Holdfast</source>
        <translation>About Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="200"/>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Point of sale and back office for shops that take payment through Stripe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Point of sale and back office for shops that take payment through Stripe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="213"/>
        <source>Test mode</source>
        <translation>Test mode</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="216"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="240"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="322"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="322"/>
        <source>Holdfast — %1</source>
        <translation>Holdfast — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="324"/>
        <source>(TRAINING MODE: no real money)</source>
        <translation>(TRAINING MODE: no real money)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>(test mode)</source>
        <translation>(test mode)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ManagerApprovalDialog</name>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="33"/>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="42"/>
        <source>Approving manager</source>
        <translation>Approving manager</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="46"/>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="51"/>
        <source>Approval message</source>
        <translation>Approval message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="54"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="55"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="59"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="72"/>
        <source>There is no manager account to approve this.</source>
        <translation>There is no manager account to approve this.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeBanner</name>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="20"/>
        <source>TRAINING MODE — practice only, no real money moves</source>
        <translation>TRAINING MODE — practice only, no real money moves</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="25"/>
        <source>TEST MODE — Stripe test keys, no real money moves</source>
        <translation>TEST MODE — Stripe test keys, no real money moves</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="30"/>
        <source>LIVE — real payments</source>
        <translation>LIVE — real payments</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::NewOrderDialog</name>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="27"/>
        <source>Hold for &amp;manager capture</source>
        <translation>Hold for &amp;manager capture</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="29"/>
        <source>Pay on &amp;this screen</source>
        <translation>Pay on &amp;this screen</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Send to customer&apos;s &amp;phone</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="33"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="43"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="44"/>
        <source>Customer phone</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="45"/>
        <source>Customer email</source>
        <translation>Customer email</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="47"/>
        <source>Order total</source>
        <translation>Order total</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="51"/>
        <source>The payment is authorised now and captured by a manager within 7 days.</source>
        <translation>The payment is authorised now and captured by a manager within 7 days.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="60"/>
        <source>The customer pays here, in the checkout window (Enter)</source>
        <translation>The customer pays here, in the checkout window (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="61"/>
        <source>The customer gets a link or QR code to approve on their own phone (Alt+P)</source>
        <translation>The customer gets a link or QR code to approve on their own phone (Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="65"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="66"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="82"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="106"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="106"/>
        <source>Total —</source>
        <translation>Total —</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="120"/>
        <source>Enter the customer&apos;s name or phone number.</source>
        <translation>Enter the customer&apos;s name or phone number.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="123"/>
        <source>This email address does not look right.</source>
        <translation>This email address does not look right.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="139"/>
        <source>The total is too large.</source>
        <translation>The total is too large.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OperationDialog</name>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="37"/>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="49"/>
        <source>Approving manager</source>
        <translation>Approving manager</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="52"/>
        <source>Approving &amp;manager:</source>
        <translation>Approving &amp;manager:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Your &amp;PIN:</source>
        <translation>Your &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Manager &amp;PIN:</source>
        <translation>Manager &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="59"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="68"/>
        <source>Close without changing anything</source>
        <translation>Close without changing anything</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="78"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="85"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="94"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="96"/>
        <source>Show the technical details</source>
        <translation>Show the technical details</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="150"/>
        <source>Enter the manager&apos;s PIN.</source>
        <translation>Enter the manager&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="183"/>
        <source>Order is now: %1</source>
        <translation>Order is now: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderDetail</name>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="89"/>
        <source>Stripe: payment created</source>
        <translation>Stripe: payment created</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="90"/>
        <source>Stripe: payment processing</source>
        <translation>Stripe: payment processing</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="92"/>
        <source>Stripe: waiting for the customer</source>
        <translation>Stripe: waiting for the customer</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="94"/>
        <source>Stripe: payment held</source>
        <translation>Stripe: payment held</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="95"/>
        <source>Stripe: payment succeeded</source>
        <translation>Stripe: payment succeeded</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="96"/>
        <source>Stripe: payment failed</source>
        <translation>Stripe: payment failed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="97"/>
        <source>Stripe: payment cancelled</source>
        <translation>Stripe: payment cancelled</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="140"/>
        <source>Order taken</source>
        <translation>Order taken</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="141"/>
        <source>Order changed</source>
        <translation>Order changed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="142"/>
        <source>State changed</source>
        <translation>State changed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="143"/>
        <source>Updated from Stripe</source>
        <translation>Updated from Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="144"/>
        <source>Payment started</source>
        <translation>Payment started</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="145"/>
        <source>Payment confirmed</source>
        <translation>Payment confirmed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="146"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="147"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="148"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="149"/>
        <source>Refund failed: the money stays with the shop</source>
        <translation>Refund failed: the money stays with the shop</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="150"/>
        <source>Dispute opened by the customer&apos;s bank</source>
        <translation>Dispute opened by the customer&apos;s bank</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="151"/>
        <source>Dispute updated</source>
        <translation>Dispute updated</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="152"/>
        <source>Dispute won: the money is back with the shop</source>
        <translation>Dispute won: the money is back with the shop</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="153"/>
        <source>Dispute lost: the money stays with the customer</source>
        <translation>Dispute lost: the money stays with the customer</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="154"/>
        <source>Inquiry closed</source>
        <translation>Inquiry closed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="155"/>
        <source>After-payment action queued</source>
        <translation>After-payment action queued</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="156"/>
        <source>After-payment action started</source>
        <translation>After-payment action started</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="157"/>
        <source>After-payment action ran</source>
        <translation>After-payment action ran</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="158"/>
        <source>After-payment action skipped</source>
        <translation>After-payment action skipped</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="159"/>
        <source>After-payment action interrupted</source>
        <translation>After-payment action interrupted</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="168"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="169"/>
        <source>sent to Stripe</source>
        <translation>sent to Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="170"/>
        <location filename="../ui/orders/orderdetail.cpp" line="177"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="171"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="172"/>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="173"/>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="174"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="194"/>
        <source>Payment attempts</source>
        <translation>Payment attempts</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Order timeline</source>
        <translation>Order timeline</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="224"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="226"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="228"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="243"/>
        <source>Select an order to see it here.</source>
        <translation>Select an order to see it here.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="248"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</source>
        <translation>&lt;b&gt;Order %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="273"/>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 pending)</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="284"/>
        <location filename="../ui/orders/orderdetail.cpp" line="285"/>
        <source>Stripe payment %1</source>
        <translation>Stripe payment %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="316"/>
        <source>%1, approved by %2</source>
        <translation>%1, approved by %2</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="337"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="341"/>
        <source>Send evidence in Stripe&apos;s Dashboard by %1.</source>
        <translation>Send evidence in Stripe&apos;s Dashboard by %1.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="343"/>
        <source>Evidence sent; the bank decides.</source>
        <translation>Evidence sent; the bank decides.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderLinesEditor</name>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="21"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="22"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="23"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="33"/>
        <source>Line %1 description</source>
        <translation>Line %1 description</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="35"/>
        <source>Line %1 quantity</source>
        <translation>Line %1 quantity</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="38"/>
        <source>Line %1 unit price</source>
        <translation>Line %1 unit price</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="111"/>
        <source>Describe what is being sold on every line.</source>
        <translation>Describe what is being sold on every line.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="117"/>
        <source>A line needs a price above zero.</source>
        <translation>A line needs a price above zero.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="123"/>
        <source>Add at least one line with a price.</source>
        <translation>Add at least one line with a price.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersModel</name>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="16"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="18"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="22"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="24"/>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="26"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="27"/>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="33"/>
        <source>Dispute lost</source>
        <translation>Dispute lost</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="35"/>
        <source>Dispute won</source>
        <translation>Dispute won</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="37"/>
        <source>Inquiry closed</source>
        <translation>Inquiry closed</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="39"/>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="40"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="250"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="252"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="254"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="256"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="258"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="260"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="262"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersView</name>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="38"/>
        <source>&amp;Find order</source>
        <translation>&amp;Find order</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="44"/>
        <location filename="../ui/orders/ordersview.cpp" line="75"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="46"/>
        <source>Search orders</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="47"/>
        <source>Number, name, phone, email or pi_…</source>
        <translation>Number, name, phone, email or pi_…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="50"/>
        <source>Show orders in state</source>
        <translation>Show orders in state</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="51"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="55"/>
        <source>Refund failed</source>
        <translation>Refund failed</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="57"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="59"/>
        <source>Show orders created</source>
        <translation>Show orders created</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="60"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="61"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="185"/>
        <source>No order matches. Clear the search or the filters to see every order.</source>
        <translation>No order matches. Clear the search or the filters to see every order.</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="186"/>
        <source>No orders yet. Take the first with New order (Ctrl+N).</source>
        <translation>No orders yet. Take the first with New order (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentsModel</name>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="102"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="104"/>
        <source>No order knows this payment</source>
        <translation>No order knows this payment</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="107"/>
        <source>Order says %1, Stripe says %2</source>
        <translation>Order says %1, Stripe says %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="120"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="122"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="124"/>
        <source>Stripe status</source>
        <translation>Stripe status</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="126"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="128"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="130"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentsView</name>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="30"/>
        <source>&amp;Sync from Stripe</source>
        <translation>&amp;Sync from Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="31"/>
        <source>&amp;Reconcile</source>
        <translation>&amp;Reconcile</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="32"/>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Open in Stripe &amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="35"/>
        <source>Payments at Stripe</source>
        <translation>Payments at Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="40"/>
        <source>Repair the selected order from Stripe (%1)</source>
        <translation>Repair the selected order from Stripe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="50"/>
        <source>Payment actions</source>
        <translation>Payment actions</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="56"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="60"/>
        <source>Payments at Stripe, newest first</source>
        <translation>Payments at Stripe, newest first</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/paymentsview.cpp" line="86"/>
        <source>%n payment(s) at Stripe, %1 need attention.</source>
        <translation>
            <numerusform>%n payment at Stripe, %1 need attention.</numerusform>
            <numerusform>%n payments at Stripe, %1 need attention.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="88"/>
        <source>Sync stopped: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="95"/>
        <source>Order %1 now matches Stripe.</source>
        <translation>Order %1 now matches Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="96"/>
        <source>Could not reconcile: %1</source>
        <translation>Could not reconcile: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="123"/>
        <source>Reading payments from Stripe…</source>
        <translation>Reading payments from Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="139"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Training payments are not in Stripe&apos;s Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="140"/>
        <source>Opens the payment in Stripe&apos;s Dashboard (%1)</source>
        <translation>Opens the payment in Stripe&apos;s Dashboard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="151"/>
        <source>Reconciling…</source>
        <translation>Reconciling…</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinLockScreen</name>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="18"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="20"/>
        <source>Holdfast is locked. Sign in with your PIN.</source>
        <translation>Holdfast is locked. Sign in with your PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="28"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="29"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="32"/>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="34"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="40"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RecentEventsModel</name>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="63"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="63"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="74"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="76"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="78"/>
        <source>Created at Stripe</source>
        <translation>Created at Stripe</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="80"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RefundDialog</name>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="16"/>
        <source>Refund order %1</source>
        <translation>Refund order %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="19"/>
        <source>Amount to refund</source>
        <translation>Amount to refund</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="23"/>
        <source>Reason for the refund</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="119"/>
        <source>The customer asked for it</source>
        <translation>The customer asked for it</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="25"/>
        <location filename="../ui/orders/orderdetail.cpp" line="121"/>
        <source>Charged twice (duplicate)</source>
        <translation>Charged twice (duplicate)</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="26"/>
        <location filename="../ui/orders/orderdetail.cpp" line="123"/>
        <source>Fraudulent payment</source>
        <translation>Fraudulent payment</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="27"/>
        <source>Captured:</source>
        <translation>Captured:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="29"/>
        <source>Already refunded:</source>
        <translation>Already refunded:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="30"/>
        <source>&amp;Amount to refund:</source>
        <translation>&amp;Amount to refund:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="31"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refunding…</source>
        <translation>Refunding…</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="46"/>
        <source>Refund more than zero and at most the %1 that remains.</source>
        <translation>Refund more than zero and at most the %1 that remains.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="59"/>
        <source>Refund of %1 is pending: Amazon Pay confirms refunds later; the order shows it when it settles.</source>
        <translation>Refund of %1 is pending: Amazon Pay confirms refunds later; the order shows it when it settles.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="61"/>
        <source>Refunded %1</source>
        <translation>Refunded %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="43"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="44"/>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="45"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="68"/>
        <source>Shop &amp;name:</source>
        <translation>Shop &amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>US dollar</source>
        <translation>US dollar</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Pound sterling</source>
        <translation>Pound sterling</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Swiss franc</source>
        <translation>Swiss franc</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Danish krone</source>
        <translation>Danish krone</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Norwegian krone</source>
        <translation>Norwegian krone</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="76"/>
        <source>Swedish krona</source>
        <translation>Swedish krona</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="79"/>
        <source>Shop &amp;currency:</source>
        <translation>Shop &amp;currency:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="80"/>
        <source>New orders are priced in this currency. Saved orders keep their own. It must be your Stripe account&apos;s currency for Amazon Pay.</source>
        <translation>New orders are priced in this currency. Saved orders keep their own. It must be your Stripe account&apos;s currency for Amazon Pay.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="91"/>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="99"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="101"/>
        <source>Lock when &amp;idle after:</source>
        <translation>Lock when &amp;idle after:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="103"/>
        <source>&amp;Hold new payments for a manager to capture</source>
        <translation>&amp;Hold new payments for a manager to capture</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="105"/>
        <source>Amazon Pay keeps a held payment for 7 days; capture it when the goods ship.</source>
        <translation>Amazon Pay keeps a held payment for 7 days; capture it when the goods ship.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="117"/>
        <source>Training (practice, no real money)</source>
        <translation>Training (practice, no real money)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="118"/>
        <source>Test (Stripe test mode)</source>
        <translation>Test (Stripe test mode)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="119"/>
        <source>Live (real money)</source>
        <translation>Live (real money)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="120"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="128"/>
        <source>https://pay.example-shop.com</source>
        <translation>https://pay.example-shop.com</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="129"/>
        <source>Checkout &amp;origin:</source>
        <translation>Checkout &amp;origin:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="132"/>
        <source>The HTTPS address the checkout page is shown under in test and live mode. Register its domain with Stripe for Amazon Pay (see the checkout guide).</source>
        <translation>The HTTPS address the checkout page is shown under in test and live mode. Register its domain with Stripe for Amazon Pay (see the checkout guide).</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="147"/>
        <source>&amp;This till only (a file on this computer)</source>
        <translation>&amp;This till only (a file on this computer)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="149"/>
        <source>&amp;Shared by several tills (PostgreSQL server)</source>
        <translation>&amp;Shared by several tills (PostgreSQL server)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="158"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="162"/>
        <source>PostgreSQL password, kept in the system keychain</source>
        <translation>PostgreSQL password, kept in the system keychain</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="163"/>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unchanged (kept in the system keychain)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="164"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="168"/>
        <source>The password is kept in the system keychain, never in this address. Orders are not copied between databases.</source>
        <translation>The password is kept in the system keychain, never in this address. Orders are not copied between databases.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="203"/>
        <source>Payments go to Holdfast&apos;s built-in practice server. Nothing is charged.</source>
        <translation>Payments go to Holdfast&apos;s built-in practice server. Nothing is charged.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="206"/>
        <source>Payments go to Stripe&apos;s test mode with your test keys. Nothing is charged.</source>
        <translation>Payments go to Stripe&apos;s test mode with your test keys. Nothing is charged.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="209"/>
        <source>Payments move real money with your live keys. Live mode needs an HTTPS checkout origin.</source>
        <translation>Payments move real money with your live keys. Live mode needs an HTTPS checkout origin.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="245"/>
        <source>Enter an address such as https://pay.example-shop.com.</source>
        <translation>Enter an address such as https://pay.example-shop.com.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="120"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="122"/>
        <source>Staff take orders and payments. Managers also capture, cancel and refund, and manage staff, keys and settings. Every change here needs a manager&apos;s PIN.</source>
        <translation>Staff take orders and payments. Managers also capture, cancel and refund, and manage staff, keys and settings. Every change here needs a manager&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="130"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="140"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="144"/>
        <source>Reset &amp;PIN…</source>
        <translation>Reset &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="168"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="198"/>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="200"/>
        <source>Locked until %1 after wrong PINs</source>
        <translation>Locked until %1 after wrong PINs</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="203"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="206"/>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;staff</source>
        <translation>Make &amp;staff</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;manager</source>
        <translation>Make &amp;manager</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;on</source>
        <translation>Switch &amp;on</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;off</source>
        <translation>Switch &amp;off</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="256"/>
        <source>Nothing was changed: no manager approved it.</source>
        <translation>Nothing was changed: no manager approved it.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="278"/>
        <source>Add %1 as %2</source>
        <translation>Add %1 as %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="284"/>
        <source>%1 can now sign in.</source>
        <translation>%1 can now sign in.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="305"/>
        <source>Reset the PIN of %1</source>
        <translation>Reset the PIN of %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="309"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="322"/>
        <source>Make %1 %2</source>
        <translation>Make %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="326"/>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="335"/>
        <source>Switch on the account of %1</source>
        <translation>Switch on the account of %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="336"/>
        <source>Switch off the account of %1</source>
        <translation>Switch off the account of %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="340"/>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="341"/>
        <source>%1 can no longer sign in. Their orders and history stay.</source>
        <translation>%1 can no longer sign in. Their orders and history stay.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffMemberDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Add a staff account</source>
        <translation>Add a staff account</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Reset the PIN of %1</source>
        <translation>Reset the PIN of %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="44"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="48"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="50"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="51"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>New &amp;PIN:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="53"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="56"/>
        <source>A PIN has 4 to 12 digits. The person can change it later only through a manager.</source>
        <translation>A PIN has 4 to 12 digits. The person can change it later only through a manager.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="58"/>
        <source>A PIN has 4 to 12 digits. A new PIN also lifts a lock after wrong PINs.</source>
        <translation>A PIN has 4 to 12 digits. A new PIN also lifts a lock after wrong PINs.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="61"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Add account</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Set PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="85"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="90"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffNames</name>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="49"/>
        <source>Stripe events</source>
        <translation>Stripe events</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="51"/>
        <source>Reconciliation with Stripe</source>
        <translation>Reconciliation with Stripe</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="53"/>
        <source>Webhook receiver</source>
        <translation>Webhook receiver</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="63"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StripeKeysPage</name>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="33"/>
        <source>Stripe keys</source>
        <translation>Stripe keys</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="40"/>
        <source>Keychain status</source>
        <translation>Keychain status</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="48"/>
        <source>Recommended: create a restricted key (rk_…) in the Stripe Dashboard with only the permissions Holdfast needs — PaymentIntents write, Refunds write, Charges read, Events read and Webhook endpoints write. The keys are stored in the system keychain only.</source>
        <translation>Recommended: create a restricted key (rk_…) in the Stripe Dashboard with only the permissions Holdfast needs — PaymentIntents write, Refunds write, Charges read, Events read and Webhook endpoints write. The keys are stored in the system keychain only.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="56"/>
        <source>Secret or restricted key</source>
        <translation>Secret or restricted key</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="57"/>
        <source>rk_test_… or rk_live_… (or sk_…)</source>
        <translation>rk_test_… or rk_live_… (or sk_…)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>Publishable key</source>
        <translation>Publishable key</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>pk_test_… or pk_live_…</source>
        <translation>pk_test_… or pk_live_…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="61"/>
        <source>Webhook signing secret</source>
        <translation>Webhook signing secret</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="62"/>
        <source>whsec_… (only for the webhook receiver)</source>
        <translation>whsec_… (only for the webhook receiver)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="65"/>
        <source>&amp;Secret or restricted key:</source>
        <translation>&amp;Secret or restricted key:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="66"/>
        <source>&amp;Publishable key:</source>
        <translation>&amp;Publishable key:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="67"/>
        <source>&amp;Webhook signing secret:</source>
        <translation>&amp;Webhook signing secret:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="72"/>
        <source>Key check</source>
        <translation>Key check</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="76"/>
        <source>Stripe account check</source>
        <translation>Stripe account check</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="78"/>
        <source>S&amp;tore keys</source>
        <translation>S&amp;tore keys</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="80"/>
        <source>&amp;Check with Stripe</source>
        <translation>&amp;Check with Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="82"/>
        <source>Remove t&amp;est keys…</source>
        <translation>Remove t&amp;est keys…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="84"/>
        <source>Remove &amp;live keys…</source>
        <translation>Remove &amp;live keys…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="135"/>
        <source>Live keys (restricted key). Ready to store.</source>
        <translation>Live keys (restricted key). Ready to store.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="136"/>
        <source>Live keys. Ready to store — a restricted key is safer.</source>
        <translation>Live keys. Ready to store — a restricted key is safer.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="137"/>
        <source>Test keys (restricted key). Ready to store.</source>
        <translation>Test keys (restricted key). Ready to store.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="138"/>
        <source>Test keys. Ready to store — a restricted key is safer.</source>
        <translation>Test keys. Ready to store — a restricted key is safer.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Live keys: not stored.</source>
        <translation>Live keys: not stored.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Test keys: not stored.</source>
        <translation>Test keys: not stored.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="174"/>
        <source>Live keys: stored in the system keychain.</source>
        <translation>Live keys: stored in the system keychain.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="175"/>
        <source>Test keys: stored in the system keychain.</source>
        <translation>Test keys: stored in the system keychain.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="190"/>
        <source>Storing the keys in the system keychain…</source>
        <translation>Storing the keys in the system keychain…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="201"/>
        <source>Live keys stored.</source>
        <translation>Live keys stored.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="202"/>
        <source>Test keys stored.</source>
        <translation>Test keys stored.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="226"/>
        <source>Live keys removed.</source>
        <translation>Live keys removed.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="227"/>
        <source>Test keys removed.</source>
        <translation>Test keys removed.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="241"/>
        <source>Checking the key with Stripe…</source>
        <translation>Checking the key with Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="247"/>
        <source>Stripe accepted the key: %1</source>
        <translation>Stripe accepted the key: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="248"/>
        <source>Stripe did not accept the key: %1</source>
        <translation>Stripe did not accept the key: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TakePaymentDialog</name>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="13"/>
        <source>Hold for &amp;manager capture</source>
        <translation>Hold for &amp;manager capture</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="16"/>
        <source>Take payment — order %1</source>
        <translation>Take payment — order %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="17"/>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="27"/>
        <source>Pay on &amp;this screen</source>
        <translation>Pay on &amp;this screen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Send to customer&apos;s &amp;phone</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TillApplication</name>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="253"/>
        <location filename="../ui/application/tillapplication.cpp" line="257"/>
        <location filename="../ui/application/tillapplication.cpp" line="477"/>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="253"/>
        <source>The order database cannot be opened.

%1</source>
        <translation>The order database cannot be opened.

%1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="257"/>
        <source>The training sandbox cannot start: %1</source>
        <translation>The training sandbox cannot start: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="369"/>
        <source>sandbox on %1</source>
        <translation>sandbox on %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="371"/>
        <source>%1 · DB: %2</source>
        <translation>%1 · DB: %2</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="372"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="373"/>
        <source>shared PostgreSQL</source>
        <translation>shared PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="314"/>
        <source>Holdfast — sign in</source>
        <translation>Holdfast — sign in</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="243"/>
        <source>The Stripe keys for %1 mode could not be read: %2 Holdfast runs in training mode until they can be read (Tools → Stripe keys…).</source>
        <translation>The Stripe keys for %1 mode could not be read: %2 Holdfast runs in training mode until they can be read (Tools → Stripe keys…).</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="491"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="492"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="496"/>
        <source>&amp;End of day…</source>
        <translation>&amp;End of day…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="499"/>
        <source>S&amp;taff…</source>
        <translation>S&amp;taff…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="502"/>
        <source>Stripe &amp;keys…</source>
        <translation>Stripe &amp;keys…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="505"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="510"/>
        <source>&amp;Reconcile with Stripe</source>
        <translation>&amp;Reconcile with Stripe</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="559"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="572"/>
        <location filename="../ui/application/tillapplication.cpp" line="576"/>
        <location filename="../ui/application/tillapplication.cpp" line="594"/>
        <location filename="../ui/application/tillapplication.cpp" line="599"/>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="577"/>
        <source>Order %1 is %2: there is nothing to pay.</source>
        <translation>Order %1 is %2: there is nothing to pay.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="600"/>
        <source>The order is saved. Set the checkout origin (Tools → Settings) before taking payments on this screen in %1 mode.</source>
        <translation>The order is saved. Set the checkout origin (Tools → Settings) before taking payments on this screen in %1 mode.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="639"/>
        <location filename="../ui/application/tillapplication.cpp" line="641"/>
        <source>Stripe keys</source>
        <translation>Stripe keys</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="655"/>
        <source>Stripe accepted the key.</source>
        <translation>Stripe accepted the key.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="670"/>
        <location filename="../ui/application/tillapplication.cpp" line="680"/>
        <location filename="../ui/application/tillapplication.cpp" line="686"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="681"/>
        <source>The PostgreSQL password could not be kept in the keychain: %1</source>
        <translation>The PostgreSQL password could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="687"/>
        <source>The new mode, database or language applies when Holdfast next starts.</source>
        <translation>The new mode, database or language applies when Holdfast next starts.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="720"/>
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/holdfast-sandbox.cpp" line="35"/>
        <source>Stripe-compatible sandbox for Holdfast training mode and tests. See docs/sandbox.md.</source>
        <translation>Stripe-compatible sandbox for Holdfast training mode and tests. See docs/sandbox.md.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="66"/>
        <source>Receives signed Stripe webhooks at POST /webhooks/stripe, verifies their Stripe-Signature, and stores and applies each event once in the Holdfast database. GET /healthz reports its health.

The signing secret (whsec_…) comes from --secret-file (one secret per line; several during a roll) or the HOLDFAST_WEBHOOK_SECRET environment variable. A PostgreSQL password comes from HOLDFAST_DATABASE_PASSWORD, never from the URL.</source>
        <translation>Receives signed Stripe webhooks at POST /webhooks/stripe, verifies their Stripe-Signature, and stores and applies each event once in the Holdfast database. GET /healthz reports its health.

The signing secret (whsec_…) comes from --secret-file (one secret per line; several during a roll) or the HOLDFAST_WEBHOOK_SECRET environment variable. A PostgreSQL password comes from HOLDFAST_DATABASE_PASSWORD, never from the URL.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="78"/>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>TCP port to listen on (0: any free port).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="82"/>
        <source>Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front).</source>
        <translation>Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="87"/>
        <source>Database URL: sqlite:/path or postgresql://user@host:port/db.</source>
        <translation>Database URL: sqlite:/path or postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="90"/>
        <source>File holding the webhook signing secret(s), one per line.</source>
        <translation>File holding the webhook signing secret(s), one per line.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="96"/>
        <source>Command run once per paid order with the order as JSON on stdin (default: the post_payment_hook.command setting).</source>
        <translation>Command run once per paid order with the order as JSON on stdin (default: the post_payment_hook.command setting).</translation>
    </message>
</context>
</TS>
