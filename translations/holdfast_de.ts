<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Dispute</name>
    <message>
        <location filename="../app/domain/dispute.cpp" line="19"/>
        <source>Inquiry: needs response</source>
        <translation>Anfrage: Antwort erforderlich</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="20"/>
        <source>Inquiry: under review</source>
        <translation>Anfrage: in Prüfung</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="21"/>
        <source>Inquiry closed</source>
        <translation>Anfrage abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="22"/>
        <source>Needs response</source>
        <translation>Antwort erforderlich</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="23"/>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="24"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="25"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="29"/>
        <source>Bank cannot process</source>
        <translation>Bank kann nicht verarbeiten</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="30"/>
        <source>Check returned</source>
        <translation>Scheck zurückgegeben</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="31"/>
        <source>Credit not processed</source>
        <translation>Gutschrift nicht verarbeitet</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="32"/>
        <source>Customer initiated</source>
        <translation>Vom Kunden veranlasst</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="33"/>
        <source>Debit not authorised</source>
        <translation>Lastschrift nicht autorisiert</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Doppelte Zahlung</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="35"/>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="36"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="37"/>
        <source>Incorrect account details</source>
        <translation>Falsche Kontodaten</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="38"/>
        <source>Insufficient funds</source>
        <translation>Unzureichende Deckung</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="39"/>
        <source>Product not received</source>
        <translation>Produkt nicht erhalten</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="40"/>
        <source>Product unacceptable</source>
        <translation>Produkt nicht akzeptabel</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="41"/>
        <source>Subscription cancelled</source>
        <translation>Abonnement gekündigt</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="42"/>
        <source>Unrecognised</source>
        <translation>Nicht erkannt</translation>
    </message>
</context>
<context>
    <name>EndOfDay</name>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="32"/>
        <source>Held, then captured (manual capture)</source>
        <translation>Reserviert, dann erfasst (manuelle Erfassung)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="34"/>
        <source>No payment</source>
        <translation>Keine Zahlung</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="35"/>
        <source>Paid at once (automatic capture)</source>
        <translation>Sofort bezahlt (automatische Erfassung)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="145"/>
        <source>Disputes</source>
        <translation>Zahlungsanfechtungen</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="153"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>HoldDeadline</name>
    <message>
        <location filename="../app/backoffice/holddeadline.cpp" line="35"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="42"/>
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Min.</numerusform>
            <numerusform>noch %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="43"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="44"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="45"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/backoffice/holddeadline.cpp" line="47"/>
        <source>%1 %2 left</source>
        <extracomment>Countdown of a held payment, e.g. &quot;6 d 23 h left&quot;; %1 is the larger unit, %2 the smaller one.</extracomment>
        <translation>noch %1 %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../app/domain/money.cpp" line="193"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="195"/>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="197"/>
        <source>Use only digits and the separators of your language.</source>
        <translation>Verwenden Sie nur Ziffern und die Trennzeichen Ihrer Sprache.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="199"/>
        <source>The separators in this amount are in the wrong place.</source>
        <translation>Die Trennzeichen in diesem Betrag stehen an der falschen Stelle.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="202"/>
        <source>%1 has no decimal places.</source>
        <translation>%1 hat keine Nachkommastellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/money.cpp" line="203"/>
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 hat höchstens %n Nachkommastelle.</numerusform>
            <numerusform>%1 hat höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="206"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu hoch.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="208"/>
        <source>Unknown currency “%1”.</source>
        <translation>Unbekannte Währung „%1“.</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="20"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="21"/>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="22"/>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="23"/>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="24"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="25"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="26"/>
        <source>Partially captured</source>
        <translation>Teilweise erfasst</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="27"/>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="28"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="30"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>PaymentsSync</name>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="49"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast ist nicht mit Stripe verbunden.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="104"/>
        <source>No order claims this payment; nothing to repair.</source>
        <translation>Keine Bestellung gehört zu dieser Zahlung; es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="107"/>
        <source>The order is ahead of Stripe; it was left as it is.</source>
        <translation>Die Bestellung ist weiter als Stripe; sie wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../app/events/returnpage.cpp" line="15"/>
        <source>Payment received</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="16"/>
        <source>Thank you. The shop has your payment. You can close this page.</source>
        <translation>Vielen Dank. Der Shop hat Ihre Zahlung erhalten. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="17"/>
        <source>Payment on its way</source>
        <translation>Zahlung unterwegs</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="19"/>
        <source>Thank you. Your payment is being processed and the shop will see it shortly. You can close this page.</source>
        <translation>Vielen Dank. Ihre Zahlung wird verarbeitet, der Shop sieht sie in Kürze. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="20"/>
        <source>Payment not completed</source>
        <translation>Zahlung nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="22"/>
        <source>The payment did not go through and nothing was charged. Please tell the shop; you can close this page.</source>
        <translation>Die Zahlung ist nicht durchgegangen, es wurde nichts belastet. Bitte sagen Sie dem Shop Bescheid; Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="23"/>
        <source>Back from payment</source>
        <translation>Zurück von der Zahlung</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="25"/>
        <source>The shop will see whether your payment went through. You can close this page.</source>
        <translation>Der Shop sieht, ob Ihre Zahlung durchgegangen ist. Sie können diese Seite schließen.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../app/store/storeerror.cpp" line="13"/>
        <source>The order database cannot be reached. Check the connection or the database server, then try again.</source>
        <translation>Die Bestelldatenbank ist nicht erreichbar. Prüfen Sie die Verbindung oder den Datenbankserver und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="17"/>
        <source>The order database is busy with another till. Try again in a moment.</source>
        <translation>Die Bestelldatenbank ist durch eine andere Kasse belegt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="21"/>
        <source>This order was changed by someone else. It has been reloaded; check it and try again.</source>
        <translation>Diese Bestellung wurde von jemand anderem geändert. Sie wurde neu geladen; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="25"/>
        <source>This order cannot move to that state from where it is now.</source>
        <translation>Diese Bestellung kann aus ihrem aktuellen Status nicht in diesen Status wechseln.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="28"/>
        <source>The order database was written by a newer version of Holdfast. Update Holdfast on this till before opening it.</source>
        <translation>Die Bestelldatenbank wurde von einer neueren Holdfast-Version geschrieben. Aktualisieren Sie Holdfast auf dieser Kasse, bevor Sie sie öffnen.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="32"/>
        <source>The order could not be found.</source>
        <translation>Die Bestellung wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="34"/>
        <source>The database refused the change because it conflicts with existing data.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt, weil sie mit vorhandenen Daten in Konflikt steht.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="37"/>
        <source>The order data is not valid and was not saved.</source>
        <translation>Die Bestelldaten sind ungültig und wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="39"/>
        <source>The order database reported an unexpected error.</source>
        <translation>Die Bestelldatenbank hat einen unerwarteten Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>StripeError</name>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="29"/>
        <location filename="../app/stripe/stripeerror.cpp" line="31"/>
        <source>A required detail is missing from the request.</source>
        <translation>In der Anfrage fehlt eine erforderliche Angabe.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="33"/>
        <source>Stripe did not recognise one of the details sent. Holdfast may need an update.</source>
        <translation>Stripe hat eine der gesendeten Angaben nicht erkannt. Holdfast muss eventuell aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="36"/>
        <source>An amount or number was not a whole number.</source>
        <translation>Ein Betrag oder eine Zahl war keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="37"/>
        <source>A required detail was left empty.</source>
        <translation>Eine erforderliche Angabe wurde leer gelassen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="39"/>
        <source>The amount is below the minimum Stripe accepts for this currency.</source>
        <translation>Der Betrag liegt unter dem Mindestbetrag, den Stripe für diese Währung akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="41"/>
        <source>The amount is above the maximum Stripe accepts (999,999.99 in a two-decimal currency), or more than is left to refund or capture.</source>
        <translation>Der Betrag liegt über dem Höchstbetrag, den Stripe akzeptiert (999.999,99 bei einer Währung mit zwei Nachkommastellen), oder über dem Betrag, der noch erstattet oder erfasst werden kann.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="44"/>
        <source>Stripe has no record of this payment. It may belong to another account or mode.</source>
        <translation>Stripe kennt diese Zahlung nicht. Sie gehört möglicherweise zu einem anderen Konto oder Modus.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="47"/>
        <source>The payment is not in a state that allows this. Refresh it to see its current status.</source>
        <translation>Die Zahlung befindet sich nicht in einem Status, der dies erlaubt. Aktualisieren Sie sie, um ihren aktuellen Status zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="51"/>
        <source>One of the payment&apos;s details is not valid for this payment method.</source>
        <translation>Eine der Zahlungsangaben ist für diese Zahlungsmethode ungültig.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="53"/>
        <source>The customer&apos;s payment attempt failed or was declined. Ask them to try again or use another payment method.</source>
        <translation>Der Zahlungsversuch des Kunden ist fehlgeschlagen oder wurde abgelehnt. Bitten Sie ihn, es erneut zu versuchen oder eine andere Zahlungsmethode zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="56"/>
        <source>The customer did not complete the payment in time. Start a new payment attempt.</source>
        <translation>Der Kunde hat die Zahlung nicht rechtzeitig abgeschlossen. Starten Sie einen neuen Zahlungsversuch.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="59"/>
        <source>The customer still has to approve this payment.</source>
        <translation>Der Kunde muss diese Zahlung noch bestätigen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="61"/>
        <source>The customer could not be authenticated for this payment. Ask them to try again or use another payment method.</source>
        <translation>Der Kunde konnte für diese Zahlung nicht authentifiziert werden. Bitten Sie ihn, es erneut zu versuchen oder eine andere Zahlungsmethode zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="64"/>
        <source>Amazon Pay does not support this currency for your account. Use the account&apos;s currency (usd for US accounts).</source>
        <translation>Amazon Pay unterstützt diese Währung für Ihr Konto nicht. Verwenden Sie die Währung des Kontos (usd bei US-Konten).</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="67"/>
        <source>This payment method sends the customer to another page, so a return address is required to confirm it.</source>
        <translation>Diese Zahlungsmethode leitet den Kunden auf eine andere Seite weiter, daher ist zur Bestätigung eine Rücksprungadresse erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="70"/>
        <source>This action needs the shop&apos;s secret key, not the publishable key. Check the keys in Settings.</source>
        <translation>Diese Aktion erfordert den geheimen Schlüssel des Shops, nicht den veröffentlichbaren Schlüssel. Prüfen Sie die Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="74"/>
        <location filename="../app/stripe/stripeerror.cpp" line="151"/>
        <source>Stripe is receiving too many requests right now. Wait a moment and try again.</source>
        <translation>Stripe erhält gerade zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="77"/>
        <source>This payment is being changed by another request. Wait a moment and try again.</source>
        <translation>Diese Zahlung wird gerade durch eine andere Anfrage geändert. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="80"/>
        <source>The same action is still being processed. Wait a moment, then refresh the payment.</source>
        <translation>Dieselbe Aktion wird noch verarbeitet. Warten Sie einen Moment und aktualisieren Sie dann die Zahlung.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="83"/>
        <source>This action was already sent with different details. Refresh the payment before trying again.</source>
        <translation>Diese Aktion wurde bereits mit anderen Angaben gesendet. Aktualisieren Sie die Zahlung, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="87"/>
        <source>This payment has already been refunded in full.</source>
        <translation>Diese Zahlung wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="88"/>
        <source>This payment cannot be refunded.</source>
        <translation>Diese Zahlung kann nicht erstattet werden.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="90"/>
        <source>The customer&apos;s bank has disputed this payment and taken the money back, so it cannot be refunded. Answer the dispute in Stripe&apos;s Dashboard instead.</source>
        <translation>Die Bank des Kunden hat diese Zahlung angefochten und das Geld zurückgebucht, daher kann sie nicht erstattet werden. Beantworten Sie stattdessen die Zahlungsanfechtung im Stripe Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="94"/>
        <source>The authorisation expired before it was captured; the held funds were released.</source>
        <translation>Die Autorisierung ist vor der Erfassung abgelaufen; der reservierte Betrag wurde freigegeben.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="128"/>
        <source>(Field: %1)</source>
        <translation>(Feld: %1)</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="141"/>
        <source>Holdfast could not reach Stripe. Check the internet connection and try again.</source>
        <translation>Holdfast konnte Stripe nicht erreichen. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="145"/>
        <source>Stripe did not answer in time. Try again in a moment.</source>
        <translation>Stripe hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="147"/>
        <source>The connection to Stripe failed before the answer arrived, so it is not known whether the change was made. Refresh the payment before trying again.</source>
        <translation>Die Verbindung zu Stripe ist abgebrochen, bevor die Antwort eintraf; daher ist unklar, ob die Änderung ausgeführt wurde. Aktualisieren Sie die Zahlung, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="154"/>
        <source>Stripe sent an answer Holdfast could not read. Try again; if it keeps happening, contact support.</source>
        <translation>Stripe hat eine Antwort gesendet, die Holdfast nicht lesen konnte. Versuchen Sie es erneut; wenn das wiederholt passiert, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="158"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="160"/>
        <source>A live Stripe key can only be used over a secure (HTTPS) connection. Nothing was sent.</source>
        <translation>Ein Live-Schlüssel von Stripe kann nur über eine sichere (HTTPS-)Verbindung verwendet werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="173"/>
        <source>The payment was declined. Ask the customer to use another payment method.</source>
        <translation>Die Zahlung wurde abgelehnt. Bitten Sie den Kunden, eine andere Zahlungsmethode zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="176"/>
        <source>Stripe did not accept the API key. Check the keys in Settings.</source>
        <translation>Stripe hat den API-Schlüssel nicht akzeptiert. Prüfen Sie die Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="179"/>
        <source>The API key does not have permission for this action. Check the key&apos;s permissions in the Stripe Dashboard.</source>
        <translation>Der API-Schlüssel hat keine Berechtigung für diese Aktion. Prüfen Sie die Berechtigungen des Schlüssels im Stripe Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="184"/>
        <source>Stripe had a problem processing the request. Refresh the payment, then try again.</source>
        <translation>Bei Stripe ist ein Problem bei der Verarbeitung der Anfrage aufgetreten. Aktualisieren Sie die Zahlung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="188"/>
        <source>Stripe could not complete the request (%1). Refresh the payment and try again; if it keeps happening, contact support with the request id.</source>
        <translation>Stripe konnte die Anfrage nicht abschließen (%1). Aktualisieren Sie die Zahlung und versuchen Sie es erneut; wenn das wiederholt passiert, wenden Sie sich mit der Anfrage-ID an den Support.</translation>
    </message>
