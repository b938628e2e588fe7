<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Dispute</name>
    <message>
        <location filename="../app/domain/dispute.cpp" line="19"/>
        <source>Inquiry: needs response</source>
        <translation>Demande d’informations&#xa0;: réponse requise</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="20"/>
        <source>Inquiry: under review</source>
        <translation>Demande d’informations&#xa0;: en cours d’examen</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="21"/>
        <source>Inquiry closed</source>
        <translation>Demande d’informations clôturée</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="22"/>
        <source>Needs response</source>
        <translation>Réponse requise</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="23"/>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="24"/>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="25"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="29"/>
        <source>Bank cannot process</source>
        <translation>Traitement impossible par la banque</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="30"/>
        <source>Check returned</source>
        <translation>Chèque retourné</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="31"/>
        <source>Credit not processed</source>
        <translation>Crédit non traité</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="32"/>
        <source>Customer initiated</source>
        <translation>À l’initiative du client</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="33"/>
        <source>Debit not authorised</source>
        <translation>Prélèvement non autorisé</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Paiement en double</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="35"/>
        <source>Fraudulent</source>
        <translation>Frauduleux</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="36"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="37"/>
        <source>Incorrect account details</source>
        <translation>Coordonnées bancaires incorrectes</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="38"/>
        <source>Insufficient funds</source>
        <translation>Provision insuffisante</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="39"/>
        <source>Product not received</source>
        <translation>Produit non reçu</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="40"/>
        <source>Product unacceptable</source>
        <translation>Produit non conforme</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="41"/>
        <source>Subscription cancelled</source>
        <translation>Abonnement annulé</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="42"/>
        <source>Unrecognised</source>
        <translation>Paiement non reconnu</translation>
    </message>
</context>
<context>
    <name>EndOfDay</name>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="32"/>
        <source>Held, then captured (manual capture)</source>
        <translation>Autorisé, puis capturé (capture manuelle)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="34"/>
        <source>No payment</source>
        <translation>Aucun paiement</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="35"/>
        <source>Paid at once (automatic capture)</source>
        <translation>Payé immédiatement (capture automatique)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="145"/>
        <source>Disputes</source>
        <translation>Litiges</translation>
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
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="42"/>
        <source>%n min left</source>
        <translation>
            <numerusform>encore %n min</numerusform>
            <numerusform>encore %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="43"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
        <translation>encore %1 %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../app/domain/money.cpp" line="193"/>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="195"/>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="197"/>
        <source>Use only digits and the separators of your language.</source>
        <translation>Utilisez uniquement des chiffres et les séparateurs de votre langue.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="199"/>
        <source>The separators in this amount are in the wrong place.</source>
        <translation>Les séparateurs de ce montant ne sont pas au bon endroit.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="202"/>
        <source>%1 has no decimal places.</source>
        <translation>La devise %1 n’a pas de décimales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/money.cpp" line="203"/>
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>La devise %1 a au plus %n décimale.</numerusform>
            <numerusform>La devise %1 a au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="206"/>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="208"/>
        <source>Unknown currency “%1”.</source>
        <translation>Devise «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="20"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="21"/>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="22"/>
        <source>Payment failed</source>
        <translation>Échec du paiement</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="23"/>
        <source>Held</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="24"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="25"/>
        <source>Captured</source>
        <translation>Capturée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="26"/>
        <source>Partially captured</source>
        <translation>Partiellement capturée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="27"/>
        <source>Partially refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="28"/>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="30"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>PaymentsSync</name>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="49"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast n’est pas connecté à Stripe.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="104"/>
        <source>No order claims this payment; nothing to repair.</source>
        <translation>Aucune commande ne correspond à ce paiement&#xa0;; rien à réparer.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="107"/>
        <source>The order is ahead of Stripe; it was left as it is.</source>
        <translation>La commande est plus avancée que Stripe&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../app/events/returnpage.cpp" line="15"/>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="16"/>
        <source>Thank you. The shop has your payment. You can close this page.</source>
        <translation>Merci. La boutique a bien reçu votre paiement. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="17"/>
        <source>Payment on its way</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="19"/>
        <source>Thank you. Your payment is being processed and the shop will see it shortly. You can close this page.</source>
        <translation>Merci. Votre paiement est en cours de traitement et la boutique le verra sous peu. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="20"/>
        <source>Payment not completed</source>
        <translation>Paiement non abouti</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="22"/>
        <source>The payment did not go through and nothing was charged. Please tell the shop; you can close this page.</source>
        <translation>Le paiement n’a pas abouti et rien n’a été débité. Merci de prévenir la boutique&#xa0;; vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="23"/>
        <source>Back from payment</source>
        <translation>Retour du paiement</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="25"/>
        <source>The shop will see whether your payment went through. You can close this page.</source>
        <translation>La boutique verra si votre paiement a abouti. Vous pouvez fermer cette page.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../app/store/storeerror.cpp" line="13"/>
        <source>The order database cannot be reached. Check the connection or the database server, then try again.</source>
        <translation>La base de données des commandes est inaccessible. Vérifiez la connexion ou le serveur de base de données, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="17"/>
        <source>The order database is busy with another till. Try again in a moment.</source>
        <translation>La base de données des commandes est occupée par une autre caisse. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="21"/>
        <source>This order was changed by someone else. It has been reloaded; check it and try again.</source>
        <translation>Cette commande a été modifiée par quelqu’un d’autre. Elle a été rechargée&#xa0;; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="25"/>
        <source>This order cannot move to that state from where it is now.</source>
        <translation>Cette commande ne peut pas passer à cet état depuis son état actuel.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="28"/>
        <source>The order database was written by a newer version of Holdfast. Update Holdfast on this till before opening it.</source>
        <translation>La base de données des commandes a été écrite par une version plus récente de Holdfast. Mettez à jour Holdfast sur cette caisse avant de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="32"/>
        <source>The order could not be found.</source>
        <translation>La commande est introuvable.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="34"/>
        <source>The database refused the change because it conflicts with existing data.</source>
        <translation>La base de données a refusé la modification, car elle entre en conflit avec des données existantes.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="37"/>
        <source>The order data is not valid and was not saved.</source>
        <translation>Les données de la commande ne sont pas valides et n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="39"/>
        <source>The order database reported an unexpected error.</source>
        <translation>La base de données des commandes a signalé une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>StripeError</name>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="29"/>
        <location filename="../app/stripe/stripeerror.cpp" line="31"/>
        <source>A required detail is missing from the request.</source>
        <translation>Une information obligatoire manque dans la requête.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="33"/>
        <source>Stripe did not recognise one of the details sent. Holdfast may need an update.</source>
        <translation>Stripe n’a pas reconnu l’une des informations envoyées. Holdfast doit peut-être être mis à jour.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="36"/>
        <source>An amount or number was not a whole number.</source>
        <translation>Un montant ou un nombre n’était pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="37"/>
        <source>A required detail was left empty.</source>
        <translation>Une information obligatoire a été laissée vide.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="39"/>
        <source>The amount is below the minimum Stripe accepts for this currency.</source>
        <translation>Le montant est inférieur au minimum accepté par Stripe pour cette devise.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="41"/>
        <source>The amount is above the maximum Stripe accepts (999,999.99 in a two-decimal currency), or more than is left to refund or capture.</source>
        <translation>Le montant dépasse le maximum accepté par Stripe (999&#x202f;999,99 pour une devise à deux décimales) ou ce qu’il reste à rembourser ou à capturer.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="44"/>
        <source>Stripe has no record of this payment. It may belong to another account or mode.</source>
        <translation>Stripe n’a aucune trace de ce paiement. Il appartient peut-être à un autre compte ou à un autre mode.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="47"/>
        <source>The payment is not in a state that allows this. Refresh it to see its current status.</source>
        <translation>Le paiement n’est pas dans un état qui permet cette action. Actualisez-le pour voir son état actuel.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="51"/>
        <source>One of the payment&apos;s details is not valid for this payment method.</source>
        <translation>L’une des informations du paiement n’est pas valide pour ce moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="53"/>
        <source>The customer&apos;s payment attempt failed or was declined. Ask them to try again or use another payment method.</source>
        <translation>La tentative de paiement du client a échoué ou a été refusée. Demandez-lui de réessayer ou d’utiliser un autre moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="56"/>
        <source>The customer did not complete the payment in time. Start a new payment attempt.</source>
        <translation>Le client n’a pas finalisé le paiement à temps. Lancez une nouvelle tentative de paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="59"/>
        <source>The customer still has to approve this payment.</source>
        <translation>Le client doit encore approuver ce paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="61"/>
        <source>The customer could not be authenticated for this payment. Ask them to try again or use another payment method.</source>
        <translation>Le client n’a pas pu être authentifié pour ce paiement. Demandez-lui de réessayer ou d’utiliser un autre moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="64"/>
        <source>Amazon Pay does not support this currency for your account. Use the account&apos;s currency (usd for US accounts).</source>
        <translation>Amazon Pay ne prend pas en charge cette devise pour votre compte. Utilisez la devise du compte (usd pour les comptes américains).</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="67"/>
        <source>This payment method sends the customer to another page, so a return address is required to confirm it.</source>
        <translation>Ce moyen de paiement redirige le client vers une autre page&#xa0;; une adresse de retour est donc nécessaire pour le confirmer.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="70"/>
        <source>This action needs the shop&apos;s secret key, not the publishable key. Check the keys in Settings.</source>
        <translation>Cette action nécessite la clé secrète de la boutique, et non la clé publiable. Vérifiez les clés dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="74"/>
        <location filename="../app/stripe/stripeerror.cpp" line="151"/>
        <source>Stripe is receiving too many requests right now. Wait a moment and try again.</source>
        <translation>Stripe reçoit trop de requêtes en ce moment. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="77"/>
        <source>This payment is being changed by another request. Wait a moment and try again.</source>
        <translation>Ce paiement est en cours de modification par une autre requête. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="80"/>
        <source>The same action is still being processed. Wait a moment, then refresh the payment.</source>
        <translation>La même action est encore en cours de traitement. Patientez un instant, puis actualisez le paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="83"/>
        <source>This action was already sent with different details. Refresh the payment before trying again.</source>
        <translation>Cette action a déjà été envoyée avec des informations différentes. Actualisez le paiement avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="87"/>
        <source>This payment has already been refunded in full.</source>
        <translation>Ce paiement a déjà été intégralement remboursé.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="88"/>
        <source>This payment cannot be refunded.</source>
        <translation>Ce paiement ne peut pas être remboursé.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="90"/>
        <source>The customer&apos;s bank has disputed this payment and taken the money back, so it cannot be refunded. Answer the dispute in Stripe&apos;s Dashboard instead.</source>
        <translation>La banque du client a contesté ce paiement et repris l’argent&#xa0;; il ne peut donc pas être remboursé. Répondez plutôt au litige dans le Dashboard Stripe.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="94"/>
        <source>The authorisation expired before it was captured; the held funds were released.</source>
        <translation>L’autorisation a expiré avant d’être capturée&#xa0;; les fonds bloqués ont été libérés.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="128"/>
        <source>(Field: %1)</source>
        <translation>(Champ&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="141"/>
        <source>Holdfast could not reach Stripe. Check the internet connection and try again.</source>
        <translation>Holdfast n’a pas pu joindre Stripe. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="145"/>
        <source>Stripe did not answer in time. Try again in a moment.</source>
        <translation>Stripe n’a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="147"/>
        <source>The connection to Stripe failed before the answer arrived, so it is not known whether the change was made. Refresh the payment before trying again.</source>
        <translation>La connexion à Stripe a été interrompue avant l’arrivée de la réponse&#xa0;; on ne sait donc pas si la modification a été effectuée. Actualisez le paiement avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="154"/>
        <source>Stripe sent an answer Holdfast could not read. Try again; if it keeps happening, contact support.</source>
        <translation>Stripe a envoyé une réponse que Holdfast n’a pas pu lire. Réessayez&#xa0;; si le problème persiste, contactez l’assistance.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="158"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="160"/>
        <source>A live Stripe key can only be used over a secure (HTTPS) connection. Nothing was sent.</source>
        <translation>Une clé Stripe live ne peut être utilisée que sur une connexion sécurisée (HTTPS). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="173"/>
        <source>The payment was declined. Ask the customer to use another payment method.</source>
        <translation>Le paiement a été refusé. Demandez au client d’utiliser un autre moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="176"/>
        <source>Stripe did not accept the API key. Check the keys in Settings.</source>
        <translation>Stripe n’a pas accepté la clé API. Vérifiez les clés dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="179"/>
        <source>The API key does not have permission for this action. Check the key&apos;s permissions in the Stripe Dashboard.</source>
        <translation>La clé API n’a pas les droits nécessaires pour cette action. Vérifiez les droits de la clé dans le Dashboard Stripe.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="184"/>
        <source>Stripe had a problem processing the request. Refresh the payment, then try again.</source>
        <translation>Stripe a rencontré un problème lors du traitement de la requête. Actualisez le paiement, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="188"/>
        <source>Stripe could not complete the request (%1). Refresh the payment and try again; if it keeps happening, contact support with the request id.</source>
        <translation>Stripe n’a pas pu traiter la requête (%1). Actualisez le paiement et réessayez&#xa0;; si le problème persiste, contactez l’assistance en indiquant l’identifiant de la requête.</translation>
    </message>
</context>
<context>
    <name>holdfast::backoffice::HoldOperations</name>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="76"/>
        <source>This order has no payment to act on.</source>
        <translation>Cette commande n’a aucun paiement sur lequel agir.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="80"/>
        <source>Only a held payment can be captured; this order is %1.</source>
        <translation>Seul un paiement autorisé peut être capturé&#xa0;; état de cette commande&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="83"/>
        <source>The amount to capture must be more than zero and no more than the hold.</source>
        <translation>Le montant à capturer doit être supérieur à zéro et ne pas dépasser le montant autorisé.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="88"/>
        <source>Only a payment not yet captured can be cancelled; this order is %1.</source>
        <translation>Seul un paiement non encore capturé peut être annulé&#xa0;; état de cette commande&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="96"/>
        <source>Only a captured payment can be refunded; this order is %1.</source>
        <translation>Seul un paiement capturé peut être remboursé&#xa0;; état de cette commande&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="100"/>
        <source>The refund must be more than zero and no more than what remains to refund.</source>
        <translation>Le remboursement doit être supérieur à zéro et ne pas dépasser ce qu’il reste à rembourser.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="111"/>
        <source>This order already has an operation in progress.</source>
        <translation>Une opération est déjà en cours pour cette commande.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="113"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast n’est pas connecté à Stripe.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="328"/>
        <source>Stripe did not confirm the outcome. Nothing will be done twice: try again to find out.</source>
        <translation>Stripe n’a pas confirmé le résultat. Rien ne sera effectué deux fois&#xa0;: réessayez pour le savoir.</translation>
    </message>
</context>
<context>
    <name>holdfast::checkout::CheckoutFlow</name>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="98"/>
        <source>This order is already %1.</source>
        <translation>Cette commande est déjà dans l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="103"/>
        <source>The order has no amount to pay.</source>
        <translation>La commande n’a aucun montant à payer.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="113"/>
        <source>Holdfast is still talking to Stripe about this payment.</source>
        <translation>Holdfast est encore en échange avec Stripe au sujet de ce paiement.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="196"/>
        <location filename="../app/checkout/checkoutflow.cpp" line="278"/>
        <source>Stripe sent an answer Holdfast could not read.</source>
        <translation>Stripe a envoyé une réponse que Holdfast n’a pas pu lire.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="362"/>
        <source>Held %1 — capture by %2</source>
        <translation>Autorisé&#xa0;: %1 — à capturer avant %2</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="366"/>
        <source>Held %1 — capture within 7 days</source>
        <translation>Autorisé&#xa0;: %1 — à capturer sous 7 jours</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="370"/>
        <source>Paid %1</source>
        <translation>Payé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="374"/>
        <source>This payment was cancelled.</source>
        <translation>Ce paiement a été annulé.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="383"/>
        <source>Waiting for the customer to choose how to pay…</source>
        <translation>En attente du choix du moyen de paiement par le client…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="387"/>
        <source>Payment is processing…</source>
        <translation>Paiement en cours de traitement…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="392"/>
        <source>Waiting for the customer…</source>
        <translation>En attente du client…</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyFormat</name>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="41"/>
        <source>Paste the secret or restricted key (it starts with rk_ or sk_).</source>
        <translation>Collez la clé secrète ou restreinte (elle commence par rk_ ou sk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="45"/>
        <source>The secret key field holds a publishable key (pk_…). Paste the secret or restricted key there.</source>
        <translation>Le champ de la clé secrète contient une clé publiable (pk_…). Collez-y la clé secrète ou restreinte.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="50"/>
        <source>The secret key is not in Stripe&apos;s format (rk_test_…, rk_live_…, sk_test_… or sk_live_…). Copy it again from the Stripe Dashboard, without spaces.</source>
        <translation>La clé secrète n’est pas au format Stripe (rk_test_…, rk_live_…, sk_test_… ou sk_live_…). Copiez-la à nouveau depuis le Dashboard Stripe, sans espaces.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="55"/>
        <source>Paste the publishable key (it starts with pk_).</source>
        <translation>Collez la clé publiable (elle commence par pk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="59"/>
        <source>The publishable key is not in Stripe&apos;s format (pk_test_… or pk_live_…).</source>
        <translation>La clé publiable n’est pas au format Stripe (pk_test_… ou pk_live_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="64"/>
        <source>The webhook signing secret is not in Stripe&apos;s format (whsec_…).</source>
        <translation>Le secret de signature du webhook n’est pas au format Stripe (whsec_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="69"/>
        <source>The secret key and the publishable key belong to different modes (one test, one live). Use both keys from the same mode.</source>
        <translation>La clé secrète et la clé publiable appartiennent à des modes différents (l’une en test, l’autre en live). Utilisez deux clés du même mode.</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyStore</name>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="22"/>
        <source>No key is stored here yet.</source>
        <translation>Aucune clé n’est encore enregistrée ici.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="25"/>
        <source>The system keychain is not available, so Stripe keys cannot be stored safely. Holdfast keeps working in training mode. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau système n’est pas disponible&#xa0;: les clés Stripe ne peuvent donc pas être enregistrées en toute sécurité. Holdfast continue de fonctionner en mode formation. Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="31"/>
        <source>The system keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Le trousseau système est verrouillé ou a refusé l’accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="35"/>
        <source>The system keychain did not answer in time. Try again; if it keeps happening, unlock or restart your keyring.</source>
        <translation>Le trousseau système n’a pas répondu à temps. Réessayez&#xa0;; si le problème persiste, déverrouillez ou redémarrez votre trousseau.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="40"/>
        <source>The system keychain reported an error. The details are in the log.</source>
        <translation>Le trousseau système a signalé une erreur. Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>holdfast::settings::Settings</name>
    <message>
        <location filename="../app/settings/settings.cpp" line="88"/>
        <source>Enter the database as postgresql://user@host:5432/database.</source>
        <translation>Saisissez la base de données sous la forme postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="91"/>
        <source>Leave the password out of the address; Holdfast keeps it in the system keychain.</source>
        <translation>N’incluez pas le mot de passe dans l’adresse&#xa0;; Holdfast le conserve dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="111"/>
        <source>Live mode needs the shop&apos;s HTTPS checkout address (for example https://pay.example.com), registered with Stripe.</source>
        <translation>Le mode live nécessite l’adresse de paiement HTTPS de la boutique (par exemple https://pay.example.com), enregistrée auprès de Stripe.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="116"/>
        <source>Enter only the checkout address&apos;s origin, like https://pay.example.com.</source>
        <translation>Saisissez uniquement l’origine de l’adresse de paiement, par exemple https://pay.example.com.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="121"/>
        <source>Live mode refuses plain HTTP: Stripe only takes live payments on HTTPS pages.</source>
        <translation>Le mode live refuse le HTTP simple&#xa0;: Stripe n’accepte les paiements réels que sur des pages HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="123"/>
        <source>The checkout address must start with https://.</source>
        <translation>L’adresse de paiement doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="181"/>
        <source>Choose between 1 and 20 event types.</source>
        <translation>Choisissez entre 1 et 20 types d’événements.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="184"/>
        <source>“%1” is not a Stripe event type.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’événement Stripe.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="219"/>
        <source>Amazon Pay does not take %1 as a shop&apos;s currency. Choose one of: %2.</source>
        <translation>Amazon Pay n’accepte pas %1 comme devise de boutique. Choisissez l’une des devises suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="230"/>
        <source>The settings file names %1 as the shop&apos;s currency, which Amazon Pay does not take. New orders are priced in USD until a manager chooses a currency in Tools → Settings.</source>
        <translation>Le fichier de paramètres indique %1 comme devise de la boutique, or Amazon Pay ne l’accepte pas. Les nouvelles commandes sont établies en USD jusqu’à ce qu’un gérant choisisse une devise dans Outils → Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="271"/>
        <source>The test server address must be http(s)://host:port, with nothing after it.</source>
        <translation>L’adresse du serveur de test doit être de la forme http(s)://host:port, sans rien après.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Authorizer</name>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="24"/>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="26"/>
        <source>Only a manager may do this: %1.</source>
        <translation>Seul un gérant peut effectuer cette action&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="29"/>
        <source>A manager must approve this with their PIN: %1.</source>
        <translation>Un gérant doit valider cette action avec son code PIN&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="34"/>
        <source>Only a manager can approve this.</source>
        <translation>Seul un gérant peut valider cette action.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Pin</name>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="24"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN comporte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="27"/>
        <source>A PIN has digits only.</source>
        <translation>Un code PIN ne contient que des chiffres.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="37"/>
        <source>This PIN is too easy to guess. Avoid repeated digits and runs like 1234.</source>
        <translation>Ce code PIN est trop facile à deviner. Évitez les chiffres répétés et les suites comme 1234.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Role</name>
    <message>
        <location filename="../app/staff/role.cpp" line="75"/>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="76"/>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="108"/>
        <source>Take an order</source>
        <translation>Prendre une commande</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="110"/>
        <source>Take a payment</source>
        <translation>Encaisser un paiement</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="112"/>
        <source>Capture a payment</source>
        <translation>Capturer un paiement</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="114"/>
        <source>Cancel a payment</source>
        <translation>Annuler un paiement</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="116"/>
        <source>Refund a payment</source>
        <translation>Rembourser un paiement</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="118"/>
        <source>Change Stripe keys</source>
        <translation>Modifier les clés Stripe</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="120"/>
        <source>Change staff accounts</source>
        <translation>Modifier les comptes du personnel</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="122"/>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="125"/>
        <source>Switch between training, test and live mode</source>
        <translation>Basculer entre les modes formation, test et live</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::StaffAccounts</name>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="33"/>
        <source>Wrong PIN. This account is locked until %1.</source>
        <translation>Code PIN erroné. Ce compte est verrouillé jusqu’à %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/staff/staffaccounts.cpp" line="36"/>
        <source>Wrong PIN. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Code PIN erroné. Il reste %n tentative avant le verrouillage du compte.</numerusform>
            <numerusform>Code PIN erroné. Il reste %n tentatives avant le verrouillage du compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="40"/>
        <source>Too many wrong PINs. This account is locked until %1.</source>
        <translation>Trop de codes PIN erronés. Ce compte est verrouillé jusqu’à %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="44"/>
        <location filename="../app/staff/staffaccounts.cpp" line="149"/>
        <location filename="../app/staff/staffaccounts.cpp" line="163"/>
        <location filename="../app/staff/staffaccounts.cpp" line="179"/>
        <source>No such staff account.</source>
        <translation>Ce compte employé n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="47"/>
        <source>This staff account is switched off.</source>
        <translation>Ce compte employé est désactivé.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="92"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="98"/>
        <source>A switched-off account has this name. Switch it on again instead.</source>
        <translation>Un compte désactivé porte ce nom. Réactivez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="100"/>
        <source>There is already a staff account with this name.</source>
        <translation>Un compte employé porte déjà ce nom.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="112"/>
        <source>A manager already exists. Ask a manager to add new accounts.</source>
        <translation>Un gérant existe déjà. Demandez à un gérant d&apos;ajouter les nouveaux comptes.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="127"/>
        <source>The PIN could not be protected (out of memory). Try again.</source>
        <translation>Le code PIN n&apos;a pas pu être protégé (mémoire insuffisante). Réessayez.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="132"/>
        <location filename="../app/staff/staffaccounts.cpp" line="155"/>
        <location filename="../app/staff/staffaccounts.cpp" line="171"/>
        <location filename="../app/staff/staffaccounts.cpp" line="185"/>
        <source>The staff account could not be saved.</source>
        <translation>Le compte employé n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="152"/>
        <location filename="../app/staff/staffaccounts.cpp" line="182"/>
        <source>Holdfast needs at least one manager.</source>
        <translation>Holdfast a besoin d&apos;au moins un gérant.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CancelDialog</name>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="17"/>
        <source>Cancel payment for order %1</source>
        <translation>Annuler le paiement de la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="20"/>
        <source>Reason for cancelling</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="21"/>
        <location filename="../ui/orders/orderdetail.cpp" line="109"/>
        <source>The customer asked to cancel</source>
        <translation>Le client a demandé l’annulation</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="22"/>
        <location filename="../ui/orders/orderdetail.cpp" line="111"/>
        <source>The order was abandoned</source>
        <translation>La commande a été abandonnée</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="23"/>
        <location filename="../ui/orders/orderdetail.cpp" line="113"/>
        <source>It is a duplicate of another order</source>
        <translation>C’est un doublon d’une autre commande</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="115"/>
        <source>It looks fraudulent</source>
        <translation>Elle semble frauduleuse</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="26"/>
        <source>&amp;Yes, release the %1 held. The customer is not charged.</source>
        <translation>&amp;Oui, libérer les %1 autorisés. Le client n’est pas débité.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="27"/>
        <source>Confirm the cancellation</source>
        <translation>Confirmer l’annulation</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="28"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancel payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="37"/>
        <source>Tick the confirmation to cancel this payment.</source>
        <translation>Cochez la confirmation pour annuler ce paiement.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="48"/>
        <source>Cancelled · %1 released to the customer</source>
        <translation>Annulé · montant libéré pour le client&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CaptureDialog</name>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="16"/>
        <source>Capture payment for order %1</source>
        <translation>Capturer le paiement de la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="19"/>
        <source>Amount to capture</source>
        <translation>Montant à capturer</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="23"/>
        <source>What will be captured and released</source>
        <translation>Ce qui sera capturé et libéré</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="24"/>
        <source>Held:</source>
        <translation>Autorisé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="25"/>
        <source>&amp;Amount to capture:</source>
        <translation>&amp;Montant à capturer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capture</source>
        <translation>Capturer</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capturing…</source>
        <translation>Capture en cours…</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="43"/>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="47"/>
        <source>You can capture at most the %1 held.</source>
        <translation>Vous pouvez capturer au maximum les %1 autorisés.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="63"/>
        <source>Capture %1 · release %2</source>
        <translation>Capturer %1 · libérer %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="64"/>
        <source>Capture %1 · nothing released</source>
        <translation>Capturer %1 · rien à libérer</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="82"/>
        <source>Captured %1 · released %2</source>
        <translation>Capturé&#xa0;: %1 · libéré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="83"/>
        <source>Captured %1</source>
        <translation>Capturé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="37"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="39"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="42"/>
        <source>Take payment — order %1</source>
        <translation>Encaissement — commande %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="44"/>
        <source>Order %1 · %2</source>
        <translation>Commande %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="55"/>
        <source>QR code of the payment link</source>
        <translation>Code QR du lien de paiement</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="73"/>
        <source>&amp;Copy link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="75"/>
        <source>Send by &amp;email…</source>
        <translation>Envoyer par e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="125"/>
        <source>Your payment for order %1</source>
        <translation>Votre paiement pour la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="126"/>
        <source>Please approve your payment here: %1</source>
        <translation>Veuillez approuver votre paiement ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="133"/>
        <source>Stripe did not answer clearly — checking…</source>
        <translation>Stripe n’a pas répondu clairement — vérification…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="136"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="187"/>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="140"/>
        <source>Checking the payment with Stripe…</source>
        <translation>Vérification du paiement auprès de Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="161"/>
        <source>Preparing the payment…</source>
        <translation>Préparation du paiement…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="183"/>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="186"/>
        <source>The checkout page could not be shown.</source>
        <translation>La page de paiement n’a pas pu être affichée.</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="207"/>
        <source>Waiting for the customer… %1:%2 left</source>
        <translation>En attente du client… encore %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="252"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Envoyer sur le &amp;portable du client</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="253"/>
        <source>Pay on &amp;this screen</source>
        <translation>Payer sur &amp;cet écran</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutView</name>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="22"/>
        <source>Payment form</source>
        <translation>Formulaire de paiement</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="76"/>
        <source>Sign in to pay</source>
        <translation>Connectez-vous pour payer</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesModel</name>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="86"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="88"/>
        <source>No response possible</source>
        <translation>Aucune réponse possible</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="96"/>
        <source>%1 (passed)</source>
        <translation>%1 (échéance dépassée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesmodel.cpp" line="97"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (encore %n jour)</numerusform>
            <numerusform>%1 (encore %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="121"/>
        <source>Respond by</source>
        <translation>À répondre avant</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="123"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="125"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="127"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="129"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="131"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesView</name>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="29"/>
        <source>&amp;Open order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="30"/>
        <source>Answer in Stripe &amp;Dashboard</source>
        <translation>Répondre dans le &amp;Dashboard Stripe</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="34"/>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="36"/>
        <source>Disputes, soonest deadline first</source>
        <translation>Litiges, échéance la plus proche en premier</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="72"/>
        <source>Dispute actions</source>
        <translation>Actions sur les litiges</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="84"/>
        <source>No disputes. If a customer&apos;s bank questions a payment, it appears here with the date by which the shop must answer.</source>
        <translation>Aucun litige. Si la banque d’un client conteste un paiement, celui-ci apparaît ici avec la date limite de réponse de la boutique.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="134"/>
        <source>Disputes could not be read: %1</source>
        <translation>Impossible de lire les litiges&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesview.cpp" line="136"/>
        <source>%n dispute(s) need the shop&apos;s answer. Send evidence in Stripe&apos;s Dashboard before the date shown, or the money stays with the customer.</source>
        <translation>
            <numerusform>%n litige attend la réponse de la boutique. Envoyez vos preuves dans le Dashboard Stripe avant la date indiquée, sinon l’argent reste au client.</numerusform>
            <numerusform>%n litiges attendent la réponse de la boutique. Envoyez vos preuves dans le Dashboard Stripe avant la date indiquée, sinon l’argent reste au client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="147"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Les paiements de formation ne figurent pas dans le Dashboard Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="148"/>
        <source>Opens the dispute in Stripe&apos;s Dashboard, where the shop sends its evidence.</source>
        <translation>Ouvre le litige dans le Dashboard Stripe, où la boutique envoie ses preuves.</translation>
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
        <translation>État&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endofday/endofdaymodel.cpp" line="60"/>
        <source>Disputes: %n opened</source>
        <translation>
            <numerusform>Litiges&#xa0;: %n ouvert</numerusform>
            <numerusform>Litiges&#xa0;: %n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="61"/>
        <source>Method: %1</source>
        <translation>Méthode&#xa0;: %1</translation>
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
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="96"/>
        <source>Authorised</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="98"/>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="100"/>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="102"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="104"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="106"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="113"/>
        <source>End of day %1</source>
        <translation>Clôture de journée du %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EndOfDayView</name>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="35"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="39"/>
        <source>End of day</source>
        <translation>Clôture de journée</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="41"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="48"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="63"/>
        <source>Totals for the day</source>
        <translation>Totaux de la journée</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="99"/>
        <source>Orders in %1 are totalled apart, each in its own currency.</source>
        <translation>Les commandes en %1 sont totalisées séparément, chacune dans sa propre devise.</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="109"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="112"/>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>Export end of day</source>
        <translation>Exporter la clôture de journée</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EventsPage</name>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="36"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="37"/>
        <source>Last event received</source>
        <translation>Dernier événement reçu</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="38"/>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="39"/>
        <source>Events waiting</source>
        <translation>Événements en attente</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="40"/>
        <source>Polling</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="41"/>
        <source>Webhook receiver</source>
        <translation>Récepteur de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="42"/>
        <source>Last reconciliation</source>
        <translation>Dernier rapprochement</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="45"/>
        <source>Last event received:</source>
        <translation>Dernier événement reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="46"/>
        <source>Last failure:</source>
        <translation>Dernier échec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="47"/>
        <source>Events waiting:</source>
        <translation>Événements en attente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="48"/>
        <source>Polling:</source>
        <translation>Interrogation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="49"/>
        <source>Webhook receiver:</source>
        <translation>Récepteur de webhooks&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="50"/>
        <source>Reconciliation:</source>
        <translation>Rapprochement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="52"/>
        <source>Reconcile now</source>
        <translation>Rapprocher maintenant</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="54"/>
        <source>Reconcile orders with Stripe now</source>
        <translation>Rapprocher maintenant les commandes avec Stripe</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="57"/>
        <location filename="../ui/eventsui/eventspage.cpp" line="105"/>
        <source>Reconciling…</source>
        <translation>Rapprochement en cours…</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="60"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="68"/>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="84"/>
        <source>Not polling on this till</source>
        <translation>Pas d’interrogation sur cette caisse</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="85"/>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="101"/>
        <source>Reconciling… %n payment(s) checked so far</source>
        <translation>
            <numerusform>Rapprochement en cours… %n paiement vérifié jusqu’ici</numerusform>
            <numerusform>Rapprochement en cours… %n paiements vérifiés jusqu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="113"/>
        <source>Polling Stripe every %n second(s); waiting for the first answer</source>
        <translation>
            <numerusform>Interrogation de Stripe toutes les secondes&#xa0;; en attente de la première réponse</numerusform>
            <numerusform>Interrogation de Stripe toutes les %n secondes&#xa0;; en attente de la première réponse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="115"/>
        <source>Starts after sign-in</source>
        <translation>Démarre après la connexion</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="117"/>
        <source>Polling Stripe every %n second(s)</source>
        <translation>
            <numerusform>Interrogation de Stripe toutes les secondes</numerusform>
            <numerusform>Interrogation de Stripe toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="119"/>
        <source>last answer %1, %n new event(s)</source>
        <translation>
            <numerusform>dernière réponse à %1, %n nouvel événement</numerusform>
            <numerusform>dernière réponse à %1, %n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="125"/>
        <source>Polling failed: %1. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Échec de l’interrogation&#xa0;: %1. Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Échec de l’interrogation&#xa0;: %1. Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="135"/>
        <source>Unknown: %1</source>
        <translation>Inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="142"/>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="147"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="148"/>
        <source>%n event(s) waiting to be applied</source>
        <translation>
            <numerusform>%n événement en attente d’application</numerusform>
            <numerusform>%n événements en attente d’application</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="151"/>
        <source>Receiving webhooks at %1 (last heard from %2)</source>
        <translation>Réception des webhooks sur %1 (dernier signe de vie&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="155"/>
        <source>Not heard from since %1: check holdfast-webhooks on the server</source>
        <translation>Aucun signe de vie depuis %1&#xa0;: vérifiez holdfast-webhooks sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="158"/>
        <source>None reports to this database; this till polls Stripe for events</source>
        <translation>Aucun récepteur ne se signale à cette base de données&#xa0;; cette caisse interroge Stripe pour obtenir les événements</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="166"/>
        <source>%n payment(s) checked</source>
        <translation>
            <numerusform>%n paiement vérifié</numerusform>
            <numerusform>%n paiements vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="167"/>
        <source>%n order(s) repaired</source>
        <translation>
            <numerusform>%n commande réparée</numerusform>
            <numerusform>%n commandes réparées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="168"/>
        <source>%n unknown to Holdfast</source>
        <translation>
            <numerusform>%n inconnu de Holdfast</numerusform>
            <numerusform>%n inconnus de Holdfast</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="169"/>
        <source>Stopped early: %1 (%2)</source>
        <translation>Interrompu prématurément&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstManagerDialog</name>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="22"/>
        <source>Create the first manager</source>
        <translation>Créer le premier gérant</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="25"/>
        <source>Welcome to Holdfast. Create the manager account first: managers capture, cancel and refund payments, and manage staff, keys and settings. Holdfast starts in training mode — no real money.</source>
        <translation>Bienvenue dans Holdfast. Créez d’abord le compte gérant&#xa0;: les gérants capturent, annulent et remboursent les paiements, et gèrent le personnel, les clés et les paramètres. Holdfast démarre en mode formation — sans argent réel.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="32"/>
        <source>Manager name</source>
        <translation>Nom du gérant</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="33"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="34"/>
        <source>PIN again</source>
        <translation>Confirmation du code PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="35"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN comporte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="38"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="42"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="43"/>
        <source>PIN &amp;again:</source>
        <translation>C&amp;onfirmer le code PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="46"/>
        <source>&amp;Create manager</source>
        <translation>&amp;Créer le gérant</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="62"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez deux fois le même code PIN.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldModel</name>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="146"/>
        <source>Expired — hold lapsed</source>
        <translation>Expiré — autorisation caduque</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="181"/>
        <source>Capture before %1</source>
        <translation>À capturer avant le %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="193"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="195"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="197"/>
        <source>Held</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="199"/>
        <source>Capture by</source>
        <translation>À capturer avant</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="201"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="203"/>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldView</name>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="35"/>
        <source>Held payments</source>
        <translation>Paiements à capturer</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="39"/>
        <source>Held payments, soonest deadline first</source>
        <translation>Paiements à capturer, échéance la plus proche en premier</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="58"/>
        <source>Held payment actions</source>
        <translation>Actions sur les paiements à capturer</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="65"/>
        <source>Holds due soon</source>
        <translation>Autorisations arrivant bientôt à échéance</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="75"/>
        <source>No payments are waiting to be captured. A payment taken with Hold for manager capture appears here as soon as the customer approves it.</source>
        <translation>Aucun paiement n’attend d’être capturé. Un paiement pris avec l’option «&#xa0;Autoriser maintenant, capture par un gérant&#xa0;» apparaît ici dès que le client l’approuve.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/heldview.cpp" line="88"/>
        <location filename="../ui/holds/heldview.cpp" line="94"/>
        <source>%n held payment(s) must be captured within 24 hours or they lapse.</source>
        <translation>
            <numerusform>%n paiement autorisé doit être capturé sous 24 heures, sinon il expire.</numerusform>
            <numerusform>%n paiements autorisés doivent être capturés sous 24 heures, sinon ils expirent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldActions</name>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="23"/>
        <source>&amp;Capture…</source>
        <translation>&amp;Capturer…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="24"/>
        <source>Cance&amp;l payment…</source>
        <translation>A&amp;nnuler le paiement…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="25"/>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="26"/>
        <source>Take &amp;payment…</source>
        <translation>&amp;Encaisser…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="30"/>
        <source>Take payment for this order (%1)</source>
        <translation>Encaisser le paiement de cette commande (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="33"/>
        <source>Capture the held payment (%1)</source>
        <translation>Capturer le paiement autorisé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="36"/>
        <source>Cancel the payment and release the hold (%1)</source>
        <translation>Annuler le paiement et libérer le montant autorisé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="39"/>
        <location filename="../ui/holds/holdactions.cpp" line="83"/>
        <source>Refund a captured payment (%1)</source>
        <translation>Rembourser un paiement capturé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="81"/>
        <source>The customer&apos;s bank has taken this payment back in a dispute; answer the dispute in Stripe&apos;s Dashboard instead of refunding.</source>
        <translation>La banque du client a repris ce paiement dans un litige&#xa0;; répondez au litige dans le Dashboard Stripe au lieu de rembourser.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldAlerts</name>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="31"/>
        <source>Capture now: the hold for order %1 (%2, %3) lapses soon — %4.</source>
        <translation>Capturez maintenant&#xa0;: l’autorisation de la commande %1 (%2, %3) expire bientôt — %4.</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="32"/>
        <source>Capture soon: the hold for order %1 (%2, %3) lapses in under two days — %4.</source>
        <translation>Capturez bientôt&#xa0;: l’autorisation de la commande %1 (%2, %3) expire dans moins de deux jours — %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/holdalerts.cpp" line="35"/>
        <source>%n more hold(s) also need capturing.</source>
        <translation>
            <numerusform>%n autre autorisation doit aussi être capturée.</numerusform>
            <numerusform>%n autres autorisations doivent aussi être capturées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Dismiss the notice</source>
        <translation>Masquer l’avis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84"/>
        <source>Dismiss the alert until the next one</source>
        <translation>Masquer l’alerte jusqu’à la suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>Places</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>No orders yet. Press Ctrl+N to take one.</source>
        <translation>Aucune commande pour l’instant. Appuyez sur Ctrl+N pour en prendre une.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Held authorisations</source>
        <translation>Autorisations en attente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>No payments are waiting to be captured.</source>
        <translation>Aucun paiement n’attend d’être capturé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments from Stripe appear here.</source>
        <translation>Les paiements de Stripe apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events from Stripe appear here.</source>
        <translation>Les événements de Stripe apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputed payments appear here.</source>
        <translation>Les paiements contestés apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="129"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>not connected</source>
        <translation>non connecté</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;About Holdfast</source>
        <translation>À &amp;propos de Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>About Holdfast</source>
        <translation>À propos de Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="200"/>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Point of sale and back office for shops that take payment through Stripe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Caisse et back-office pour les boutiques qui encaissent leurs paiements via Stripe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="213"/>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="216"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="240"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté&#xa0;: %1 (%2)</translation>
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
        <translation>(MODE FORMATION&#xa0;: pas d’argent réel)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>(test mode)</source>
        <translation>(mode test)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ManagerApprovalDialog</name>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="33"/>
        <source>Manager approval</source>
        <translation>Validation par un gérant</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="42"/>
        <source>Approving manager</source>
        <translation>Gérant qui valide</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="46"/>
        <source>Manager PIN</source>
        <translation>Code PIN du gérant</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="51"/>
        <source>Approval message</source>
        <translation>Message de validation</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="54"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Gérant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="55"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="59"/>
        <source>&amp;Approve</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="72"/>
        <source>There is no manager account to approve this.</source>
        <translation>Il n’existe aucun compte gérant pour valider cette action.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeBanner</name>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="20"/>
        <source>TRAINING MODE — practice only, no real money moves</source>
        <translation>MODE FORMATION — entraînement uniquement, aucun argent réel ne circule</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="25"/>
        <source>TEST MODE — Stripe test keys, no real money moves</source>
        <translation>MODE TEST — clés de test Stripe, aucun argent réel ne circule</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="30"/>
        <source>LIVE — real payments</source>
        <translation>LIVE — paiements réels</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::NewOrderDialog</name>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="27"/>
        <source>Hold for &amp;manager capture</source>
        <translation>&amp;Autoriser maintenant, capture par un gérant</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="29"/>
        <source>Pay on &amp;this screen</source>
        <translation>Payer sur &amp;cet écran</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Envoyer sur le &amp;portable du client</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="33"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="43"/>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="44"/>
        <source>Customer phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="45"/>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="47"/>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="51"/>
        <source>The payment is authorised now and captured by a manager within 7 days.</source>
        <translation>Le paiement est autorisé maintenant et capturé par un gérant sous 7 jours.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="60"/>
        <source>The customer pays here, in the checkout window (Enter)</source>
        <translation>Le client paie ici, dans la fenêtre de paiement (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="61"/>
        <source>The customer gets a link or QR code to approve on their own phone (Alt+P)</source>
        <translation>Le client reçoit un lien ou un code QR à approuver sur son propre téléphone (Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="65"/>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="66"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
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
        <translation>Saisissez le nom ou le numéro de téléphone du client.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="123"/>
        <source>This email address does not look right.</source>
        <translation>Cette adresse e-mail ne semble pas correcte.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="139"/>
        <source>The total is too large.</source>
        <translation>Le total est trop élevé.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OperationDialog</name>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="37"/>
        <source>Order %1 · %2</source>
        <translation>Commande %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="49"/>
        <source>Approving manager</source>
        <translation>Gérant qui valide</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="52"/>
        <source>Approving &amp;manager:</source>
        <translation>&amp;Gérant qui valide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Manager PIN</source>
        <translation>Code PIN du gérant</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Your &amp;PIN:</source>
        <translation>Votre code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Manager &amp;PIN:</source>
        <translation>Code &amp;PIN du gérant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="59"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="68"/>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="78"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="85"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="94"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="96"/>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="150"/>
        <source>Enter the manager&apos;s PIN.</source>
        <translation>Saisissez le code PIN du gérant.</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="183"/>
        <source>Order is now: %1</source>
        <translation>État de la commande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderDetail</name>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="89"/>
        <source>Stripe: payment created</source>
        <translation>Stripe&#xa0;: paiement créé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="90"/>
        <source>Stripe: payment processing</source>
        <translation>Stripe&#xa0;: paiement en cours de traitement</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="92"/>
        <source>Stripe: waiting for the customer</source>
        <translation>Stripe&#xa0;: en attente du client</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="94"/>
        <source>Stripe: payment held</source>
        <translation>Stripe&#xa0;: paiement autorisé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="95"/>
        <source>Stripe: payment succeeded</source>
        <translation>Stripe&#xa0;: paiement réussi</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="96"/>
        <source>Stripe: payment failed</source>
        <translation>Stripe&#xa0;: paiement échoué</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="97"/>
        <source>Stripe: payment cancelled</source>
        <translation>Stripe&#xa0;: paiement annulé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="140"/>
        <source>Order taken</source>
        <translation>Commande prise</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="141"/>
        <source>Order changed</source>
        <translation>Commande modifiée</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="142"/>
        <source>State changed</source>
        <translation>État modifié</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="143"/>
        <source>Updated from Stripe</source>
        <translation>Mis à jour depuis Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="144"/>
        <source>Payment started</source>
        <translation>Paiement commencé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="145"/>
        <source>Payment confirmed</source>
        <translation>Paiement confirmé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="146"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="147"/>
        <source>Cancel</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="148"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="149"/>
        <source>Refund failed: the money stays with the shop</source>
        <translation>Remboursement échoué&#xa0;: l&apos;argent reste à la boutique</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="150"/>
        <source>Dispute opened by the customer&apos;s bank</source>
        <translation>Litige ouvert par la banque du client</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="151"/>
        <source>Dispute updated</source>
        <translation>Litige mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="152"/>
        <source>Dispute won: the money is back with the shop</source>
        <translation>Litige gagné&#xa0;: l’argent revient à la boutique</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="153"/>
        <source>Dispute lost: the money stays with the customer</source>
        <translation>Litige perdu&#xa0;: l’argent reste au client</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="154"/>
        <source>Inquiry closed</source>
        <translation>Demande d’informations clôturée</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="155"/>
        <source>After-payment action queued</source>
        <translation>Action après paiement en attente</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="156"/>
        <source>After-payment action started</source>
        <translation>Action après paiement lancée</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="157"/>
        <source>After-payment action ran</source>
        <translation>Action après paiement exécutée</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="158"/>
        <source>After-payment action skipped</source>
        <translation>Action après paiement ignorée</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="159"/>
        <source>After-payment action interrupted</source>
        <translation>Action après paiement interrompue</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="168"/>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="169"/>
        <source>sent to Stripe</source>
        <translation>envoyé à Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="170"/>
        <location filename="../ui/orders/orderdetail.cpp" line="177"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="171"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="172"/>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="173"/>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="174"/>
        <source>denied</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="194"/>
        <source>Payment attempts</source>
        <translation>Tentatives de paiement</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Held</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Order timeline</source>
        <translation>Historique de la commande</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="224"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="226"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="228"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="243"/>
        <source>Select an order to see it here.</source>
        <translation>Sélectionnez une commande pour l’afficher ici.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="248"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</source>
        <translation>&lt;b&gt;Commande %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="273"/>
        <source>%1 (%2 pending)</source>
        <translation>%1 (dont %2 en attente)</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="284"/>
        <location filename="../ui/orders/orderdetail.cpp" line="285"/>
        <source>Stripe payment %1</source>
        <translation>Paiement Stripe %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="316"/>
        <source>%1, approved by %2</source>
        <translation>%1, validé par %2</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="337"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="341"/>
        <source>Send evidence in Stripe&apos;s Dashboard by %1.</source>
        <translation>Envoyez vos preuves dans le Dashboard Stripe avant le %1.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="343"/>
        <source>Evidence sent; the bank decides.</source>
        <translation>Preuves envoyées&#xa0;; la banque décide.</translation>
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
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="23"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="33"/>
        <source>Line %1 description</source>
        <translation>Description de la ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="35"/>
        <source>Line %1 quantity</source>
        <translation>Quantité de la ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="38"/>
        <source>Line %1 unit price</source>
        <translation>Prix unitaire de la ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="111"/>
        <source>Describe what is being sold on every line.</source>
        <translation>Décrivez ce qui est vendu sur chaque ligne.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="117"/>
        <source>A line needs a price above zero.</source>
        <translation>Une ligne doit avoir un prix supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="123"/>
        <source>Add at least one line with a price.</source>
        <translation>Ajoutez au moins une ligne avec un prix.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersModel</name>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="16"/>
        <source>Held</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="18"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="22"/>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="24"/>
        <source>Waiting for the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="26"/>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="27"/>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="33"/>
        <source>Dispute lost</source>
        <translation>Litige perdu</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="35"/>
        <source>Dispute won</source>
        <translation>Litige gagné</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="37"/>
        <source>Inquiry closed</source>
        <translation>Demande d’informations clôturée</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="39"/>
        <source>Inquiry</source>
        <translation>Demande d’informations</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="40"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="250"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="252"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="254"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="256"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="258"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="260"/>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="262"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersView</name>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="38"/>
        <source>&amp;Find order</source>
        <translation>&amp;Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="44"/>
        <location filename="../ui/orders/ordersview.cpp" line="75"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="46"/>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="47"/>
        <source>Number, name, phone, email or pi_…</source>
        <translation>Numéro, nom, téléphone, e-mail ou pi_…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="50"/>
        <source>Show orders in state</source>
        <translation>Afficher les commandes dans l’état</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="51"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="55"/>
        <source>Refund failed</source>
        <translation>Remboursement échoué</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="57"/>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="59"/>
        <source>Show orders created</source>
        <translation>Afficher les commandes créées</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="60"/>
        <source>Any time</source>
        <translation>À tout moment</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="61"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="185"/>
        <source>No order matches. Clear the search or the filters to see every order.</source>
        <translation>Aucune commande ne correspond. Effacez la recherche ou les filtres pour voir toutes les commandes.</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="186"/>
        <source>No orders yet. Take the first with New order (Ctrl+N).</source>
        <translation>Aucune commande pour l’instant. Prenez la première avec «&#xa0;Nouvelle commande&#xa0;» (Ctrl+N).</translation>
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
        <translation>Aucune commande ne correspond à ce paiement</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="107"/>
        <source>Order says %1, Stripe says %2</source>
        <translation>Commande&#xa0;: %1, Stripe&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="120"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="122"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="124"/>
        <source>Stripe status</source>
        <translation>Statut Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="126"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="128"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="130"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentsView</name>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="30"/>
        <source>&amp;Sync from Stripe</source>
        <translation>&amp;Synchroniser depuis Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="31"/>
        <source>&amp;Reconcile</source>
        <translation>&amp;Rapprocher</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="32"/>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Ouvrir dans le &amp;Dashboard Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="35"/>
        <source>Payments at Stripe</source>
        <translation>Paiements sur Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="40"/>
        <source>Repair the selected order from Stripe (%1)</source>
        <translation>Réparer la commande sélectionnée à partir de Stripe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="50"/>
        <source>Payment actions</source>
        <translation>Actions sur les paiements</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="56"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="60"/>
        <source>Payments at Stripe, newest first</source>
        <translation>Paiements sur Stripe, les plus récents en premier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/paymentsview.cpp" line="86"/>
        <source>%n payment(s) at Stripe, %1 need attention.</source>
        <translation>
            <numerusform>%n paiement sur Stripe, dont %1 à vérifier.</numerusform>
            <numerusform>%n paiements sur Stripe, dont %1 à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="88"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="95"/>
        <source>Order %1 now matches Stripe.</source>
        <translation>La commande %1 correspond désormais à Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="96"/>
        <source>Could not reconcile: %1</source>
        <translation>Rapprochement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="123"/>
        <source>Reading payments from Stripe…</source>
        <translation>Lecture des paiements depuis Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="139"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Les paiements de formation ne figurent pas dans le Dashboard Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="140"/>
        <source>Opens the payment in Stripe&apos;s Dashboard (%1)</source>
        <translation>Ouvre le paiement dans le Dashboard Stripe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="151"/>
        <source>Reconciling…</source>
        <translation>Rapprochement en cours…</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinLockScreen</name>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="18"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="20"/>
        <source>Holdfast is locked. Sign in with your PIN.</source>
        <translation>Holdfast est verrouillé. Connectez-vous avec votre code PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="28"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="29"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="32"/>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="34"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="40"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RecentEventsModel</name>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="63"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="63"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="74"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="76"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="78"/>
        <source>Created at Stripe</source>
        <translation>Créé sur Stripe</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="80"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RefundDialog</name>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="16"/>
        <source>Refund order %1</source>
        <translation>Rembourser la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="19"/>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="23"/>
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="119"/>
        <source>The customer asked for it</source>
        <translation>À la demande du client</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="25"/>
        <location filename="../ui/orders/orderdetail.cpp" line="121"/>
        <source>Charged twice (duplicate)</source>
        <translation>Débité deux fois (doublon)</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="26"/>
        <location filename="../ui/orders/orderdetail.cpp" line="123"/>
        <source>Fraudulent payment</source>
        <translation>Paiement frauduleux</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="27"/>
        <source>Captured:</source>
        <translation>Capturé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="29"/>
        <source>Already refunded:</source>
        <translation>Déjà remboursé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="30"/>
        <source>&amp;Amount to refund:</source>
        <translation>&amp;Montant à rembourser&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="31"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refunding…</source>
        <translation>Remboursement en cours…</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="46"/>
        <source>Refund more than zero and at most the %1 that remains.</source>
        <translation>Remboursez un montant supérieur à zéro et au plus égal aux %1 restants.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="59"/>
        <source>Refund of %1 is pending: Amazon Pay confirms refunds later; the order shows it when it settles.</source>
        <translation>Remboursement de %1 en attente&#xa0;: Amazon Pay confirme les remboursements plus tard&#xa0;; la commande l’affichera une fois le remboursement finalisé.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="61"/>
        <source>Refunded %1</source>
        <translation>Remboursé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="43"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="44"/>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="45"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="68"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>US dollar</source>
        <translation>Dollar américain</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Swiss franc</source>
        <translation>Franc suisse</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Danish krone</source>
        <translation>Couronne danoise</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Norwegian krone</source>
        <translation>Couronne norvégienne</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="76"/>
        <source>Swedish krona</source>
        <translation>Couronne suédoise</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="79"/>
        <source>Shop &amp;currency:</source>
        <translation>&amp;Devise de la boutique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="80"/>
        <source>New orders are priced in this currency. Saved orders keep their own. It must be your Stripe account&apos;s currency for Amazon Pay.</source>
        <translation>Les nouvelles commandes sont établies dans cette devise. Les commandes enregistrées conservent la leur. Pour Amazon Pay, ce doit être la devise de votre compte Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="91"/>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="99"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="101"/>
        <source>Lock when &amp;idle after:</source>
        <translation>Verrouiller après une &amp;inactivité de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="103"/>
        <source>&amp;Hold new payments for a manager to capture</source>
        <translation>&amp;Autoriser les nouveaux paiements pour capture par un gérant</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="105"/>
        <source>Amazon Pay keeps a held payment for 7 days; capture it when the goods ship.</source>
        <translation>Amazon Pay conserve un paiement autorisé pendant 7 jours&#xa0;; capturez-le à l’expédition de la marchandise.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="117"/>
        <source>Training (practice, no real money)</source>
        <translation>Formation (entraînement, sans argent réel)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="118"/>
        <source>Test (Stripe test mode)</source>
        <translation>Test (mode test de Stripe)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="119"/>
        <source>Live (real money)</source>
        <translation>Live (argent réel)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="120"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="128"/>
        <source>https://pay.example-shop.com</source>
        <translation>https://pay.example-shop.com</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="129"/>
        <source>Checkout &amp;origin:</source>
        <translation>&amp;Origine de la page de paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="132"/>
        <source>The HTTPS address the checkout page is shown under in test and live mode. Register its domain with Stripe for Amazon Pay (see the checkout guide).</source>
        <translation>L’adresse HTTPS sous laquelle la page de paiement s’affiche en mode test et en mode live. Enregistrez son domaine auprès de Stripe pour Amazon Pay (voir le guide d’encaissement).</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="147"/>
        <source>&amp;This till only (a file on this computer)</source>
        <translation>&amp;Cette caisse uniquement (un fichier sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="149"/>
        <source>&amp;Shared by several tills (PostgreSQL server)</source>
        <translation>Pa&amp;rtagée entre plusieurs caisses (serveur PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="158"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="162"/>
        <source>PostgreSQL password, kept in the system keychain</source>
        <translation>Mot de passe PostgreSQL, conservé dans le trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="163"/>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Inchangé (conservé dans le trousseau système)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="164"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="168"/>
        <source>The password is kept in the system keychain, never in this address. Orders are not copied between databases.</source>
        <translation>Le mot de passe est conservé dans le trousseau système, jamais dans cette adresse. Les commandes ne sont pas copiées d’une base de données à l’autre.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="203"/>
        <source>Payments go to Holdfast&apos;s built-in practice server. Nothing is charged.</source>
        <translation>Les paiements sont envoyés au serveur d’entraînement intégré à Holdfast. Rien n’est débité.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="206"/>
        <source>Payments go to Stripe&apos;s test mode with your test keys. Nothing is charged.</source>
        <translation>Les paiements sont envoyés au mode test de Stripe avec vos clés de test. Rien n’est débité.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="209"/>
        <source>Payments move real money with your live keys. Live mode needs an HTTPS checkout origin.</source>
        <translation>Les paiements portent sur de l’argent réel, avec vos clés live. Le mode live nécessite une origine HTTPS pour la page de paiement.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="245"/>
        <source>Enter an address such as https://pay.example-shop.com.</source>
        <translation>Saisissez une adresse, par exemple https://pay.example-shop.com.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="120"/>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="122"/>
        <source>Staff take orders and payments. Managers also capture, cancel and refund, and manage staff, keys and settings. Every change here needs a manager&apos;s PIN.</source>
        <translation>Les employés prennent les commandes et les paiements. Les gérants peuvent aussi capturer, annuler et rembourser, et gèrent les employés, les clés et les paramètres. Chaque modification ici demande le code PIN d&apos;un gérant.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="130"/>
        <source>Staff accounts</source>
        <translation>Comptes des employés</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="140"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="144"/>
        <source>Reset &amp;PIN…</source>
        <translation>Réinitialiser le code &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="168"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="198"/>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="200"/>
        <source>Locked until %1 after wrong PINs</source>
        <translation>Bloqué jusqu&apos;à %1 après des codes PIN erronés</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="203"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="206"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;staff</source>
        <translation>Passer &amp;employé</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;manager</source>
        <translation>Passer &amp;gérant</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;on</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="256"/>
        <source>Nothing was changed: no manager approved it.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: aucun gérant ne l&apos;a approuvé.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="278"/>
        <source>Add %1 as %2</source>
        <translation>Ajouter %1 comme %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="284"/>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="305"/>
        <source>Reset the PIN of %1</source>
        <translation>Réinitialiser le code PIN de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="309"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="322"/>
        <source>Make %1 %2</source>
        <translation>%1 devient %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="326"/>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="335"/>
        <source>Switch on the account of %1</source>
        <translation>Activer le compte de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="336"/>
        <source>Switch off the account of %1</source>
        <translation>Désactiver le compte de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="340"/>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="341"/>
        <source>%1 can no longer sign in. Their orders and history stay.</source>
        <translation>%1 ne peut plus se connecter. Ses commandes et son historique restent.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffMemberDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Add a staff account</source>
        <translation>Ajouter un compte employé</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Reset the PIN of %1</source>
        <translation>Réinitialiser le code PIN de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="44"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="48"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="50"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="51"/>
        <source>PIN again</source>
        <translation>Confirmation du code PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>New &amp;PIN:</source>
        <translation>Nouveau code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="53"/>
        <source>PIN &amp;again:</source>
        <translation>C&amp;onfirmer le code PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="56"/>
        <source>A PIN has 4 to 12 digits. The person can change it later only through a manager.</source>
        <translation>Un code PIN a de 4 à 12 chiffres. Par la suite, seul un gérant pourra le changer.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="58"/>
        <source>A PIN has 4 to 12 digits. A new PIN also lifts a lock after wrong PINs.</source>
        <translation>Un code PIN a de 4 à 12 chiffres. Un nouveau code PIN lève aussi un blocage dû à des codes erronés.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="61"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Enregistrer le code PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="85"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="90"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez deux fois le même code PIN.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffNames</name>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="49"/>
        <source>Stripe events</source>
        <translation>Événements Stripe</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="51"/>
        <source>Reconciliation with Stripe</source>
        <translation>Rapprochement avec Stripe</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="53"/>
        <source>Webhook receiver</source>
        <translation>Récepteur de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="63"/>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StripeKeysPage</name>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="33"/>
        <source>Stripe keys</source>
        <translation>Clés Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="40"/>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="48"/>
        <source>Recommended: create a restricted key (rk_…) in the Stripe Dashboard with only the permissions Holdfast needs — PaymentIntents write, Refunds write, Charges read, Events read and Webhook endpoints write. The keys are stored in the system keychain only.</source>
        <translation>Recommandé&#xa0;: créez dans le Dashboard Stripe une clé restreinte (rk_…) disposant uniquement des droits nécessaires à Holdfast — PaymentIntents en écriture, Refunds en écriture, Charges en lecture, Events en lecture et Webhook endpoints en écriture. Les clés sont enregistrées uniquement dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="56"/>
        <source>Secret or restricted key</source>
        <translation>Clé secrète ou restreinte</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="57"/>
        <source>rk_test_… or rk_live_… (or sk_…)</source>
        <translation>rk_test_… ou rk_live_… (ou sk_…)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>Publishable key</source>
        <translation>Clé publiable</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>pk_test_… or pk_live_…</source>
        <translation>pk_test_… ou pk_live_…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="61"/>
        <source>Webhook signing secret</source>
        <translation>Secret de signature du webhook</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="62"/>
        <source>whsec_… (only for the webhook receiver)</source>
        <translation>whsec_… (uniquement pour le récepteur de webhooks)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="65"/>
        <source>&amp;Secret or restricted key:</source>
        <translation>Clé &amp;secrète ou restreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="66"/>
        <source>&amp;Publishable key:</source>
        <translation>Clé &amp;publiable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="67"/>
        <source>&amp;Webhook signing secret:</source>
        <translation>Secret de signature du &amp;webhook&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="72"/>
        <source>Key check</source>
        <translation>Vérification des clés</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="76"/>
        <source>Stripe account check</source>
        <translation>Vérification du compte Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="78"/>
        <source>S&amp;tore keys</source>
        <translation>&amp;Enregistrer les clés</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="80"/>
        <source>&amp;Check with Stripe</source>
        <translation>&amp;Vérifier auprès de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="82"/>
        <source>Remove t&amp;est keys…</source>
        <translation>Supprimer les clés de &amp;test…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="84"/>
        <source>Remove &amp;live keys…</source>
        <translation>Supprimer les clés &amp;live…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="135"/>
        <source>Live keys (restricted key). Ready to store.</source>
        <translation>Clés live (clé restreinte). Prêtes à être enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="136"/>
        <source>Live keys. Ready to store — a restricted key is safer.</source>
        <translation>Clés live. Prêtes à être enregistrées — une clé restreinte est plus sûre.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="137"/>
        <source>Test keys (restricted key). Ready to store.</source>
        <translation>Clés de test (clé restreinte). Prêtes à être enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="138"/>
        <source>Test keys. Ready to store — a restricted key is safer.</source>
        <translation>Clés de test. Prêtes à être enregistrées — une clé restreinte est plus sûre.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Live keys: not stored.</source>
        <translation>Clés live&#xa0;: non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Test keys: not stored.</source>
        <translation>Clés de test&#xa0;: non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="174"/>
        <source>Live keys: stored in the system keychain.</source>
        <translation>Clés live&#xa0;: enregistrées dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="175"/>
        <source>Test keys: stored in the system keychain.</source>
        <translation>Clés de test&#xa0;: enregistrées dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="190"/>
        <source>Storing the keys in the system keychain…</source>
        <translation>Enregistrement des clés dans le trousseau système…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="201"/>
        <source>Live keys stored.</source>
        <translation>Clés live enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="202"/>
        <source>Test keys stored.</source>
        <translation>Clés de test enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="226"/>
        <source>Live keys removed.</source>
        <translation>Clés live supprimées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="227"/>
        <source>Test keys removed.</source>
        <translation>Clés de test supprimées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="241"/>
        <source>Checking the key with Stripe…</source>
        <translation>Vérification de la clé auprès de Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="247"/>
        <source>Stripe accepted the key: %1</source>
        <translation>Stripe a accepté la clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="248"/>
        <source>Stripe did not accept the key: %1</source>
        <translation>Stripe n’a pas accepté la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TakePaymentDialog</name>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="13"/>
        <source>Hold for &amp;manager capture</source>
        <translation>&amp;Autoriser maintenant, capture par un gérant</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="16"/>
        <source>Take payment — order %1</source>
        <translation>Encaissement — commande %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="17"/>
        <source>Order %1 · %2</source>
        <translation>Commande %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="27"/>
        <source>Pay on &amp;this screen</source>
        <translation>Payer sur &amp;cet écran</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Envoyer sur le &amp;portable du client</translation>
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
        <translation>La base de données des commandes ne peut pas être ouverte.

%1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="257"/>
        <source>The training sandbox cannot start: %1</source>
        <translation>Le bac à sable de formation ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="369"/>
        <source>sandbox on %1</source>
        <translation>bac à sable sur %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="371"/>
        <source>%1 · DB: %2</source>
        <translation>%1 · BD&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="372"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="373"/>
        <source>shared PostgreSQL</source>
        <translation>PostgreSQL partagée</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="314"/>
        <source>Holdfast — sign in</source>
        <translation>Holdfast — connexion</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="243"/>
        <source>The Stripe keys for %1 mode could not be read: %2 Holdfast runs in training mode until they can be read (Tools → Stripe keys…).</source>
        <translation>Les clés Stripe du mode %1 n’ont pas pu être lues&#xa0;: %2 Holdfast fonctionne en mode formation jusqu’à ce qu’elles puissent être lues (Outils → Clés Stripe…).</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="491"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="492"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="496"/>
        <source>&amp;End of day…</source>
        <translation>&amp;Clôture de journée…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="499"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Employés…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="502"/>
        <source>Stripe &amp;keys…</source>
        <translation>Clés &amp;Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="505"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="510"/>
        <source>&amp;Reconcile with Stripe</source>
        <translation>&amp;Rapprocher avec Stripe</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="559"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="572"/>
        <location filename="../ui/application/tillapplication.cpp" line="576"/>
        <location filename="../ui/application/tillapplication.cpp" line="594"/>
        <location filename="../ui/application/tillapplication.cpp" line="599"/>
        <source>Take payment</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="577"/>
        <source>Order %1 is %2: there is nothing to pay.</source>
        <translation>La commande %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: il n’y a rien à payer.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="600"/>
        <source>The order is saved. Set the checkout origin (Tools → Settings) before taking payments on this screen in %1 mode.</source>
        <translation>La commande est enregistrée. Définissez l’origine de la page de paiement (Outils → Paramètres) avant d’encaisser des paiements sur cet écran en mode %1.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="639"/>
        <location filename="../ui/application/tillapplication.cpp" line="641"/>
        <source>Stripe keys</source>
        <translation>Clés Stripe</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="655"/>
        <source>Stripe accepted the key.</source>
        <translation>Stripe a accepté la clé.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="670"/>
        <location filename="../ui/application/tillapplication.cpp" line="680"/>
        <location filename="../ui/application/tillapplication.cpp" line="686"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="681"/>
        <source>The PostgreSQL password could not be kept in the keychain: %1</source>
        <translation>Le mot de passe PostgreSQL n’a pas pu être conservé dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="687"/>
        <source>The new mode, database or language applies when Holdfast next starts.</source>
        <translation>Un nouveau mode, une nouvelle base de données ou une nouvelle langue prend effet au prochain démarrage de Holdfast.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="720"/>
        <source>End of day</source>
        <translation>Clôture de journée</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/holdfast-sandbox.cpp" line="35"/>
        <source>Stripe-compatible sandbox for Holdfast training mode and tests. See docs/sandbox.md.</source>
        <translation>Bac à sable compatible Stripe pour le mode formation et les tests de Holdfast. Voir docs/sandbox.md.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="66"/>
        <source>Receives signed Stripe webhooks at POST /webhooks/stripe, verifies their Stripe-Signature, and stores and applies each event once in the Holdfast database. GET /healthz reports its health.

The signing secret (whsec_…) comes from --secret-file (one secret per line; several during a roll) or the HOLDFAST_WEBHOOK_SECRET environment variable. A PostgreSQL password comes from HOLDFAST_DATABASE_PASSWORD, never from the URL.</source>
        <translation>Reçoit les webhooks Stripe signés sur POST /webhooks/stripe, vérifie leur en-tête Stripe-Signature, puis enregistre et applique chaque événement une seule fois dans la base de données Holdfast. GET /healthz indique son état de santé.

Le secret de signature (whsec_…) provient de --secret-file (un secret par ligne&#xa0;; plusieurs pendant une rotation) ou de la variable d’environnement HOLDFAST_WEBHOOK_SECRET. Un mot de passe PostgreSQL provient de HOLDFAST_DATABASE_PASSWORD, jamais de l’URL.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="78"/>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>Port TCP d’écoute (0&#xa0;: n’importe quel port libre).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="82"/>
        <source>Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front).</source>
        <translation>Adresse d’écoute (par défaut 127.0.0.1&#xa0;; placez un proxy inverse TLS devant).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="87"/>
        <source>Database URL: sqlite:/path or postgresql://user@host:port/db.</source>
        <translation>URL de la base de données&#xa0;: sqlite:/path ou postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="90"/>
        <source>File holding the webhook signing secret(s), one per line.</source>
        <translation>Fichier contenant le ou les secrets de signature du webhook, un par ligne.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="96"/>
        <source>Command run once per paid order with the order as JSON on stdin (default: the post_payment_hook.command setting).</source>
        <translation>Programme exécuté une fois par commande payée, qui reçoit la commande au format JSON sur stdin (par défaut&#xa0;: le paramètre post_payment_hook.command).</translation>
    </message>
</context>
</TS>