</context>
<context>
    <name>holdfast::backoffice::HoldOperations</name>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="76"/>
        <source>This order has no payment to act on.</source>
        <translation>Diese Bestellung hat keine Zahlung, die bearbeitet werden kann.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="80"/>
        <source>Only a held payment can be captured; this order is %1.</source>
        <translation>Nur eine reservierte Zahlung kann erfasst werden; diese Bestellung ist %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="83"/>
        <source>The amount to capture must be more than zero and no more than the hold.</source>
        <translation>Der zu erfassende Betrag muss größer als null sein und darf die Reservierung nicht übersteigen.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="88"/>
        <source>Only a payment not yet captured can be cancelled; this order is %1.</source>
        <translation>Nur eine noch nicht erfasste Zahlung kann storniert werden; diese Bestellung ist %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="96"/>
        <source>Only a captured payment can be refunded; this order is %1.</source>
        <translation>Nur eine erfasste Zahlung kann erstattet werden; diese Bestellung ist %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="100"/>
        <source>The refund must be more than zero and no more than what remains to refund.</source>
        <translation>Die Rückerstattung muss größer als null sein und darf den noch erstattbaren Betrag nicht übersteigen.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="111"/>
        <source>This order already has an operation in progress.</source>
        <translation>Für diese Bestellung läuft bereits ein Vorgang.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="113"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast ist nicht mit Stripe verbunden.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="328"/>
        <source>Stripe did not confirm the outcome. Nothing will be done twice: try again to find out.</source>
        <translation>Stripe hat das Ergebnis nicht bestätigt. Nichts wird doppelt ausgeführt: Versuchen Sie es erneut, um es herauszufinden.</translation>
    </message>
</context>
<context>
    <name>holdfast::checkout::CheckoutFlow</name>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="98"/>
        <source>This order is already %1.</source>
        <translation>Diese Bestellung ist bereits %1.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="103"/>
        <source>The order has no amount to pay.</source>
        <translation>Die Bestellung hat keinen zu zahlenden Betrag.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="113"/>
        <source>Holdfast is still talking to Stripe about this payment.</source>
        <translation>Holdfast stimmt sich wegen dieser Zahlung noch mit Stripe ab.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="196"/>
        <location filename="../app/checkout/checkoutflow.cpp" line="278"/>
        <source>Stripe sent an answer Holdfast could not read.</source>
        <translation>Stripe hat eine Antwort gesendet, die Holdfast nicht lesen konnte.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="362"/>
        <source>Held %1 — capture by %2</source>
        <translation>%1 reserviert – erfassen bis %2</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="366"/>
        <source>Held %1 — capture within 7 days</source>
        <translation>%1 reserviert – innerhalb von 7 Tagen erfassen</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="370"/>
        <source>Paid %1</source>
        <translation>%1 bezahlt</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="374"/>
        <source>This payment was cancelled.</source>
        <translation>Diese Zahlung wurde storniert.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="383"/>
        <source>Waiting for the customer to choose how to pay…</source>
        <translation>Warten, bis der Kunde eine Zahlungsart wählt…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="387"/>
        <source>Payment is processing…</source>
        <translation>Zahlung wird verarbeitet…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="392"/>
        <source>Waiting for the customer…</source>
        <translation>Warten auf den Kunden…</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyFormat</name>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="41"/>
        <source>Paste the secret or restricted key (it starts with rk_ or sk_).</source>
        <translation>Fügen Sie den geheimen oder eingeschränkten Schlüssel ein (er beginnt mit rk_ oder sk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="45"/>
        <source>The secret key field holds a publishable key (pk_…). Paste the secret or restricted key there.</source>
        <translation>Im Feld für den geheimen Schlüssel steht ein veröffentlichbarer Schlüssel (pk_…). Fügen Sie dort den geheimen oder eingeschränkten Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="50"/>
        <source>The secret key is not in Stripe&apos;s format (rk_test_…, rk_live_…, sk_test_… or sk_live_…). Copy it again from the Stripe Dashboard, without spaces.</source>
        <translation>Der geheime Schlüssel hat nicht das Stripe-Format (rk_test_…, rk_live_…, sk_test_… oder sk_live_…). Kopieren Sie ihn erneut ohne Leerzeichen aus dem Stripe Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="55"/>
        <source>Paste the publishable key (it starts with pk_).</source>
        <translation>Fügen Sie den veröffentlichbaren Schlüssel ein (er beginnt mit pk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="59"/>
        <source>The publishable key is not in Stripe&apos;s format (pk_test_… or pk_live_…).</source>
        <translation>Der veröffentlichbare Schlüssel hat nicht das Stripe-Format (pk_test_… oder pk_live_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="64"/>
        <source>The webhook signing secret is not in Stripe&apos;s format (whsec_…).</source>
        <translation>Das Webhook-Signaturgeheimnis hat nicht das Stripe-Format (whsec_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="69"/>
        <source>The secret key and the publishable key belong to different modes (one test, one live). Use both keys from the same mode.</source>
        <translation>Der geheime und der veröffentlichbare Schlüssel gehören zu verschiedenen Modi (einer Test, einer Live). Verwenden Sie beide Schlüssel aus demselben Modus.</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyStore</name>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="22"/>
        <source>No key is stored here yet.</source>
        <translation>Hier ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="25"/>
        <source>The system keychain is not available, so Stripe keys cannot be stored safely. Holdfast keeps working in training mode. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar, daher können Stripe-Schlüssel nicht sicher gespeichert werden. Holdfast arbeitet weiter im Schulungsmodus. Starten Sie den Schlüsselbund Ihres Desktops (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="31"/>
        <source>The system keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="35"/>
        <source>The system keychain did not answer in time. Try again; if it keeps happening, unlock or restart your keyring.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; wenn das wiederholt passiert, entsperren oder starten Sie Ihren Schlüsselbund neu.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="40"/>
        <source>The system keychain reported an error. The details are in the log.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet. Die Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>holdfast::settings::Settings</name>
    <message>
        <location filename="../app/settings/settings.cpp" line="88"/>
        <source>Enter the database as postgresql://user@host:5432/database.</source>
        <translation>Geben Sie die Datenbank als postgresql://user@host:5432/database ein.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="91"/>
        <source>Leave the password out of the address; Holdfast keeps it in the system keychain.</source>
        <translation>Lassen Sie das Passwort in der Adresse weg; Holdfast speichert es im Systemschlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="111"/>
        <source>Live mode needs the shop&apos;s HTTPS checkout address (for example https://pay.example.com), registered with Stripe.</source>
        <translation>Der Live-Modus benötigt die bei Stripe registrierte HTTPS-Bezahladresse des Shops (zum Beispiel https://pay.example.com).</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="116"/>
        <source>Enter only the checkout address&apos;s origin, like https://pay.example.com.</source>
        <translation>Geben Sie nur den Ursprung der Bezahladresse ein, etwa https://pay.example.com.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="121"/>
        <source>Live mode refuses plain HTTP: Stripe only takes live payments on HTTPS pages.</source>
        <translation>Der Live-Modus lehnt einfaches HTTP ab: Stripe nimmt Live-Zahlungen nur auf HTTPS-Seiten an.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="123"/>
        <source>The checkout address must start with https://.</source>
        <translation>Die Bezahladresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="181"/>
        <source>Choose between 1 and 20 event types.</source>
        <translation>Wählen Sie zwischen 1 und 20 Ereignistypen.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="184"/>
        <source>“%1” is not a Stripe event type.</source>
        <translation>„%1“ ist kein Stripe-Ereignistyp.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="219"/>
        <source>Amazon Pay does not take %1 as a shop&apos;s currency. Choose one of: %2.</source>
        <translation>Amazon Pay akzeptiert %1 nicht als Währung eines Shops. Wählen Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="230"/>
        <source>The settings file names %1 as the shop&apos;s currency, which Amazon Pay does not take. New orders are priced in USD until a manager chooses a currency in Tools → Settings.</source>
        <translation>In der Einstellungsdatei ist %1 als Währung des Shops angegeben, die Amazon Pay nicht akzeptiert. Neue Bestellungen werden in USD berechnet, bis ein Manager unter Werkzeuge → Einstellungen eine Währung wählt.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="271"/>
        <source>The test server address must be http(s)://host:port, with nothing after it.</source>
        <translation>Die Adresse des Testservers muss die Form http(s)://host:port haben, ohne etwas dahinter.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Authorizer</name>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="24"/>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="26"/>
        <source>Only a manager may do this: %1.</source>
        <translation>Nur ein Manager darf das: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="29"/>
        <source>A manager must approve this with their PIN: %1.</source>
        <translation>Ein Manager muss dies mit seiner PIN freigeben: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="34"/>
        <source>Only a manager can approve this.</source>
        <translation>Nur ein Manager kann dies freigeben.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Pin</name>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="24"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="27"/>
        <source>A PIN has digits only.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="37"/>
        <source>This PIN is too easy to guess. Avoid repeated digits and runs like 1234.</source>
        <translation>Diese PIN ist zu leicht zu erraten. Vermeiden Sie wiederholte Ziffern und Folgen wie 1234.</translation>
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
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="108"/>
        <source>Take an order</source>
        <translation>Bestellung aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="110"/>
        <source>Take a payment</source>
        <translation>Zahlung entgegennehmen</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="112"/>
        <source>Capture a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="114"/>
        <source>Cancel a payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="116"/>
        <source>Refund a payment</source>
        <translation>Zahlung erstatten</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="118"/>
        <source>Change Stripe keys</source>
        <translation>Stripe-Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="120"/>
        <source>Change staff accounts</source>
        <translation>Mitarbeiterkonten ändern</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="122"/>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="125"/>
        <source>Switch between training, test and live mode</source>
        <translation>Zwischen Schulungs-, Test- und Live-Modus wechseln</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::StaffAccounts</name>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="33"/>
        <source>Wrong PIN. This account is locked until %1.</source>
        <translation>Falsche PIN. Dieses Konto ist bis %1 gesperrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/staff/staffaccounts.cpp" line="36"/>
        <source>Wrong PIN. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch, bevor das Konto gesperrt wird.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, bevor das Konto gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="40"/>
        <source>Too many wrong PINs. This account is locked until %1.</source>
        <translation>Zu viele falsche PINs. Dieses Konto ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="44"/>
        <location filename="../app/staff/staffaccounts.cpp" line="149"/>
        <location filename="../app/staff/staffaccounts.cpp" line="163"/>
        <location filename="../app/staff/staffaccounts.cpp" line="179"/>
        <source>No such staff account.</source>
        <translation>Dieses Mitarbeiterkonto gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="47"/>
        <source>This staff account is switched off.</source>
        <translation>Dieses Mitarbeiterkonto ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="92"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="98"/>
        <source>A switched-off account has this name. Switch it on again instead.</source>
        <translation>Ein abgeschaltetes Konto trägt diesen Namen. Schalten Sie es stattdessen wieder ein.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="100"/>
        <source>There is already a staff account with this name.</source>
        <translation>Es gibt bereits ein Mitarbeiterkonto mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="112"/>
        <source>A manager already exists. Ask a manager to add new accounts.</source>
        <translation>Es gibt bereits einen Manager. Bitten Sie einen Manager, neue Konten anzulegen.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="127"/>
        <source>The PIN could not be protected (out of memory). Try again.</source>
        <translation>Die PIN konnte nicht geschützt werden (Speicher voll). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="132"/>
        <location filename="../app/staff/staffaccounts.cpp" line="155"/>
        <location filename="../app/staff/staffaccounts.cpp" line="171"/>
        <location filename="../app/staff/staffaccounts.cpp" line="185"/>
        <source>The staff account could not be saved.</source>
        <translation>Das Mitarbeiterkonto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="152"/>
        <location filename="../app/staff/staffaccounts.cpp" line="182"/>
        <source>Holdfast needs at least one manager.</source>
        <translation>Holdfast braucht mindestens einen Manager.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CancelDialog</name>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="17"/>
        <source>Cancel payment for order %1</source>
        <translation>Zahlung für Bestellung %1 stornieren</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="20"/>
        <source>Reason for cancelling</source>
        <translation>Grund für die Stornierung</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="21"/>
        <location filename="../ui/orders/orderdetail.cpp" line="109"/>
        <source>The customer asked to cancel</source>
        <translation>Der Kunde hat um Stornierung gebeten</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="22"/>
        <location filename="../ui/orders/orderdetail.cpp" line="111"/>
        <source>The order was abandoned</source>
        <translation>Die Bestellung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="23"/>
        <location filename="../ui/orders/orderdetail.cpp" line="113"/>
        <source>It is a duplicate of another order</source>
        <translation>Sie ist ein Duplikat einer anderen Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="115"/>
        <source>It looks fraudulent</source>
        <translation>Sie wirkt betrügerisch</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="26"/>
        <source>&amp;Yes, release the %1 held. The customer is not charged.</source>
        <translation>&amp;Ja, die reservierten %1 freigeben. Dem Kunden wird nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="27"/>
        <source>Confirm the cancellation</source>
        <translation>Stornierung bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="28"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancel payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="37"/>
        <source>Tick the confirmation to cancel this payment.</source>
        <translation>Setzen Sie das Häkchen bei der Bestätigung, um diese Zahlung zu stornieren.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="48"/>
        <source>Cancelled · %1 released to the customer</source>
        <translation>Storniert · %1 für den Kunden freigegeben</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CaptureDialog</name>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="16"/>
        <source>Capture payment for order %1</source>
        <translation>Zahlung für Bestellung %1 erfassen</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="19"/>
        <source>Amount to capture</source>
        <translation>Zu erfassender Betrag</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="23"/>
        <source>What will be captured and released</source>
        <translation>Was erfasst und was freigegeben wird</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="24"/>
        <source>Held:</source>
        <translation>Reserviert:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="25"/>
        <source>&amp;Amount to capture:</source>
        <translation>Zu erfassender &amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capturing…</source>
        <translation>Wird erfasst…</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="43"/>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="47"/>
        <source>You can capture at most the %1 held.</source>
        <translation>Sie können höchstens die reservierten %1 erfassen.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="63"/>
        <source>Capture %1 · release %2</source>
        <translation>%1 erfassen · %2 freigeben</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="64"/>
        <source>Capture %1 · nothing released</source>
        <translation>%1 erfassen · nichts freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="82"/>
        <source>Captured %1 · released %2</source>
        <translation>%1 erfasst · %2 freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="83"/>
        <source>Captured %1</source>
        <translation>%1 erfasst</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="37"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="39"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="42"/>
        <source>Take payment — order %1</source>
        <translation>Zahlung entgegennehmen – Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="44"/>
        <source>Order %1 · %2</source>
        <translation>Bestellung %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="55"/>
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="73"/>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="75"/>
        <source>Send by &amp;email…</source>
        <translation>Per E-&amp;Mail senden…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="125"/>
        <source>Your payment for order %1</source>
        <translation>Ihre Zahlung für Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="126"/>
        <source>Please approve your payment here: %1</source>
        <translation>Bitte bestätigen Sie Ihre Zahlung hier: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="133"/>
        <source>Stripe did not answer clearly — checking…</source>
        <translation>Stripe hat nicht eindeutig geantwortet – wird geprüft…</translation>
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
        <translation>Zahlung wird bei Stripe geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="161"/>
        <source>Preparing the payment…</source>
        <translation>Zahlung wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="183"/>
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="186"/>
        <source>The checkout page could not be shown.</source>
        <translation>Die Bezahlseite konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="207"/>
        <source>Waiting for the customer… %1:%2 left</source>
        <translation>Warten auf den Kunden… noch %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="252"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>An das &amp;Telefon des Kunden senden</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="253"/>
        <source>Pay on &amp;this screen</source>
        <translation>Auf &amp;diesem Bildschirm bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutView</name>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="22"/>
        <source>Payment form</source>
        <translation>Zahlungsformular</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="76"/>
        <source>Sign in to pay</source>
        <translation>Zum Bezahlen anmelden</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesModel</name>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="86"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="88"/>
        <source>No response possible</source>
        <translation>Keine Antwort möglich</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="96"/>
        <source>%1 (passed)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesmodel.cpp" line="97"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="121"/>
        <source>Respond by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="123"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="125"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="127"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="129"/>
        <source>Reason</source>
        <translation>Grund</translation>
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
        <translation>Bestellung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="30"/>
        <source>Answer in Stripe &amp;Dashboard</source>
        <translation>Im Stripe Dashboard &amp;beantworten</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="34"/>
        <source>Disputes</source>
        <translation>Zahlungsanfechtungen</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="36"/>
        <source>Disputes, soonest deadline first</source>
        <translation>Zahlungsanfechtungen, früheste Frist zuerst</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="72"/>
        <source>Dispute actions</source>
        <translation>Aktionen für Zahlungsanfechtungen</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="84"/>
        <source>No disputes. If a customer&apos;s bank questions a payment, it appears here with the date by which the shop must answer.</source>
        <translation>Keine Zahlungsanfechtungen. Wenn die Bank eines Kunden eine Zahlung anficht, erscheint sie hier mit dem Datum, bis zu dem der Shop antworten muss.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="134"/>
        <source>Disputes could not be read: %1</source>
        <translation>Zahlungsanfechtungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesview.cpp" line="136"/>
        <source>%n dispute(s) need the shop&apos;s answer. Send evidence in Stripe&apos;s Dashboard before the date shown, or the money stays with the customer.</source>
        <translation>
            <numerusform>%n Zahlungsanfechtung wartet auf die Antwort des Shops. Reichen Sie vor dem angezeigten Datum Nachweise im Stripe Dashboard ein, sonst bleibt das Geld beim Kunden.</numerusform>
            <numerusform>%n Zahlungsanfechtungen warten auf die Antwort des Shops. Reichen Sie vor dem angezeigten Datum Nachweise im Stripe Dashboard ein, sonst bleibt das Geld beim Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="147"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Zahlungen aus dem Schulungsmodus gibt es im Stripe Dashboard nicht.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="148"/>
        <source>Opens the dispute in Stripe&apos;s Dashboard, where the shop sends its evidence.</source>
        <translation>Öffnet die Zahlungsanfechtung im Stripe Dashboard, wo der Shop seine Nachweise einreicht.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EndOfDayModel</name>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="58"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="59"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endofday/endofdaymodel.cpp" line="60"/>
        <source>Disputes: %n opened</source>
        <translation>
            <numerusform>Zahlungsanfechtungen: %n eröffnet</numerusform>
            <numerusform>Zahlungsanfechtungen: %n eröffnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="61"/>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
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
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="96"/>
        <source>Authorised</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="98"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="100"/>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="102"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="104"/>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="106"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="113"/>
        <source>End of day %1</source>
        <translation>Tagesabschluss %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EndOfDayView</name>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="35"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="39"/>
        <source>End of day</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="41"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="48"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="63"/>
        <source>Totals for the day</source>
        <translation>Tagessummen</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="99"/>
        <source>Orders in %1 are totalled apart, each in its own currency.</source>
        <translation>Bestellungen in %1 werden getrennt summiert, jede in ihrer eigenen Währung.</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="109"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="112"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>Export end of day</source>
        <translation>Tagesabschluss exportieren</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EventsPage</name>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="36"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="37"/>
        <source>Last event received</source>
        <translation>Zuletzt empfangenes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="38"/>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="39"/>
        <source>Events waiting</source>
        <translation>Wartende Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="40"/>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="41"/>
        <source>Webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="42"/>
        <source>Last reconciliation</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="45"/>
        <source>Last event received:</source>
        <translation>Zuletzt empfangenes Ereignis:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="46"/>
        <source>Last failure:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="47"/>
        <source>Events waiting:</source>
        <translation>Wartende Ereignisse:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="48"/>
        <source>Polling:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="49"/>
        <source>Webhook receiver:</source>
        <translation>Webhook-Empfänger:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="50"/>
        <source>Reconciliation:</source>
        <translation>Abgleich:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="52"/>
        <source>Reconcile now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="54"/>
        <source>Reconcile orders with Stripe now</source>
        <translation>Bestellungen jetzt mit Stripe abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="57"/>
        <location filename="../ui/eventsui/eventspage.cpp" line="105"/>
        <source>Reconciling…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="60"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="68"/>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="84"/>
        <source>Not polling on this till</source>
        <translation>Auf dieser Kasse keine Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="85"/>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="101"/>
        <source>Reconciling… %n payment(s) checked so far</source>
        <translation>
            <numerusform>Wird abgeglichen… bisher %n Zahlung geprüft</numerusform>
            <numerusform>Wird abgeglichen… bisher %n Zahlungen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="113"/>
        <source>Polling Stripe every %n second(s); waiting for the first answer</source>
        <translation>
            <numerusform>Abfrage von Stripe jede Sekunde; erste Antwort steht noch aus</numerusform>
            <numerusform>Abfrage von Stripe alle %n Sekunden; erste Antwort steht noch aus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="115"/>
        <source>Starts after sign-in</source>
        <translation>Startet nach der Anmeldung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="117"/>
        <source>Polling Stripe every %n second(s)</source>
        <translation>
            <numerusform>Abfrage von Stripe jede Sekunde</numerusform>
            <numerusform>Abfrage von Stripe alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="119"/>
        <source>last answer %1, %n new event(s)</source>
        <translation>
            <numerusform>letzte Antwort %1, %n neues Ereignis</numerusform>
            <numerusform>letzte Antwort %1, %n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="125"/>
        <source>Polling failed: %1. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Abfrage fehlgeschlagen: %1. Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Abfrage fehlgeschlagen: %1. Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="135"/>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="142"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="147"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="148"/>
        <source>%n event(s) waiting to be applied</source>
        <translation>
            <numerusform>%n Ereignis wartet auf Anwendung</numerusform>
            <numerusform>%n Ereignisse warten auf Anwendung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="151"/>
        <source>Receiving webhooks at %1 (last heard from %2)</source>
        <translation>Empfängt Webhooks unter %1 (zuletzt gemeldet: %2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="155"/>
        <source>Not heard from since %1: check holdfast-webhooks on the server</source>
        <translation>Seit %1 keine Meldung: Prüfen Sie holdfast-webhooks auf dem Server</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="158"/>
        <source>None reports to this database; this till polls Stripe for events</source>
        <translation>Kein Empfänger meldet sich bei dieser Datenbank; diese Kasse fragt Ereignisse bei Stripe ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="166"/>
        <source>%n payment(s) checked</source>
        <translation>
            <numerusform>%n Zahlung geprüft</numerusform>
            <numerusform>%n Zahlungen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="167"/>
        <source>%n order(s) repaired</source>
        <translation>
            <numerusform>%n Bestellung repariert</numerusform>
            <numerusform>%n Bestellungen repariert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="168"/>
        <source>%n unknown to Holdfast</source>
        <translation>
            <numerusform>%n Holdfast unbekannt</numerusform>
            <numerusform>%n Holdfast unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="169"/>
        <source>Stopped early: %1 (%2)</source>
        <translation>Vorzeitig beendet: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstManagerDialog</name>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="22"/>
        <source>Create the first manager</source>
        <translation>Ersten Manager anlegen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="25"/>
        <source>Welcome to Holdfast. Create the manager account first: managers capture, cancel and refund payments, and manage staff, keys and settings. Holdfast starts in training mode — no real money.</source>
        <translation>Willkommen bei Holdfast. Legen Sie zuerst das Manager-Konto an: Manager erfassen, stornieren und erstatten Zahlungen und verwalten Mitarbeiter, Schlüssel und Einstellungen. Holdfast startet im Schulungsmodus – kein echtes Geld.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="32"/>
        <source>Manager name</source>
        <translation>Name des Managers</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="33"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="34"/>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="35"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="38"/>
        <source>Message</source>
        <translation>Meldung</translation>
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
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="46"/>
        <source>&amp;Create manager</source>
        <translation>Manager &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="62"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldModel</name>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="146"/>
        <source>Expired — hold lapsed</source>
        <translation>Abgelaufen – Reservierung verfallen</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="181"/>
        <source>Capture before %1</source>
        <translation>Vor %1 erfassen</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="193"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="195"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="197"/>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="199"/>
        <source>Capture by</source>
        <translation>Erfassen bis</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="201"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="203"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldView</name>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="35"/>
        <source>Held payments</source>
        <translation>Reservierte Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="39"/>
        <source>Held payments, soonest deadline first</source>
        <translation>Reservierte Zahlungen, früheste Frist zuerst</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="58"/>
        <source>Held payment actions</source>
        <translation>Aktionen für reservierte Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="65"/>
        <source>Holds due soon</source>
        <translation>Bald fällige Reservierungen</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="75"/>
        <source>No payments are waiting to be captured. A payment taken with Hold for manager capture appears here as soon as the customer approves it.</source>
        <translation>Keine Zahlungen warten auf Erfassung. Eine mit „Reservieren zur Erfassung durch Manager“ entgegengenommene Zahlung erscheint hier, sobald der Kunde sie bestätigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/heldview.cpp" line="88"/>
        <location filename="../ui/holds/heldview.cpp" line="94"/>
        <source>%n held payment(s) must be captured within 24 hours or they lapse.</source>
        <translation>
            <numerusform>%n reservierte Zahlung muss innerhalb von 24 Stunden erfasst werden, sonst verfällt sie.</numerusform>
            <numerusform>%n reservierte Zahlungen müssen innerhalb von 24 Stunden erfasst werden, sonst verfallen sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldActions</name>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="23"/>
        <source>&amp;Capture…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="24"/>
        <source>Cance&amp;l payment…</source>
        <translation>Zahlung s&amp;tornieren…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="25"/>
        <source>&amp;Refund…</source>
        <translation>E&amp;rstatten…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="26"/>
        <source>Take &amp;payment…</source>
        <translation>&amp;Zahlung entgegennehmen…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="30"/>
        <source>Take payment for this order (%1)</source>
        <translation>Zahlung für diese Bestellung entgegennehmen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="33"/>
        <source>Capture the held payment (%1)</source>
        <translation>Reservierte Zahlung erfassen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="36"/>
        <source>Cancel the payment and release the hold (%1)</source>
        <translation>Zahlung stornieren und Reservierung freigeben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="39"/>
        <location filename="../ui/holds/holdactions.cpp" line="83"/>
        <source>Refund a captured payment (%1)</source>
        <translation>Erfasste Zahlung erstatten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="81"/>
        <source>The customer&apos;s bank has taken this payment back in a dispute; answer the dispute in Stripe&apos;s Dashboard instead of refunding.</source>
        <translation>Die Bank des Kunden hat diese Zahlung in einer Zahlungsanfechtung zurückgeholt; beantworten Sie die Anfechtung im Stripe Dashboard, statt zu erstatten.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldAlerts</name>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="31"/>
        <source>Capture now: the hold for order %1 (%2, %3) lapses soon — %4.</source>
        <translation>Jetzt erfassen: Die Reservierung für Bestellung %1 (%2, %3) verfällt bald – %4.</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="32"/>
        <source>Capture soon: the hold for order %1 (%2, %3) lapses in under two days — %4.</source>
        <translation>Bald erfassen: Die Reservierung für Bestellung %1 (%2, %3) verfällt in weniger als zwei Tagen – %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/holdalerts.cpp" line="35"/>
        <source>%n more hold(s) also need capturing.</source>
        <translation>
            <numerusform>%n weitere Reservierung muss ebenfalls erfasst werden.</numerusform>
            <numerusform>%n weitere Reservierungen müssen ebenfalls erfasst werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Dismiss the notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>Sho&amp;w</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84"/>
        <source>Dismiss the alert until the next one</source>
        <translation>Meldung bis zur nächsten ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>Places</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>No orders yet. Press Ctrl+N to take one.</source>
        <translation>Noch keine Bestellungen. Drücken Sie Strg+N, um eine aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Held authorisations</source>
        <translation>Reservierte Autorisierungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>No payments are waiting to be captured.</source>
        <translation>Keine Zahlungen warten auf Erfassung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments from Stripe appear here.</source>
        <translation>Zahlungen von Stripe erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events from Stripe appear here.</source>
        <translation>Ereignisse von Stripe erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputes</source>
        <translation>Zahlungsanfechtungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputed payments appear here.</source>
        <translation>Angefochtene Zahlungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="129"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New order</source>
        <translation>&amp;Neue Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;About Holdfast</source>
        <translation>&amp;Über Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>About Holdfast</source>
        <translation>Über Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="200"/>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Point of sale and back office for shops that take payment through Stripe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Kasse und Backoffice für Geschäfte, die Zahlungen über Stripe annehmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="213"/>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="216"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="240"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
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
        <translation>(SCHULUNGSMODUS: kein echtes Geld)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>(test mode)</source>
        <translation>(Testmodus)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ManagerApprovalDialog</name>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="33"/>
        <source>Manager approval</source>
        <translation>Freigabe durch Manager</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="42"/>
        <source>Approving manager</source>
        <translation>Freigebender Manager</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="46"/>
        <source>Manager PIN</source>
        <translation>Manager-PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="51"/>
        <source>Approval message</source>
        <translation>Freigabemeldung</translation>
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
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="72"/>
        <source>There is no manager account to approve this.</source>
        <translation>Es gibt kein Manager-Konto, das dies freigeben kann.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeBanner</name>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="20"/>
        <source>TRAINING MODE — practice only, no real money moves</source>
        <translation>SCHULUNGSMODUS – nur zum Üben, es fließt kein echtes Geld</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="25"/>
        <source>TEST MODE — Stripe test keys, no real money moves</source>
        <translation>TESTMODUS – Stripe-Testschlüssel, es fließt kein echtes Geld</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="30"/>
        <source>LIVE — real payments</source>
        <translation>LIVE – echte Zahlungen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::NewOrderDialog</name>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="27"/>
        <source>Hold for &amp;manager capture</source>
        <translation>&amp;Reservieren zur Erfassung durch Manager</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="29"/>
        <source>Pay on &amp;this screen</source>
        <translation>Auf &amp;diesem Bildschirm bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>An das &amp;Telefon des Kunden senden</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="33"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="43"/>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="44"/>
        <source>Customer phone</source>
        <translation>Telefon des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="45"/>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="47"/>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="51"/>
        <source>The payment is authorised now and captured by a manager within 7 days.</source>
        <translation>Die Zahlung wird jetzt autorisiert und innerhalb von 7 Tagen von einem Manager erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="60"/>
        <source>The customer pays here, in the checkout window (Enter)</source>
        <translation>Der Kunde bezahlt hier im Bezahlfenster (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="61"/>
        <source>The customer gets a link or QR code to approve on their own phone (Alt+P)</source>
        <translation>Der Kunde erhält einen Link oder QR-Code zur Bestätigung auf dem eigenen Telefon (Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="65"/>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="66"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="82"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="106"/>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="106"/>
        <source>Total —</source>
        <translation>Summe —</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="120"/>
        <source>Enter the customer&apos;s name or phone number.</source>
        <translation>Geben Sie den Namen oder die Telefonnummer des Kunden ein.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="123"/>
        <source>This email address does not look right.</source>
        <translation>Diese E-Mail-Adresse scheint nicht korrekt zu sein.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="139"/>
        <source>The total is too large.</source>
        <translation>Die Summe ist zu hoch.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OperationDialog</name>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="37"/>
        <source>Order %1 · %2</source>
        <translation>Bestellung %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="49"/>
        <source>Approving manager</source>
        <translation>Freigebender Manager</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="52"/>
        <source>Approving &amp;manager:</source>
        <translation>Freigebender &amp;Manager:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Manager PIN</source>
        <translation>Manager-PIN</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Your &amp;PIN:</source>
        <translation>Ihre &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Manager &amp;PIN:</source>
        <translation>Manager-&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="59"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="68"/>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="78"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="150"/>
        <source>Enter the manager&apos;s PIN.</source>
        <translation>Geben Sie die PIN des Managers ein.</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="183"/>
        <source>Order is now: %1</source>
        <translation>Bestellung ist jetzt: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderDetail</name>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="89"/>
        <source>Stripe: payment created</source>
        <translation>Stripe: Zahlung angelegt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="90"/>
        <source>Stripe: payment processing</source>
        <translation>Stripe: Zahlung in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="92"/>
        <source>Stripe: waiting for the customer</source>
        <translation>Stripe: Warten auf den Kunden</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="94"/>
        <source>Stripe: payment held</source>
        <translation>Stripe: Zahlung reserviert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="95"/>
        <source>Stripe: payment succeeded</source>
        <translation>Stripe: Zahlung erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="96"/>
        <source>Stripe: payment failed</source>
        <translation>Stripe: Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="97"/>
        <source>Stripe: payment cancelled</source>
        <translation>Stripe: Zahlung storniert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="140"/>
        <source>Order taken</source>
        <translation>Bestellung aufgenommen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="141"/>
        <source>Order changed</source>
        <translation>Bestellung geändert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="142"/>
        <source>State changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="143"/>
        <source>Updated from Stripe</source>
        <translation>Von Stripe aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="144"/>
        <source>Payment started</source>
        <translation>Zahlung begonnen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="145"/>
        <source>Payment confirmed</source>
        <translation>Zahlung bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="146"/>
        <source>Capture</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="147"/>
        <source>Cancel</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="148"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="149"/>
        <source>Refund failed: the money stays with the shop</source>
        <translation>Erstattung fehlgeschlagen: das Geld bleibt beim Shop</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="150"/>
        <source>Dispute opened by the customer&apos;s bank</source>
        <translation>Zahlungsanfechtung durch die Bank des Kunden eröffnet</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="151"/>
        <source>Dispute updated</source>
        <translation>Zahlungsanfechtung aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="152"/>
        <source>Dispute won: the money is back with the shop</source>
        <translation>Zahlungsanfechtung gewonnen: das Geld ist zurück beim Shop</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="153"/>
        <source>Dispute lost: the money stays with the customer</source>
        <translation>Zahlungsanfechtung verloren: das Geld bleibt beim Kunden</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="154"/>
        <source>Inquiry closed</source>
        <translation>Anfrage abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="155"/>
        <source>After-payment action queued</source>
        <translation>Aktion nach der Zahlung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="156"/>
        <source>After-payment action started</source>
        <translation>Aktion nach der Zahlung gestartet</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="157"/>
        <source>After-payment action ran</source>
        <translation>Aktion nach der Zahlung ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="158"/>
        <source>After-payment action skipped</source>
        <translation>Aktion nach der Zahlung übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="159"/>
        <source>After-payment action interrupted</source>
        <translation>Aktion nach der Zahlung unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="168"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="169"/>
        <source>sent to Stripe</source>
        <translation>an Stripe gesendet</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="170"/>
        <location filename="../ui/orders/orderdetail.cpp" line="177"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="171"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="172"/>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="173"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="174"/>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="194"/>
        <source>Payment attempts</source>
        <translation>Zahlungsversuche</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Order timeline</source>
        <translation>Verlauf der Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="224"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="226"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="228"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="243"/>
        <source>Select an order to see it here.</source>
        <translation>Wählen Sie eine Bestellung aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="248"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</source>
        <translation>&lt;b&gt;Bestellung %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="273"/>
        <source>%1 (%2 pending)</source>
        <translation>%1 (davon %2 ausstehend)</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="284"/>
        <location filename="../ui/orders/orderdetail.cpp" line="285"/>
        <source>Stripe payment %1</source>
        <translation>Stripe-Zahlung %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="316"/>
        <source>%1, approved by %2</source>
        <translation>%1, freigegeben von %2</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="337"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="341"/>
        <source>Send evidence in Stripe&apos;s Dashboard by %1.</source>
        <translation>Reichen Sie bis %1 Nachweise im Stripe Dashboard ein.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="343"/>
        <source>Evidence sent; the bank decides.</source>
        <translation>Nachweise eingereicht; die Bank entscheidet.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderLinesEditor</name>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="21"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="22"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="23"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="33"/>
        <source>Line %1 description</source>
        <translation>Position %1 Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="35"/>
        <source>Line %1 quantity</source>
        <translation>Position %1 Menge</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="38"/>
        <source>Line %1 unit price</source>
        <translation>Position %1 Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="111"/>
        <source>Describe what is being sold on every line.</source>
        <translation>Beschreiben Sie in jeder Position, was verkauft wird.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="117"/>
        <source>A line needs a price above zero.</source>
        <translation>Eine Position braucht einen Preis größer als null.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="123"/>
        <source>Add at least one line with a price.</source>
        <translation>Fügen Sie mindestens eine Position mit Preis hinzu.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersModel</name>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="16"/>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="18"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="22"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="24"/>
        <source>Waiting for the customer</source>
        <translation>Warten auf den Kunden</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="26"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="27"/>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="33"/>
        <source>Dispute lost</source>
        <translation>Anfechtung verloren</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="35"/>
        <source>Dispute won</source>
        <translation>Anfechtung gewonnen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="37"/>
        <source>Inquiry closed</source>
        <translation>Anfrage abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="39"/>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="40"/>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="250"/>
        <source>Order</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="252"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="254"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="256"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="258"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="260"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="262"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersView</name>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="38"/>
        <source>&amp;Find order</source>
        <translation>Bestellung &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="44"/>
        <location filename="../ui/orders/ordersview.cpp" line="75"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="46"/>
        <source>Search orders</source>
        <translation>Bestellungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="47"/>
        <source>Number, name, phone, email or pi_…</source>
        <translation>Nummer, Name, Telefon, E-Mail oder pi_…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="50"/>
        <source>Show orders in state</source>
        <translation>Bestellungen mit Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="51"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="55"/>
        <source>Refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="57"/>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="59"/>
        <source>Show orders created</source>
        <translation>Bestellungen anzeigen, erstellt</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="60"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="61"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="185"/>
        <source>No order matches. Clear the search or the filters to see every order.</source>
        <translation>Keine passende Bestellung. Leeren Sie die Suche oder setzen Sie die Filter zurück, um alle Bestellungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="186"/>
        <source>No orders yet. Take the first with New order (Ctrl+N).</source>
        <translation>Noch keine Bestellungen. Nehmen Sie die erste mit „Neue Bestellung“ (Strg+N) auf.</translation>
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
        <translation>Keine Bestellung kennt diese Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="107"/>
        <source>Order says %1, Stripe says %2</source>
        <translation>Bestellung: %1, Stripe: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="120"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="122"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="124"/>
        <source>Stripe status</source>
        <translation>Stripe-Status</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="126"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="128"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="130"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentsView</name>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="30"/>
        <source>&amp;Sync from Stripe</source>
        <translation>Von Stripe &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="31"/>
        <source>&amp;Reconcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="32"/>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Im Stripe Dashboard ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="35"/>
        <source>Payments at Stripe</source>
        <translation>Zahlungen bei Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="40"/>
        <source>Repair the selected order from Stripe (%1)</source>
        <translation>Ausgewählte Bestellung anhand von Stripe reparieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="50"/>
        <source>Payment actions</source>
        <translation>Zahlungsaktionen</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="56"/>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="60"/>
        <source>Payments at Stripe, newest first</source>
        <translation>Zahlungen bei Stripe, neueste zuerst</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/paymentsview.cpp" line="86"/>
        <source>%n payment(s) at Stripe, %1 need attention.</source>
        <translation>
            <numerusform>%n Zahlung bei Stripe, davon %1 mit Handlungsbedarf.</numerusform>
            <numerusform>%n Zahlungen bei Stripe, davon %1 mit Handlungsbedarf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="88"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="95"/>
        <source>Order %1 now matches Stripe.</source>
        <translation>Bestellung %1 stimmt jetzt mit Stripe überein.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="96"/>
        <source>Could not reconcile: %1</source>
        <translation>Abgleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="123"/>
        <source>Reading payments from Stripe…</source>
        <translation>Zahlungen werden von Stripe gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="139"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Zahlungen aus dem Schulungsmodus gibt es im Stripe Dashboard nicht.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="140"/>
        <source>Opens the payment in Stripe&apos;s Dashboard (%1)</source>
        <translation>Öffnet die Zahlung im Stripe Dashboard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="151"/>
        <source>Reconciling…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinLockScreen</name>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="18"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="20"/>
        <source>Holdfast is locked. Sign in with your PIN.</source>
        <translation>Holdfast ist gesperrt. Melden Sie sich mit Ihrer PIN an.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="28"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="29"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="32"/>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="34"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
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
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="63"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="74"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="76"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="78"/>
        <source>Created at Stripe</source>
        <translation>Bei Stripe erstellt</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="80"/>
        <source>Received</source>
        <translation>Empfangen</translation>
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
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="19"/>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="23"/>
        <source>Reason for the refund</source>
        <translation>Grund für die Rückerstattung</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="119"/>
        <source>The customer asked for it</source>
        <translation>Auf Wunsch des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="25"/>
        <location filename="../ui/orders/orderdetail.cpp" line="121"/>
        <source>Charged twice (duplicate)</source>
        <translation>Doppelt belastet (Duplikat)</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="26"/>
        <location filename="../ui/orders/orderdetail.cpp" line="123"/>
        <source>Fraudulent payment</source>
        <translation>Betrügerische Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="27"/>
        <source>Captured:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="29"/>
        <source>Already refunded:</source>
        <translation>Bereits erstattet:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="30"/>
        <source>&amp;Amount to refund:</source>
        <translation>Zu erstattender &amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="31"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refunding…</source>
        <translation>Wird erstattet…</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="46"/>
        <source>Refund more than zero and at most the %1 that remains.</source>
        <translation>Erstatten Sie mehr als null und höchstens die verbleibenden %1.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="59"/>
        <source>Refund of %1 is pending: Amazon Pay confirms refunds later; the order shows it when it settles.</source>
        <translation>Rückerstattung von %1 ausstehend: Amazon Pay bestätigt Rückerstattungen später; die Bestellung zeigt sie nach Abschluss an.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="61"/>
        <source>Refunded %1</source>
        <translation>%1 erstattet</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="43"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="44"/>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="45"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="68"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Name des Shops:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>US dollar</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Pound sterling</source>
        <translation>Pfund Sterling</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Swiss franc</source>
        <translation>Schweizer Franken</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Danish krone</source>
        <translation>Dänische Krone</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Norwegian krone</source>
        <translation>Norwegische Krone</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="76"/>
        <source>Swedish krona</source>
        <translation>Schwedische Krone</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="79"/>
        <source>Shop &amp;currency:</source>
        <translation>&amp;Währung des Shops:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="80"/>
        <source>New orders are priced in this currency. Saved orders keep their own. It must be your Stripe account&apos;s currency for Amazon Pay.</source>
        <translation>Neue Bestellungen werden in dieser Währung berechnet. Gespeicherte Bestellungen behalten ihre eigene. Für Amazon Pay muss es die Währung Ihres Stripe-Kontos sein.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="91"/>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="99"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="100"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="101"/>
        <source>Lock when &amp;idle after:</source>
        <translation>Bei &amp;Inaktivität sperren nach:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="103"/>
        <source>&amp;Hold new payments for a manager to capture</source>
        <translation>Neue Zahlungen zur Erfassung durch einen Manager &amp;reservieren</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="105"/>
        <source>Amazon Pay keeps a held payment for 7 days; capture it when the goods ship.</source>
        <translation>Amazon Pay hält eine reservierte Zahlung 7 Tage lang; erfassen Sie sie, wenn die Ware versandt wird.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="117"/>
        <source>Training (practice, no real money)</source>
        <translation>Schulung (Übung, kein echtes Geld)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="118"/>
        <source>Test (Stripe test mode)</source>
        <translation>Test (Stripe-Testmodus)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="119"/>
        <source>Live (real money)</source>
        <translation>Live (echtes Geld)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="120"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="128"/>
        <source>https://pay.example-shop.com</source>
        <translation>https://pay.example-shop.com</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="129"/>
        <source>Checkout &amp;origin:</source>
        <translation>Bezahl-&amp;Ursprung:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="132"/>
        <source>The HTTPS address the checkout page is shown under in test and live mode. Register its domain with Stripe for Amazon Pay (see the checkout guide).</source>
        <translation>Die HTTPS-Adresse, unter der die Bezahlseite im Test- und Live-Modus angezeigt wird. Registrieren Sie ihre Domain für Amazon Pay bei Stripe (siehe Anleitung zum Bezahlvorgang).</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="147"/>
        <source>&amp;This till only (a file on this computer)</source>
        <translation>Nur diese &amp;Kasse (eine Datei auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="149"/>
        <source>&amp;Shared by several tills (PostgreSQL server)</source>
        <translation>&amp;Gemeinsam für mehrere Kassen (PostgreSQL-Server)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="158"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="162"/>
        <source>PostgreSQL password, kept in the system keychain</source>
        <translation>PostgreSQL-Passwort, im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="163"/>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (im Systemschlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="164"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="168"/>
        <source>The password is kept in the system keychain, never in this address. Orders are not copied between databases.</source>
        <translation>Das Passwort wird im Systemschlüsselbund gespeichert, nie in dieser Adresse. Bestellungen werden nicht zwischen Datenbanken kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="203"/>
        <source>Payments go to Holdfast&apos;s built-in practice server. Nothing is charged.</source>
        <translation>Zahlungen gehen an den integrierten Übungsserver von Holdfast. Es wird nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="206"/>
        <source>Payments go to Stripe&apos;s test mode with your test keys. Nothing is charged.</source>
        <translation>Zahlungen gehen mit Ihren Testschlüsseln an den Testmodus von Stripe. Es wird nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="209"/>
        <source>Payments move real money with your live keys. Live mode needs an HTTPS checkout origin.</source>
        <translation>Zahlungen bewegen mit Ihren Live-Schlüsseln echtes Geld. Der Live-Modus benötigt einen Bezahl-Ursprung mit HTTPS.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="245"/>
        <source>Enter an address such as https://pay.example-shop.com.</source>
        <translation>Geben Sie eine Adresse wie https://pay.example-shop.com ein.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="120"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="122"/>
        <source>Staff take orders and payments. Managers also capture, cancel and refund, and manage staff, keys and settings. Every change here needs a manager&apos;s PIN.</source>
        <translation>Mitarbeiter nehmen Bestellungen und Zahlungen an. Manager erfassen, stornieren und erstatten außerdem und verwalten Mitarbeiter, Schlüssel und Einstellungen. Jede Änderung hier braucht die PIN eines Managers.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="130"/>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="140"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="144"/>
        <source>Reset &amp;PIN…</source>
        <translation>&amp;PIN zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="168"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="198"/>
        <source>Switched off</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="200"/>
        <source>Locked until %1 after wrong PINs</source>
        <translation>Nach falschen PINs gesperrt bis %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="203"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="206"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;staff</source>
        <translation>Zum &amp;Mitarbeiter machen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;manager</source>
        <translation>Zum Ma&amp;nager machen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;off</source>
        <translation>&amp;Abschalten</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="256"/>
        <source>Nothing was changed: no manager approved it.</source>
        <translation>Nichts wurde geändert: Kein Manager hat zugestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="278"/>
        <source>Add %1 as %2</source>
        <translation>%1 als %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="284"/>
        <source>%1 can now sign in.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="305"/>
        <source>Reset the PIN of %1</source>
        <translation>PIN von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="309"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 hat eine neue PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="322"/>
        <source>Make %1 %2</source>
        <translation>%1 wird %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="326"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="335"/>
        <source>Switch on the account of %1</source>
        <translation>Konto von %1 einschalten</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="336"/>
        <source>Switch off the account of %1</source>
        <translation>Konto von %1 abschalten</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="340"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="341"/>
        <source>%1 can no longer sign in. Their orders and history stay.</source>
        <translation>%1 kann sich nicht mehr anmelden. Bestellungen und Verlauf bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffMemberDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Add a staff account</source>
        <translation>Mitarbeiterkonto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Reset the PIN of %1</source>
        <translation>PIN von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="44"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="48"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="50"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="51"/>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>New &amp;PIN:</source>
        <translation>Neue &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="53"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="56"/>
        <source>A PIN has 4 to 12 digits. The person can change it later only through a manager.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern. Ändern lässt sie sich später nur über einen Manager.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="58"/>
        <source>A PIN has 4 to 12 digits. A new PIN also lifts a lock after wrong PINs.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern. Eine neue PIN hebt auch eine Sperre nach falschen PINs auf.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="61"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Set PIN</source>
        <translation>PIN &amp;setzen</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="85"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="90"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffNames</name>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="49"/>
        <source>Stripe events</source>
        <translation>Stripe-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="51"/>
        <source>Reconciliation with Stripe</source>
        <translation>Abgleich mit Stripe</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="53"/>
        <source>Webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
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
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="40"/>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="48"/>
        <source>Recommended: create a restricted key (rk_…) in the Stripe Dashboard with only the permissions Holdfast needs — PaymentIntents write, Refunds write, Charges read, Events read and Webhook endpoints write. The keys are stored in the system keychain only.</source>
        <translation>Empfohlen: Erstellen Sie im Stripe Dashboard einen eingeschränkten Schlüssel (rk_…) nur mit den Berechtigungen, die Holdfast benötigt – PaymentIntents schreiben, Refunds schreiben, Charges lesen, Events lesen und Webhook endpoints schreiben. Die Schlüssel werden ausschließlich im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="56"/>
        <source>Secret or restricted key</source>
        <translation>Geheimer oder eingeschränkter Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="57"/>
        <source>rk_test_… or rk_live_… (or sk_…)</source>
        <translation>rk_test_… oder rk_live_… (oder sk_…)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>Publishable key</source>
        <translation>Veröffentlichbarer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>pk_test_… or pk_live_…</source>
        <translation>pk_test_… oder pk_live_…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="61"/>
        <source>Webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="62"/>
        <source>whsec_… (only for the webhook receiver)</source>
        <translation>whsec_… (nur für den Webhook-Empfänger)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="65"/>
        <source>&amp;Secret or restricted key:</source>
        <translation>&amp;Geheimer oder eingeschränkter Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="66"/>
        <source>&amp;Publishable key:</source>
        <translation>&amp;Veröffentlichbarer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="67"/>
        <source>&amp;Webhook signing secret:</source>
        <translation>&amp;Webhook-Signaturgeheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="72"/>
        <source>Key check</source>
        <translation>Schlüsselprüfung</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="76"/>
        <source>Stripe account check</source>
        <translation>Prüfung des Stripe-Kontos</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="78"/>
        <source>S&amp;tore keys</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="80"/>
        <source>&amp;Check with Stripe</source>
        <translation>&amp;Bei Stripe prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="82"/>
        <source>Remove t&amp;est keys…</source>
        <translation>T&amp;estschlüssel entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="84"/>
        <source>Remove &amp;live keys…</source>
        <translation>&amp;Live-Schlüssel entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="135"/>
        <source>Live keys (restricted key). Ready to store.</source>
        <translation>Live-Schlüssel (eingeschränkter Schlüssel). Bereit zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="136"/>
        <source>Live keys. Ready to store — a restricted key is safer.</source>
        <translation>Live-Schlüssel. Bereit zum Speichern – ein eingeschränkter Schlüssel ist sicherer.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="137"/>
        <source>Test keys (restricted key). Ready to store.</source>
        <translation>Testschlüssel (eingeschränkter Schlüssel). Bereit zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="138"/>
        <source>Test keys. Ready to store — a restricted key is safer.</source>
        <translation>Testschlüssel. Bereit zum Speichern – ein eingeschränkter Schlüssel ist sicherer.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Live keys: not stored.</source>
        <translation>Live-Schlüssel: nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Test keys: not stored.</source>
        <translation>Testschlüssel: nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="174"/>
        <source>Live keys: stored in the system keychain.</source>
        <translation>Live-Schlüssel: im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="175"/>
        <source>Test keys: stored in the system keychain.</source>
        <translation>Testschlüssel: im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="190"/>
        <source>Storing the keys in the system keychain…</source>
        <translation>Schlüssel werden im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="201"/>
        <source>Live keys stored.</source>
        <translation>Live-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="202"/>
        <source>Test keys stored.</source>
        <translation>Testschlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="226"/>
        <source>Live keys removed.</source>
        <translation>Live-Schlüssel entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="227"/>
        <source>Test keys removed.</source>
        <translation>Testschlüssel entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="241"/>
        <source>Checking the key with Stripe…</source>
        <translation>Schlüssel wird bei Stripe geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="247"/>
        <source>Stripe accepted the key: %1</source>
        <translation>Stripe hat den Schlüssel akzeptiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="248"/>
        <source>Stripe did not accept the key: %1</source>
        <translation>Stripe hat den Schlüssel nicht akzeptiert: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TakePaymentDialog</name>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="13"/>
        <source>Hold for &amp;manager capture</source>
        <translation>&amp;Reservieren zur Erfassung durch Manager</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="16"/>
        <source>Take payment — order %1</source>
        <translation>Zahlung entgegennehmen – Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="17"/>
        <source>Order %1 · %2</source>
        <translation>Bestellung %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="27"/>
        <source>Pay on &amp;this screen</source>
        <translation>Auf &amp;diesem Bildschirm bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>An das &amp;Telefon des Kunden senden</translation>
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
        <translation>Die Bestelldatenbank kann nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="257"/>
        <source>The training sandbox cannot start: %1</source>
        <translation>Die Schulungs-Sandbox kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="369"/>
        <source>sandbox on %1</source>
        <translation>Sandbox auf %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="371"/>
        <source>%1 · DB: %2</source>
        <translation>%1 · DB: %2</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="372"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="373"/>
        <source>shared PostgreSQL</source>
        <translation>gemeinsame PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="314"/>
        <source>Holdfast — sign in</source>
        <translation>Holdfast — Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="243"/>
        <source>The Stripe keys for %1 mode could not be read: %2 Holdfast runs in training mode until they can be read (Tools → Stripe keys…).</source>
        <translation>Die Stripe-Schlüssel für den Modus %1 konnten nicht gelesen werden: %2 Holdfast läuft im Schulungsmodus, bis sie gelesen werden können (Werkzeuge → Stripe-Schlüssel…).</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="491"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="492"/>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="496"/>
        <source>&amp;End of day…</source>
        <translation>&amp;Tagesabschluss…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="499"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Mitarbeiter…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="502"/>
        <source>Stripe &amp;keys…</source>
        <translation>Stripe-&amp;Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="505"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="510"/>
        <source>&amp;Reconcile with Stripe</source>
        <translation>Mit Stripe &amp;abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="559"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="572"/>
        <location filename="../ui/application/tillapplication.cpp" line="576"/>
        <location filename="../ui/application/tillapplication.cpp" line="594"/>
        <location filename="../ui/application/tillapplication.cpp" line="599"/>
        <source>Take payment</source>
        <translation>Zahlung entgegennehmen</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="577"/>
        <source>Order %1 is %2: there is nothing to pay.</source>
        <translation>Bestellung %1 hat den Status „%2“: Es gibt nichts zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="600"/>
        <source>The order is saved. Set the checkout origin (Tools → Settings) before taking payments on this screen in %1 mode.</source>
        <translation>Die Bestellung ist gespeichert. Legen Sie den Bezahl-Ursprung fest (Werkzeuge → Einstellungen), bevor Sie im Modus %1 Zahlungen auf diesem Bildschirm entgegennehmen.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="639"/>
        <location filename="../ui/application/tillapplication.cpp" line="641"/>
        <source>Stripe keys</source>
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="655"/>
        <source>Stripe accepted the key.</source>
        <translation>Stripe hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="670"/>
        <location filename="../ui/application/tillapplication.cpp" line="680"/>
        <location filename="../ui/application/tillapplication.cpp" line="686"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="681"/>
        <source>The PostgreSQL password could not be kept in the keychain: %1</source>
        <translation>Das PostgreSQL-Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="687"/>
        <source>The new mode, database or language applies when Holdfast next starts.</source>
        <translation>Ein neuer Modus, eine neue Datenbank oder eine neue Sprache wird beim nächsten Start von Holdfast wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="720"/>
        <source>End of day</source>
        <translation>Tagesabschluss</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/holdfast-sandbox.cpp" line="35"/>
        <source>Stripe-compatible sandbox for Holdfast training mode and tests. See docs/sandbox.md.</source>
        <translation>Stripe-kompatible Sandbox für den Holdfast-Schulungsmodus und Tests. Siehe docs/sandbox.md.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="66"/>
        <source>Receives signed Stripe webhooks at POST /webhooks/stripe, verifies their Stripe-Signature, and stores and applies each event once in the Holdfast database. GET /healthz reports its health.

The signing secret (whsec_…) comes from --secret-file (one secret per line; several during a roll) or the HOLDFAST_WEBHOOK_SECRET environment variable. A PostgreSQL password comes from HOLDFAST_DATABASE_PASSWORD, never from the URL.</source>
        <translation>Empfängt signierte Stripe-Webhooks unter POST /webhooks/stripe, prüft deren Stripe-Signature und speichert und wendet jedes Ereignis genau einmal in der Holdfast-Datenbank an. GET /healthz meldet den Zustand.

Das Signaturgeheimnis (whsec_…) stammt aus --secret-file (ein Geheimnis pro Zeile; mehrere während eines Schlüsselwechsels) oder aus der Umgebungsvariablen HOLDFAST_WEBHOOK_SECRET. Ein PostgreSQL-Passwort stammt aus HOLDFAST_DATABASE_PASSWORD, nie aus der URL.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="78"/>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>TCP-Port, auf dem gelauscht wird (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="82"/>
        <source>Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1; einen TLS-Reverse-Proxy vorschalten).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="87"/>
        <source>Database URL: sqlite:/path or postgresql://user@host:port/db.</source>
        <translation>Datenbank-URL: sqlite:/path oder postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="90"/>
        <source>File holding the webhook signing secret(s), one per line.</source>
        <translation>Datei mit dem/den Webhook-Signaturgeheimnis(sen), eines pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="96"/>
        <source>Command run once per paid order with the order as JSON on stdin (default: the post_payment_hook.command setting).</source>
        <translation>Befehl, der einmal pro bezahlter Bestellung ausgeführt wird, mit der Bestellung als JSON auf stdin (Standard: die Einstellung post_payment_hook.command).</translation>
    </message>
</context>
</TS>
