<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Dispute</name>
    <message>
        <location filename="../app/domain/dispute.cpp" line="19"/>
        <source>Inquiry: needs response</source>
        <translation>Petición de información: requiere respuesta</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="20"/>
        <source>Inquiry: under review</source>
        <translation>Petición de información: en revisión</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="21"/>
        <source>Inquiry closed</source>
        <translation>Petición de información cerrada</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="22"/>
        <source>Needs response</source>
        <translation>Requiere respuesta</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="23"/>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="24"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="25"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="29"/>
        <source>Bank cannot process</source>
        <translation>El banco no puede procesarlo</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="30"/>
        <source>Check returned</source>
        <translation>Cheque devuelto</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="31"/>
        <source>Credit not processed</source>
        <translation>Crédito no procesado</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="32"/>
        <source>Customer initiated</source>
        <translation>Iniciado por el cliente</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="33"/>
        <source>Debit not authorised</source>
        <translation>Adeudo no autorizado</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="34"/>
        <source>Duplicate</source>
        <translation>Pago duplicado</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="35"/>
        <source>Fraudulent</source>
        <translation>Fraudulento</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="36"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="37"/>
        <source>Incorrect account details</source>
        <translation>Datos de cuenta incorrectos</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="38"/>
        <source>Insufficient funds</source>
        <translation>Fondos insuficientes</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="39"/>
        <source>Product not received</source>
        <translation>Producto no recibido</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="40"/>
        <source>Product unacceptable</source>
        <translation>Producto no aceptable</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="41"/>
        <source>Subscription cancelled</source>
        <translation>Suscripción cancelada</translation>
    </message>
    <message>
        <location filename="../app/domain/dispute.cpp" line="42"/>
        <source>Unrecognised</source>
        <translation>Pago no reconocido</translation>
    </message>
</context>
<context>
    <name>EndOfDay</name>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="32"/>
        <source>Held, then captured (manual capture)</source>
        <translation>Retenido y después capturado (captura manual)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="34"/>
        <source>No payment</source>
        <translation>Sin pago</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="35"/>
        <source>Paid at once (automatic capture)</source>
        <translation>Pagado al instante (captura automática)</translation>
    </message>
    <message>
        <location filename="../app/backoffice/endofday.cpp" line="145"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
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
        <translation>Caducado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/backoffice/holddeadline.cpp" line="42"/>
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
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
        <translation>quedan %1 %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../app/domain/money.cpp" line="193"/>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="195"/>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="197"/>
        <source>Use only digits and the separators of your language.</source>
        <translation>Use solo dígitos y los separadores de su idioma.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="199"/>
        <source>The separators in this amount are in the wrong place.</source>
        <translation>Los separadores de este importe están en una posición incorrecta.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="202"/>
        <source>%1 has no decimal places.</source>
        <translation>%1 no tiene decimales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/money.cpp" line="203"/>
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 tiene como máximo %n decimal.</numerusform>
            <numerusform>%1 tiene como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="206"/>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado alto.</translation>
    </message>
    <message>
        <location filename="../app/domain/money.cpp" line="208"/>
        <source>Unknown currency “%1”.</source>
        <translation>Moneda desconocida «%1».</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="20"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="21"/>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="22"/>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="23"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="24"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="25"/>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="26"/>
        <source>Partially captured</source>
        <translation>Capturado parcialmente</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="27"/>
        <source>Partially refunded</source>
        <translation>Reembolsado parcialmente</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="28"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../app/domain/orderstate.cpp" line="30"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
</context>
<context>
    <name>PaymentsSync</name>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="49"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast no está conectado a Stripe.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="104"/>
        <source>No order claims this payment; nothing to repair.</source>
        <translation>Ningún pedido corresponde a este pago; no hay nada que reparar.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/paymentssync.cpp" line="107"/>
        <source>The order is ahead of Stripe; it was left as it is.</source>
        <translation>El pedido va por delante de Stripe; se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../app/events/returnpage.cpp" line="15"/>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="16"/>
        <source>Thank you. The shop has your payment. You can close this page.</source>
        <translation>Gracias. La tienda ha recibido su pago. Puede cerrar esta página.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="17"/>
        <source>Payment on its way</source>
        <translation>Pago en curso</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="19"/>
        <source>Thank you. Your payment is being processed and the shop will see it shortly. You can close this page.</source>
        <translation>Gracias. Su pago se está procesando y la tienda lo verá en breve. Puede cerrar esta página.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="20"/>
        <source>Payment not completed</source>
        <translation>Pago no completado</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="22"/>
        <source>The payment did not go through and nothing was charged. Please tell the shop; you can close this page.</source>
        <translation>El pago no se ha completado y no se ha cobrado nada. Avise a la tienda; puede cerrar esta página.</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="23"/>
        <source>Back from payment</source>
        <translation>De vuelta del pago</translation>
    </message>
    <message>
        <location filename="../app/events/returnpage.cpp" line="25"/>
        <source>The shop will see whether your payment went through. You can close this page.</source>
        <translation>La tienda verá si su pago se ha completado. Puede cerrar esta página.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../app/store/storeerror.cpp" line="13"/>
        <source>The order database cannot be reached. Check the connection or the database server, then try again.</source>
        <translation>No se puede acceder a la base de datos de pedidos. Compruebe la conexión o el servidor de base de datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="17"/>
        <source>The order database is busy with another till. Try again in a moment.</source>
        <translation>La base de datos de pedidos está ocupada por otra caja. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="21"/>
        <source>This order was changed by someone else. It has been reloaded; check it and try again.</source>
        <translation>Otra persona ha modificado este pedido. Se ha vuelto a cargar; revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="25"/>
        <source>This order cannot move to that state from where it is now.</source>
        <translation>Este pedido no puede pasar a ese estado desde el estado en que se encuentra.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="28"/>
        <source>The order database was written by a newer version of Holdfast. Update Holdfast on this till before opening it.</source>
        <translation>La base de datos de pedidos se escribió con una versión más reciente de Holdfast. Actualice Holdfast en esta caja antes de abrirla.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="32"/>
        <source>The order could not be found.</source>
        <translation>No se ha encontrado el pedido.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="34"/>
        <source>The database refused the change because it conflicts with existing data.</source>
        <translation>La base de datos ha rechazado el cambio porque entra en conflicto con datos existentes.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="37"/>
        <source>The order data is not valid and was not saved.</source>
        <translation>Los datos del pedido no son válidos y no se han guardado.</translation>
    </message>
    <message>
        <location filename="../app/store/storeerror.cpp" line="39"/>
        <source>The order database reported an unexpected error.</source>
        <translation>La base de datos de pedidos ha notificado un error inesperado.</translation>
    </message>
</context>
<context>
    <name>StripeError</name>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="29"/>
        <location filename="../app/stripe/stripeerror.cpp" line="31"/>
        <source>A required detail is missing from the request.</source>
        <translation>Falta un dato obligatorio en la solicitud.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="33"/>
        <source>Stripe did not recognise one of the details sent. Holdfast may need an update.</source>
        <translation>Stripe no ha reconocido uno de los datos enviados. Puede que haya que actualizar Holdfast.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="36"/>
        <source>An amount or number was not a whole number.</source>
        <translation>Un importe o número no era un número entero.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="37"/>
        <source>A required detail was left empty.</source>
        <translation>Se ha dejado vacío un dato obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="39"/>
        <source>The amount is below the minimum Stripe accepts for this currency.</source>
        <translation>El importe es inferior al mínimo que Stripe acepta para esta moneda.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="41"/>
        <source>The amount is above the maximum Stripe accepts (999,999.99 in a two-decimal currency), or more than is left to refund or capture.</source>
        <translation>El importe supera el máximo que Stripe acepta (999.999,99 en una moneda con dos decimales) o lo que queda por reembolsar o capturar.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="44"/>
        <source>Stripe has no record of this payment. It may belong to another account or mode.</source>
        <translation>Stripe no tiene constancia de este pago. Puede que pertenezca a otra cuenta o a otro modo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="47"/>
        <source>The payment is not in a state that allows this. Refresh it to see its current status.</source>
        <translation>El estado del pago no permite esta acción. Actualícelo para ver su estado actual.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="51"/>
        <source>One of the payment&apos;s details is not valid for this payment method.</source>
        <translation>Uno de los datos del pago no es válido para este método de pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="53"/>
        <source>The customer&apos;s payment attempt failed or was declined. Ask them to try again or use another payment method.</source>
        <translation>El intento de pago del cliente ha fallado o ha sido rechazado. Pídale que lo intente de nuevo o que use otro método de pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="56"/>
        <source>The customer did not complete the payment in time. Start a new payment attempt.</source>
        <translation>El cliente no completó el pago a tiempo. Inicie un nuevo intento de pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="59"/>
        <source>The customer still has to approve this payment.</source>
        <translation>El cliente todavía tiene que aprobar este pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="61"/>
        <source>The customer could not be authenticated for this payment. Ask them to try again or use another payment method.</source>
        <translation>No se ha podido autenticar al cliente para este pago. Pídale que lo intente de nuevo o que use otro método de pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="64"/>
        <source>Amazon Pay does not support this currency for your account. Use the account&apos;s currency (usd for US accounts).</source>
        <translation>Amazon Pay no admite esta moneda para su cuenta. Use la moneda de la cuenta (usd en las cuentas de EE. UU.).</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="67"/>
        <source>This payment method sends the customer to another page, so a return address is required to confirm it.</source>
        <translation>Este método de pago redirige al cliente a otra página, por lo que se necesita una dirección de retorno para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="70"/>
        <source>This action needs the shop&apos;s secret key, not the publishable key. Check the keys in Settings.</source>
        <translation>Esta acción necesita la clave secreta de la tienda, no la clave publicable. Compruebe las claves en la configuración.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="74"/>
        <location filename="../app/stripe/stripeerror.cpp" line="151"/>
        <source>Stripe is receiving too many requests right now. Wait a moment and try again.</source>
        <translation>Stripe está recibiendo demasiadas solicitudes en este momento. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="77"/>
        <source>This payment is being changed by another request. Wait a moment and try again.</source>
        <translation>Otra solicitud está modificando este pago. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="80"/>
        <source>The same action is still being processed. Wait a moment, then refresh the payment.</source>
        <translation>La misma acción todavía se está procesando. Espere un momento y después actualice el pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="83"/>
        <source>This action was already sent with different details. Refresh the payment before trying again.</source>
        <translation>Esta acción ya se envió con otros datos. Actualice el pago antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="87"/>
        <source>This payment has already been refunded in full.</source>
        <translation>Este pago ya se ha reembolsado por completo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="88"/>
        <source>This payment cannot be refunded.</source>
        <translation>Este pago no se puede reembolsar.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="90"/>
        <source>The customer&apos;s bank has disputed this payment and taken the money back, so it cannot be refunded. Answer the dispute in Stripe&apos;s Dashboard instead.</source>
        <translation>El banco del cliente ha disputado este pago y ha retirado el dinero, por lo que no se puede reembolsar. Responda a la disputa en el Dashboard de Stripe.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="94"/>
        <source>The authorisation expired before it was captured; the held funds were released.</source>
        <translation>La autorización caducó antes de capturarse; se han liberado los fondos retenidos.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="128"/>
        <source>(Field: %1)</source>
        <translation>(Campo: %1)</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="141"/>
        <source>Holdfast could not reach Stripe. Check the internet connection and try again.</source>
        <translation>Holdfast no ha podido conectar con Stripe. Compruebe la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="145"/>
        <source>Stripe did not answer in time. Try again in a moment.</source>
        <translation>Stripe no ha respondido a tiempo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="147"/>
        <source>The connection to Stripe failed before the answer arrived, so it is not known whether the change was made. Refresh the payment before trying again.</source>
        <translation>La conexión con Stripe falló antes de recibir la respuesta, así que no se sabe si el cambio se realizó. Actualice el pago antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="154"/>
        <source>Stripe sent an answer Holdfast could not read. Try again; if it keeps happening, contact support.</source>
        <translation>Stripe ha enviado una respuesta que Holdfast no ha podido leer. Inténtelo de nuevo; si vuelve a ocurrir, póngase en contacto con el servicio de asistencia.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="158"/>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="160"/>
        <source>A live Stripe key can only be used over a secure (HTTPS) connection. Nothing was sent.</source>
        <translation>Una clave de Stripe del modo real solo se puede usar con una conexión segura (HTTPS). No se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="173"/>
        <source>The payment was declined. Ask the customer to use another payment method.</source>
        <translation>El pago ha sido rechazado. Pida al cliente que use otro método de pago.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="176"/>
        <source>Stripe did not accept the API key. Check the keys in Settings.</source>
        <translation>Stripe no ha aceptado la clave de API. Compruebe las claves en la configuración.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="179"/>
        <source>The API key does not have permission for this action. Check the key&apos;s permissions in the Stripe Dashboard.</source>
        <translation>La clave de API no tiene permiso para esta acción. Compruebe los permisos de la clave en el Dashboard de Stripe.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="184"/>
        <source>Stripe had a problem processing the request. Refresh the payment, then try again.</source>
        <translation>Stripe ha tenido un problema al procesar la solicitud. Actualice el pago y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/stripe/stripeerror.cpp" line="188"/>
        <source>Stripe could not complete the request (%1). Refresh the payment and try again; if it keeps happening, contact support with the request id.</source>
        <translation>Stripe no ha podido completar la solicitud (%1). Actualice el pago e inténtelo de nuevo; si vuelve a ocurrir, póngase en contacto con el servicio de asistencia e indique el ID de la solicitud.</translation>
    </message>
</context>
<context>
    <name>holdfast::backoffice::HoldOperations</name>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="76"/>
        <source>This order has no payment to act on.</source>
        <translation>Este pedido no tiene ningún pago sobre el que actuar.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="80"/>
        <source>Only a held payment can be captured; this order is %1.</source>
        <translation>Solo se puede capturar un pago retenido; el estado de este pedido es «%1».</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="83"/>
        <source>The amount to capture must be more than zero and no more than the hold.</source>
        <translation>El importe que se va a capturar debe ser mayor que cero y no superar el importe retenido.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="88"/>
        <source>Only a payment not yet captured can be cancelled; this order is %1.</source>
        <translation>Solo se puede cancelar un pago que aún no se haya capturado; el estado de este pedido es «%1».</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="96"/>
        <source>Only a captured payment can be refunded; this order is %1.</source>
        <translation>Solo se puede reembolsar un pago capturado; el estado de este pedido es «%1».</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="100"/>
        <source>The refund must be more than zero and no more than what remains to refund.</source>
        <translation>El reembolso debe ser mayor que cero y no superar lo que queda por reembolsar.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="111"/>
        <source>This order already has an operation in progress.</source>
        <translation>Este pedido ya tiene una operación en curso.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="113"/>
        <source>Holdfast is not connected to Stripe.</source>
        <translation>Holdfast no está conectado a Stripe.</translation>
    </message>
    <message>
        <location filename="../app/backoffice/holdoperations.cpp" line="328"/>
        <source>Stripe did not confirm the outcome. Nothing will be done twice: try again to find out.</source>
        <translation>Stripe no ha confirmado el resultado. Nada se hará dos veces: inténtelo de nuevo para averiguarlo.</translation>
    </message>
</context>
<context>
    <name>holdfast::checkout::CheckoutFlow</name>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="98"/>
        <source>This order is already %1.</source>
        <translation>Este pedido ya está en estado «%1».</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="103"/>
        <source>The order has no amount to pay.</source>
        <translation>El pedido no tiene ningún importe que pagar.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="113"/>
        <source>Holdfast is still talking to Stripe about this payment.</source>
        <translation>Holdfast todavía se está comunicando con Stripe sobre este pago.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="196"/>
        <location filename="../app/checkout/checkoutflow.cpp" line="278"/>
        <source>Stripe sent an answer Holdfast could not read.</source>
        <translation>Stripe ha enviado una respuesta que Holdfast no ha podido leer.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="362"/>
        <source>Held %1 — capture by %2</source>
        <translation>Retenido: %1 — plazo de captura: %2</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="366"/>
        <source>Held %1 — capture within 7 days</source>
        <translation>Retenido: %1 — capturar en un plazo de 7 días</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="370"/>
        <source>Paid %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="374"/>
        <source>This payment was cancelled.</source>
        <translation>Este pago se ha cancelado.</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="383"/>
        <source>Waiting for the customer to choose how to pay…</source>
        <translation>Esperando a que el cliente elija cómo pagar…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="387"/>
        <source>Payment is processing…</source>
        <translation>El pago se está procesando…</translation>
    </message>
    <message>
        <location filename="../app/checkout/checkoutflow.cpp" line="392"/>
        <source>Waiting for the customer…</source>
        <translation>Esperando al cliente…</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyFormat</name>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="41"/>
        <source>Paste the secret or restricted key (it starts with rk_ or sk_).</source>
        <translation>Pegue la clave secreta o restringida (empieza por rk_ o sk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="45"/>
        <source>The secret key field holds a publishable key (pk_…). Paste the secret or restricted key there.</source>
        <translation>El campo de la clave secreta contiene una clave publicable (pk_…). Pegue ahí la clave secreta o restringida.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="50"/>
        <source>The secret key is not in Stripe&apos;s format (rk_test_…, rk_live_…, sk_test_… or sk_live_…). Copy it again from the Stripe Dashboard, without spaces.</source>
        <translation>La clave secreta no tiene el formato de Stripe (rk_test_…, rk_live_…, sk_test_… o sk_live_…). Vuelva a copiarla desde el Dashboard de Stripe, sin espacios.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="55"/>
        <source>Paste the publishable key (it starts with pk_).</source>
        <translation>Pegue la clave publicable (empieza por pk_).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="59"/>
        <source>The publishable key is not in Stripe&apos;s format (pk_test_… or pk_live_…).</source>
        <translation>La clave publicable no tiene el formato de Stripe (pk_test_… o pk_live_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="64"/>
        <source>The webhook signing secret is not in Stripe&apos;s format (whsec_…).</source>
        <translation>El secreto de firma del webhook no tiene el formato de Stripe (whsec_…).</translation>
    </message>
    <message>
        <location filename="../app/keystore/keyformat.cpp" line="69"/>
        <source>The secret key and the publishable key belong to different modes (one test, one live). Use both keys from the same mode.</source>
        <translation>La clave secreta y la clave publicable pertenecen a modos distintos (una de prueba y otra real). Use las dos claves del mismo modo.</translation>
    </message>
</context>
<context>
    <name>holdfast::keystore::KeyStore</name>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="22"/>
        <source>No key is stored here yet.</source>
        <translation>Todavía no hay ninguna clave guardada aquí.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="25"/>
        <source>The system keychain is not available, so Stripe keys cannot be stored safely. Holdfast keeps working in training mode. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>El llavero del sistema no está disponible, así que las claves de Stripe no se pueden guardar de forma segura. Holdfast sigue funcionando en modo de formación. Inicie el llavero de su escritorio (por ejemplo, GNOME Keyring o KWallet) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="31"/>
        <source>The system keychain is locked or refused access. Unlock it and try again.</source>
        <translation>El llavero del sistema está bloqueado o ha denegado el acceso. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="35"/>
        <source>The system keychain did not answer in time. Try again; if it keeps happening, unlock or restart your keyring.</source>
        <translation>El llavero del sistema no ha respondido a tiempo. Inténtelo de nuevo; si vuelve a ocurrir, desbloquee o reinicie el llavero.</translation>
    </message>
    <message>
        <location filename="../app/keystore/keystoreerror.cpp" line="40"/>
        <source>The system keychain reported an error. The details are in the log.</source>
        <translation>El llavero del sistema ha notificado un error. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>holdfast::settings::Settings</name>
    <message>
        <location filename="../app/settings/settings.cpp" line="88"/>
        <source>Enter the database as postgresql://user@host:5432/database.</source>
        <translation>Introduzca la base de datos como postgresql://usuario@servidor:5432/basededatos.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="91"/>
        <source>Leave the password out of the address; Holdfast keeps it in the system keychain.</source>
        <translation>No incluya la contraseña en la dirección; Holdfast la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="111"/>
        <source>Live mode needs the shop&apos;s HTTPS checkout address (for example https://pay.example.com), registered with Stripe.</source>
        <translation>El modo real necesita la dirección HTTPS de la página de pago de la tienda, registrada en Stripe (por ejemplo, https://pay.example.com).</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="116"/>
        <source>Enter only the checkout address&apos;s origin, like https://pay.example.com.</source>
        <translation>Introduzca solo el origen de la dirección de la página de pago, como https://pay.example.com.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="121"/>
        <source>Live mode refuses plain HTTP: Stripe only takes live payments on HTTPS pages.</source>
        <translation>El modo real no admite HTTP sin cifrar: Stripe solo acepta pagos reales en páginas HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="123"/>
        <source>The checkout address must start with https://.</source>
        <translation>La dirección de la página de pago debe empezar por https://.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="181"/>
        <source>Choose between 1 and 20 event types.</source>
        <translation>Elija entre 1 y 20 tipos de evento.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="184"/>
        <source>“%1” is not a Stripe event type.</source>
        <translation>«%1» no es un tipo de evento de Stripe.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="219"/>
        <source>Amazon Pay does not take %1 as a shop&apos;s currency. Choose one of: %2.</source>
        <translation>Amazon Pay no acepta %1 como moneda de una tienda. Elija una de estas: %2.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="230"/>
        <source>The settings file names %1 as the shop&apos;s currency, which Amazon Pay does not take. New orders are priced in USD until a manager chooses a currency in Tools → Settings.</source>
        <translation>El archivo de configuración indica %1 como moneda de la tienda, pero Amazon Pay no la acepta. Los pedidos nuevos se expresan en USD hasta que un encargado elija una moneda en Herramientas → Configuración.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings.cpp" line="271"/>
        <source>The test server address must be http(s)://host:port, with nothing after it.</source>
        <translation>La dirección del servidor de prueba debe ser http(s)://servidor:puerto, sin nada detrás.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Authorizer</name>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="24"/>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="26"/>
        <source>Only a manager may do this: %1.</source>
        <translation>Solo un encargado puede hacer esto: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="29"/>
        <source>A manager must approve this with their PIN: %1.</source>
        <translation>Un encargado debe aprobarlo con su PIN: %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/authorizer.cpp" line="34"/>
        <source>Only a manager can approve this.</source>
        <translation>Solo un encargado puede aprobarlo.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Pin</name>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="24"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN tiene entre 4 y 12 dígitos.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="27"/>
        <source>A PIN has digits only.</source>
        <translation>Un PIN solo contiene dígitos.</translation>
    </message>
    <message>
        <location filename="../app/staff/pinhash.cpp" line="37"/>
        <source>This PIN is too easy to guess. Avoid repeated digits and runs like 1234.</source>
        <translation>Este PIN es demasiado fácil de adivinar. Evite dígitos repetidos y secuencias como 1234.</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::Role</name>
    <message>
        <location filename="../app/staff/role.cpp" line="75"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="76"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="108"/>
        <source>Take an order</source>
        <translation>Tomar un pedido</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="110"/>
        <source>Take a payment</source>
        <translation>Cobrar un pago</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="112"/>
        <source>Capture a payment</source>
        <translation>Capturar un pago</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="114"/>
        <source>Cancel a payment</source>
        <translation>Cancelar un pago</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="116"/>
        <source>Refund a payment</source>
        <translation>Reembolsar un pago</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="118"/>
        <source>Change Stripe keys</source>
        <translation>Cambiar las claves de Stripe</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="120"/>
        <source>Change staff accounts</source>
        <translation>Cambiar las cuentas de empleados</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="122"/>
        <source>Change settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <location filename="../app/staff/role.cpp" line="125"/>
        <source>Switch between training, test and live mode</source>
        <translation>Cambiar entre el modo de formación, el de prueba y el real</translation>
    </message>
</context>
<context>
    <name>holdfast::staff::StaffAccounts</name>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="33"/>
        <source>Wrong PIN. This account is locked until %1.</source>
        <translation>PIN incorrecto. Esta cuenta está bloqueada hasta las %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/staff/staffaccounts.cpp" line="36"/>
        <source>Wrong PIN. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de que se bloquee la cuenta.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de que se bloquee la cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="40"/>
        <source>Too many wrong PINs. This account is locked until %1.</source>
        <translation>Demasiados PIN incorrectos. Esta cuenta está bloqueada hasta las %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="44"/>
        <location filename="../app/staff/staffaccounts.cpp" line="149"/>
        <location filename="../app/staff/staffaccounts.cpp" line="163"/>
        <location filename="../app/staff/staffaccounts.cpp" line="179"/>
        <source>No such staff account.</source>
        <translation>No existe esa cuenta de empleado.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="47"/>
        <source>This staff account is switched off.</source>
        <translation>Esta cuenta de empleado está desactivada.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="92"/>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="98"/>
        <source>A switched-off account has this name. Switch it on again instead.</source>
        <translation>Una cuenta desactivada tiene este nombre. Vuelva a activarla en su lugar.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="100"/>
        <source>There is already a staff account with this name.</source>
        <translation>Ya existe una cuenta de empleado con este nombre.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="112"/>
        <source>A manager already exists. Ask a manager to add new accounts.</source>
        <translation>Ya existe un encargado. Pida a un encargado que añada las cuentas nuevas.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="127"/>
        <source>The PIN could not be protected (out of memory). Try again.</source>
        <translation>No se pudo proteger el PIN (memoria insuficiente). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="132"/>
        <location filename="../app/staff/staffaccounts.cpp" line="155"/>
        <location filename="../app/staff/staffaccounts.cpp" line="171"/>
        <location filename="../app/staff/staffaccounts.cpp" line="185"/>
        <source>The staff account could not be saved.</source>
        <translation>No se pudo guardar la cuenta de empleado.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffaccounts.cpp" line="152"/>
        <location filename="../app/staff/staffaccounts.cpp" line="182"/>
        <source>Holdfast needs at least one manager.</source>
        <translation>Holdfast necesita al menos un encargado.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CancelDialog</name>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="17"/>
        <source>Cancel payment for order %1</source>
        <translation>Cancelar el pago del pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="20"/>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="21"/>
        <location filename="../ui/orders/orderdetail.cpp" line="109"/>
        <source>The customer asked to cancel</source>
        <translation>El cliente pidió cancelarlo</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="22"/>
        <location filename="../ui/orders/orderdetail.cpp" line="111"/>
        <source>The order was abandoned</source>
        <translation>El pedido se abandonó</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="23"/>
        <location filename="../ui/orders/orderdetail.cpp" line="113"/>
        <source>It is a duplicate of another order</source>
        <translation>Es un duplicado de otro pedido</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="115"/>
        <source>It looks fraudulent</source>
        <translation>Parece fraudulento</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="26"/>
        <source>&amp;Yes, release the %1 held. The customer is not charged.</source>
        <translation>&amp;Sí, liberar los %1 retenidos. No se cobra nada al cliente.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="27"/>
        <source>Confirm the cancellation</source>
        <translation>Confirmar la cancelación</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="28"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancel payment</source>
        <translation>Cancelar el pago</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="37"/>
        <source>Tick the confirmation to cancel this payment.</source>
        <translation>Marque la confirmación para cancelar este pago.</translation>
    </message>
    <message>
        <location filename="../ui/holds/canceldialog.cpp" line="48"/>
        <source>Cancelled · %1 released to the customer</source>
        <translation>Cancelado · se han liberado %1 al cliente</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CaptureDialog</name>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="16"/>
        <source>Capture payment for order %1</source>
        <translation>Capturar el pago del pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="19"/>
        <source>Amount to capture</source>
        <translation>Importe a capturar</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="23"/>
        <source>What will be captured and released</source>
        <translation>Qué se capturará y qué se liberará</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="24"/>
        <source>Held:</source>
        <translation>Retenido:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="25"/>
        <source>&amp;Amount to capture:</source>
        <translation>&amp;Importe a capturar:</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="28"/>
        <source>Capturing…</source>
        <translation>Capturando…</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="43"/>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="47"/>
        <source>You can capture at most the %1 held.</source>
        <translation>Puede capturar como máximo los %1 retenidos.</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="63"/>
        <source>Capture %1 · release %2</source>
        <translation>Capturar %1 · liberar %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="64"/>
        <source>Capture %1 · nothing released</source>
        <translation>Capturar %1 · no se libera nada</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="82"/>
        <source>Captured %1 · released %2</source>
        <translation>Capturado: %1 · liberado: %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/capturedialog.cpp" line="83"/>
        <source>Captured %1</source>
        <translation>Capturado: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="37"/>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="39"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="42"/>
        <source>Take payment — order %1</source>
        <translation>Cobrar — pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="44"/>
        <source>Order %1 · %2</source>
        <translation>Pedido %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="55"/>
        <source>QR code of the payment link</source>
        <translation>Código QR del enlace de pago</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="73"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="75"/>
        <source>Send by &amp;email…</source>
        <translation>Enviar por corr&amp;eo electrónico…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="125"/>
        <source>Your payment for order %1</source>
        <translation>Su pago del pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="126"/>
        <source>Please approve your payment here: %1</source>
        <translation>Apruebe su pago aquí: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="133"/>
        <source>Stripe did not answer clearly — checking…</source>
        <translation>Stripe no ha respondido con claridad — comprobando…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="136"/>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="187"/>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="140"/>
        <source>Checking the payment with Stripe…</source>
        <translation>Comprobando el pago con Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="161"/>
        <source>Preparing the payment…</source>
        <translation>Preparando el pago…</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="183"/>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="186"/>
        <source>The checkout page could not be shown.</source>
        <translation>No se ha podido mostrar la página de pago.</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="207"/>
        <source>Waiting for the customer… %1:%2 left</source>
        <translation>Esperando al cliente… quedan %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="252"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Enviar al &amp;teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="253"/>
        <source>Pay on &amp;this screen</source>
        <translation>Pagar en esta &amp;pantalla</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutdialog.cpp" line="254"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckoutView</name>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="22"/>
        <source>Payment form</source>
        <translation>Formulario de pago</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/checkoutview.cpp" line="76"/>
        <source>Sign in to pay</source>
        <translation>Inicie sesión para pagar</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesModel</name>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="86"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="88"/>
        <source>No response possible</source>
        <translation>No se puede responder</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="96"/>
        <source>%1 (passed)</source>
        <translation>%1 (plazo vencido)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesmodel.cpp" line="97"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (queda %n día)</numerusform>
            <numerusform>%1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="121"/>
        <source>Respond by</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="123"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="125"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="127"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="129"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesmodel.cpp" line="131"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DisputesView</name>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="29"/>
        <source>&amp;Open order</source>
        <translation>Abrir &amp;pedido</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="30"/>
        <source>Answer in Stripe &amp;Dashboard</source>
        <translation>Responder en el &amp;Dashboard de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="34"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="36"/>
        <source>Disputes, soonest deadline first</source>
        <translation>Disputas, primero las de plazo más próximo</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="72"/>
        <source>Dispute actions</source>
        <translation>Acciones de disputas</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="84"/>
        <source>No disputes. If a customer&apos;s bank questions a payment, it appears here with the date by which the shop must answer.</source>
        <translation>No hay disputas. Si el banco de un cliente cuestiona un pago, aparece aquí con la fecha límite en la que la tienda debe responder.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="134"/>
        <source>Disputes could not be read: %1</source>
        <translation>No se han podido leer las disputas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disputes/disputesview.cpp" line="136"/>
        <source>%n dispute(s) need the shop&apos;s answer. Send evidence in Stripe&apos;s Dashboard before the date shown, or the money stays with the customer.</source>
        <translation>
            <numerusform>%n disputa requiere la respuesta de la tienda. Envíe las pruebas en el Dashboard de Stripe antes de la fecha indicada o el dinero se quedará con el cliente.</numerusform>
            <numerusform>%n disputas requieren la respuesta de la tienda. Envíe las pruebas en el Dashboard de Stripe antes de la fecha indicada o el dinero se quedará con el cliente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="147"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Los pagos de formación no están en el Dashboard de Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/disputes/disputesview.cpp" line="148"/>
        <source>Opens the dispute in Stripe&apos;s Dashboard, where the shop sends its evidence.</source>
        <translation>Abre la disputa en el Dashboard de Stripe, donde la tienda envía sus pruebas.</translation>
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
        <translation>Estado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endofday/endofdaymodel.cpp" line="60"/>
        <source>Disputes: %n opened</source>
        <translation>
            <numerusform>Disputas: %n abierta</numerusform>
            <numerusform>Disputas: %n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="61"/>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
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
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="96"/>
        <source>Authorised</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="98"/>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="100"/>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="102"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="104"/>
        <source>Disputed</source>
        <translation>Disputado</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="106"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdaymodel.cpp" line="113"/>
        <source>End of day %1</source>
        <translation>Cierre del día %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EndOfDayView</name>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="35"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="39"/>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="41"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="48"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="63"/>
        <source>Totals for the day</source>
        <translation>Totales del día</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="99"/>
        <source>Orders in %1 are totalled apart, each in its own currency.</source>
        <translation>Los pedidos en %1 se suman por separado, cada uno en su propia moneda.</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="109"/>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="112"/>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>Export end of day</source>
        <translation>Exportar el cierre del día</translation>
    </message>
    <message>
        <location filename="../ui/endofday/endofdayview.cpp" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::EventsPage</name>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="36"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="37"/>
        <source>Last event received</source>
        <translation>Último evento recibido</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="38"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="39"/>
        <source>Events waiting</source>
        <translation>Eventos en espera</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="40"/>
        <source>Polling</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="41"/>
        <source>Webhook receiver</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="42"/>
        <source>Last reconciliation</source>
        <translation>Última conciliación</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="45"/>
        <source>Last event received:</source>
        <translation>Último evento recibido:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="46"/>
        <source>Last failure:</source>
        <translation>Último fallo:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="47"/>
        <source>Events waiting:</source>
        <translation>Eventos en espera:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="48"/>
        <source>Polling:</source>
        <translation>Sondeo:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="49"/>
        <source>Webhook receiver:</source>
        <translation>Receptor de webhooks:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="50"/>
        <source>Reconciliation:</source>
        <translation>Conciliación:</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="52"/>
        <source>Reconcile now</source>
        <translation>Conciliar ahora</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="54"/>
        <source>Reconcile orders with Stripe now</source>
        <translation>Conciliar ahora los pedidos con Stripe</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="57"/>
        <location filename="../ui/eventsui/eventspage.cpp" line="105"/>
        <source>Reconciling…</source>
        <translation>Conciliando…</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="60"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="68"/>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="84"/>
        <source>Not polling on this till</source>
        <translation>Sin sondeo en esta caja</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="85"/>
        <source>Not run yet</source>
        <translation>Aún no se ha ejecutado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="101"/>
        <source>Reconciling… %n payment(s) checked so far</source>
        <translation>
            <numerusform>Conciliando… %n pago comprobado hasta ahora</numerusform>
            <numerusform>Conciliando… %n pagos comprobados hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="113"/>
        <source>Polling Stripe every %n second(s); waiting for the first answer</source>
        <translation>
            <numerusform>Sondeo de Stripe cada segundo; esperando la primera respuesta</numerusform>
            <numerusform>Sondeo de Stripe cada %n segundos; esperando la primera respuesta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="115"/>
        <source>Starts after sign-in</source>
        <translation>Se inicia después de iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="117"/>
        <source>Polling Stripe every %n second(s)</source>
        <translation>
            <numerusform>Sondeo de Stripe cada segundo</numerusform>
            <numerusform>Sondeo de Stripe cada %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="119"/>
        <source>last answer %1, %n new event(s)</source>
        <translation>
            <numerusform>última respuesta a las %1, %n evento nuevo</numerusform>
            <numerusform>última respuesta a las %1, %n eventos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="125"/>
        <source>Polling failed: %1. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Sondeo fallido: %1. Nuevo intento en %n segundo.</numerusform>
            <numerusform>Sondeo fallido: %1. Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="135"/>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="142"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="147"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="148"/>
        <source>%n event(s) waiting to be applied</source>
        <translation>
            <numerusform>%n evento pendiente de aplicar</numerusform>
            <numerusform>%n eventos pendientes de aplicar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="151"/>
        <source>Receiving webhooks at %1 (last heard from %2)</source>
        <translation>Recibiendo webhooks en %1 (última señal: %2)</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="155"/>
        <source>Not heard from since %1: check holdfast-webhooks on the server</source>
        <translation>Sin señales desde %1: compruebe holdfast-webhooks en el servidor</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="158"/>
        <source>None reports to this database; this till polls Stripe for events</source>
        <translation>Ningún receptor informa a esta base de datos; esta caja sondea Stripe para obtener los eventos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="166"/>
        <source>%n payment(s) checked</source>
        <translation>
            <numerusform>%n pago comprobado</numerusform>
            <numerusform>%n pagos comprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="167"/>
        <source>%n order(s) repaired</source>
        <translation>
            <numerusform>%n pedido reparado</numerusform>
            <numerusform>%n pedidos reparados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventsui/eventspage.cpp" line="168"/>
        <source>%n unknown to Holdfast</source>
        <translation>
            <numerusform>%n desconocido para Holdfast</numerusform>
            <numerusform>%n desconocidos para Holdfast</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventsui/eventspage.cpp" line="169"/>
        <source>Stopped early: %1 (%2)</source>
        <translation>Detenida antes de tiempo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstManagerDialog</name>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="22"/>
        <source>Create the first manager</source>
        <translation>Crear el primer encargado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="25"/>
        <source>Welcome to Holdfast. Create the manager account first: managers capture, cancel and refund payments, and manage staff, keys and settings. Holdfast starts in training mode — no real money.</source>
        <translation>Bienvenido a Holdfast. Cree primero la cuenta de encargado: los encargados capturan, cancelan y reembolsan pagos, y gestionan el personal, las claves y la configuración. Holdfast se inicia en modo de formación, sin dinero real.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="32"/>
        <source>Manager name</source>
        <translation>Nombre del encargado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="33"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="34"/>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="35"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN tiene entre 4 y 12 dígitos.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="38"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="42"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="43"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Repetir PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="46"/>
        <source>&amp;Create manager</source>
        <translation>&amp;Crear encargado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/firstmanagerdialog.cpp" line="62"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldModel</name>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="146"/>
        <source>Expired — hold lapsed</source>
        <translation>Caducado — la retención ha vencido</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="181"/>
        <source>Capture before %1</source>
        <translation>Plazo de captura: %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="193"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="195"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="197"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="199"/>
        <source>Capture by</source>
        <translation>Plazo de captura</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="201"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldmodel.cpp" line="203"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HeldView</name>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="31"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="35"/>
        <source>Held payments</source>
        <translation>Pagos retenidos</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="39"/>
        <source>Held payments, soonest deadline first</source>
        <translation>Pagos retenidos, primero los de plazo más próximo</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="58"/>
        <source>Held payment actions</source>
        <translation>Acciones de pagos retenidos</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="65"/>
        <source>Holds due soon</source>
        <translation>Retenciones que vencen pronto</translation>
    </message>
    <message>
        <location filename="../ui/holds/heldview.cpp" line="75"/>
        <source>No payments are waiting to be captured. A payment taken with Hold for manager capture appears here as soon as the customer approves it.</source>
        <translation>No hay pagos pendientes de captura. Un pago tomado con la opción «Retener para que lo capture un encargado» aparece aquí en cuanto el cliente lo aprueba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/heldview.cpp" line="88"/>
        <location filename="../ui/holds/heldview.cpp" line="94"/>
        <source>%n held payment(s) must be captured within 24 hours or they lapse.</source>
        <translation>
            <numerusform>%n pago retenido debe capturarse en las próximas 24 horas o caducará.</numerusform>
            <numerusform>%n pagos retenidos deben capturarse en las próximas 24 horas o caducarán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldActions</name>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="23"/>
        <source>&amp;Capture…</source>
        <translation>&amp;Capturar…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="24"/>
        <source>Cance&amp;l payment…</source>
        <translation>Cance&amp;lar el pago…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="25"/>
        <source>&amp;Refund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="26"/>
        <source>Take &amp;payment…</source>
        <translation>C&amp;obrar…</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="30"/>
        <source>Take payment for this order (%1)</source>
        <translation>Cobrar este pedido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="33"/>
        <source>Capture the held payment (%1)</source>
        <translation>Capturar el pago retenido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="36"/>
        <source>Cancel the payment and release the hold (%1)</source>
        <translation>Cancelar el pago y liberar la retención (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="39"/>
        <location filename="../ui/holds/holdactions.cpp" line="83"/>
        <source>Refund a captured payment (%1)</source>
        <translation>Reembolsar un pago capturado (%1)</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdactions.cpp" line="81"/>
        <source>The customer&apos;s bank has taken this payment back in a dispute; answer the dispute in Stripe&apos;s Dashboard instead of refunding.</source>
        <translation>El banco del cliente ha retirado este pago en una disputa; responda a la disputa en el Dashboard de Stripe en lugar de reembolsar.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::HoldAlerts</name>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="31"/>
        <source>Capture now: the hold for order %1 (%2, %3) lapses soon — %4.</source>
        <translation>Capture ahora: la retención del pedido %1 (%2, %3) vence pronto — %4.</translation>
    </message>
    <message>
        <location filename="../ui/holds/holdalerts.cpp" line="32"/>
        <source>Capture soon: the hold for order %1 (%2, %3) lapses in under two days — %4.</source>
        <translation>Capture pronto: la retención del pedido %1 (%2, %3) vence en menos de dos días — %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/holds/holdalerts.cpp" line="35"/>
        <source>%n more hold(s) also need capturing.</source>
        <translation>
            <numerusform>Hay %n retención más pendiente de captura.</numerusform>
            <numerusform>Hay %n retenciones más pendientes de captura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84"/>
        <source>Dismiss the alert until the next one</source>
        <translation>Descartar la alerta hasta la siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>Places</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>No orders yet. Press Ctrl+N to take one.</source>
        <translation>Todavía no hay pedidos. Pulse Ctrl+N para tomar uno.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Held authorisations</source>
        <translation>Autorizaciones retenidas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>No payments are waiting to be captured.</source>
        <translation>No hay pagos pendientes de captura.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Payments from Stripe appear here.</source>
        <translation>Los pagos de Stripe aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Events from Stripe appear here.</source>
        <translation>Los eventos de Stripe aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>Disputed payments appear here.</source>
        <translation>Los pagos disputados aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="129"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;About Holdfast</source>
        <translation>Acerca &amp;de Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>About Holdfast</source>
        <translation>Acerca de Holdfast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="200"/>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Point of sale and back office for shops that take payment through Stripe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Terminal de punto de venta y trastienda para comercios que cobran a través de Stripe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="213"/>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="216"/>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="240"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
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
        <translation>(MODO DE FORMACIÓN: sin dinero real)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>(test mode)</source>
        <translation>(modo de prueba)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ManagerApprovalDialog</name>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="33"/>
        <source>Manager approval</source>
        <translation>Aprobación del encargado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="42"/>
        <source>Approving manager</source>
        <translation>Encargado que aprueba</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="46"/>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="51"/>
        <source>Approval message</source>
        <translation>Mensaje de aprobación</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="54"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Encargado:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="55"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="59"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../ui/staffui/managerapprovaldialog.cpp" line="72"/>
        <source>There is no manager account to approve this.</source>
        <translation>No hay ninguna cuenta de encargado que pueda aprobar esto.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeBanner</name>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="20"/>
        <source>TRAINING MODE — practice only, no real money moves</source>
        <translation>MODO DE FORMACIÓN — solo para practicar, no se mueve dinero real</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="25"/>
        <source>TEST MODE — Stripe test keys, no real money moves</source>
        <translation>MODO DE PRUEBA — claves de prueba de Stripe, no se mueve dinero real</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/modebanner.cpp" line="30"/>
        <source>LIVE — real payments</source>
        <translation>REAL — pagos reales</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::NewOrderDialog</name>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="27"/>
        <source>Hold for &amp;manager capture</source>
        <translation>&amp;Retener para que lo capture un encargado</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="29"/>
        <source>Pay on &amp;this screen</source>
        <translation>Pagar en esta &amp;pantalla</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Enviar al &amp;teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="33"/>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="43"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="44"/>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="45"/>
        <source>Customer email</source>
        <translation>Correo electrónico del cliente</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="47"/>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="51"/>
        <source>The payment is authorised now and captured by a manager within 7 days.</source>
        <translation>El pago se autoriza ahora y un encargado lo captura en un plazo de 7 días.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="60"/>
        <source>The customer pays here, in the checkout window (Enter)</source>
        <translation>El cliente paga aquí, en la ventana de pago (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="61"/>
        <source>The customer gets a link or QR code to approve on their own phone (Alt+P)</source>
        <translation>El cliente recibe un enlace o un código QR para aprobar el pago en su propio teléfono (Alt+T)</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="65"/>
        <source>P&amp;hone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="66"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="82"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
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
        <translation>Introduzca el nombre o el número de teléfono del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="123"/>
        <source>This email address does not look right.</source>
        <translation>Esta dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/neworderdialog.cpp" line="139"/>
        <source>The total is too large.</source>
        <translation>El total es demasiado alto.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OperationDialog</name>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="37"/>
        <source>Order %1 · %2</source>
        <translation>Pedido %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="49"/>
        <source>Approving manager</source>
        <translation>Encargado que aprueba</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="52"/>
        <source>Approving &amp;manager:</source>
        <translation>&amp;Encargado que aprueba:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="54"/>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Your &amp;PIN:</source>
        <translation>Su &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="55"/>
        <source>Manager &amp;PIN:</source>
        <translation>&amp;PIN del encargado:</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="59"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="68"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="78"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="85"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="94"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="96"/>
        <source>Show the technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="150"/>
        <source>Enter the manager&apos;s PIN.</source>
        <translation>Introduzca el PIN del encargado.</translation>
    </message>
    <message>
        <location filename="../ui/holds/operationdialog.cpp" line="183"/>
        <source>Order is now: %1</source>
        <translation>El pedido está ahora: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderDetail</name>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="89"/>
        <source>Stripe: payment created</source>
        <translation>Stripe: pago creado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="90"/>
        <source>Stripe: payment processing</source>
        <translation>Stripe: pago en proceso</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="92"/>
        <source>Stripe: waiting for the customer</source>
        <translation>Stripe: esperando al cliente</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="94"/>
        <source>Stripe: payment held</source>
        <translation>Stripe: pago retenido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="95"/>
        <source>Stripe: payment succeeded</source>
        <translation>Stripe: pago completado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="96"/>
        <source>Stripe: payment failed</source>
        <translation>Stripe: pago fallido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="97"/>
        <source>Stripe: payment cancelled</source>
        <translation>Stripe: pago cancelado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="140"/>
        <source>Order taken</source>
        <translation>Pedido tomado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="141"/>
        <source>Order changed</source>
        <translation>Pedido modificado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="142"/>
        <source>State changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="143"/>
        <source>Updated from Stripe</source>
        <translation>Actualizado desde Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="144"/>
        <source>Payment started</source>
        <translation>Pago iniciado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="145"/>
        <source>Payment confirmed</source>
        <translation>Pago confirmado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="146"/>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="147"/>
        <source>Cancel</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="148"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="149"/>
        <source>Refund failed: the money stays with the shop</source>
        <translation>Reembolso fallido: el dinero se queda en la tienda</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="150"/>
        <source>Dispute opened by the customer&apos;s bank</source>
        <translation>Disputa abierta por el banco del cliente</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="151"/>
        <source>Dispute updated</source>
        <translation>Disputa actualizada</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="152"/>
        <source>Dispute won: the money is back with the shop</source>
        <translation>Disputa ganada: el dinero vuelve a la tienda</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="153"/>
        <source>Dispute lost: the money stays with the customer</source>
        <translation>Disputa perdida: el dinero se queda con el cliente</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="154"/>
        <source>Inquiry closed</source>
        <translation>Petición de información cerrada</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="155"/>
        <source>After-payment action queued</source>
        <translation>Acción posterior al pago en cola</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="156"/>
        <source>After-payment action started</source>
        <translation>Acción posterior al pago iniciada</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="157"/>
        <source>After-payment action ran</source>
        <translation>Acción posterior al pago ejecutada</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="158"/>
        <source>After-payment action skipped</source>
        <translation>Acción posterior al pago omitida</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="159"/>
        <source>After-payment action interrupted</source>
        <translation>Acción posterior al pago interrumpida</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="168"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="169"/>
        <source>sent to Stripe</source>
        <translation>enviado a Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="170"/>
        <location filename="../ui/orders/orderdetail.cpp" line="177"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="171"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="172"/>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="173"/>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="174"/>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Order lines</source>
        <translation>Líneas del pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="193"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="194"/>
        <source>Payment attempts</source>
        <translation>Intentos de pago</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="195"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Order timeline</source>
        <translation>Historial del pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="196"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="224"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="226"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="228"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="243"/>
        <source>Select an order to see it here.</source>
        <translation>Seleccione un pedido para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="248"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</source>
        <translation>&lt;b&gt;Pedido %1&lt;/b&gt; · %2&lt;br&gt;%3 %4 %5&lt;br&gt;%6 · %7</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="273"/>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 pendiente)</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="284"/>
        <location filename="../ui/orders/orderdetail.cpp" line="285"/>
        <source>Stripe payment %1</source>
        <translation>Pago de Stripe %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="292"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="316"/>
        <source>%1, approved by %2</source>
        <translation>%1, aprobado por %2</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="337"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="341"/>
        <source>Send evidence in Stripe&apos;s Dashboard by %1.</source>
        <translation>Envíe las pruebas en el Dashboard de Stripe antes del %1.</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderdetail.cpp" line="343"/>
        <source>Evidence sent; the bank decides.</source>
        <translation>Pruebas enviadas; el banco decide.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrderLinesEditor</name>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="21"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="22"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="23"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="33"/>
        <source>Line %1 description</source>
        <translation>Descripción de la línea %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="35"/>
        <source>Line %1 quantity</source>
        <translation>Cantidad de la línea %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="38"/>
        <source>Line %1 unit price</source>
        <translation>Precio unitario de la línea %1</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="111"/>
        <source>Describe what is being sold on every line.</source>
        <translation>Describa en cada línea lo que se vende.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="117"/>
        <source>A line needs a price above zero.</source>
        <translation>Cada línea necesita un precio mayor que cero.</translation>
    </message>
    <message>
        <location filename="../ui/neworder/orderlineseditor.cpp" line="123"/>
        <source>Add at least one line with a price.</source>
        <translation>Añada al menos una línea con precio.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersModel</name>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="16"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="18"/>
        <source>Succeeded</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="22"/>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="24"/>
        <source>Waiting for the customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="26"/>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="27"/>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="33"/>
        <source>Dispute lost</source>
        <translation>Disputa perdida</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="35"/>
        <source>Dispute won</source>
        <translation>Disputa ganada</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="37"/>
        <source>Inquiry closed</source>
        <translation>Petición de información cerrada</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="39"/>
        <source>Inquiry</source>
        <translation>Petición de información</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="40"/>
        <source>Disputed</source>
        <translation>Disputado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="250"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="252"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="254"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="256"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="258"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="260"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="262"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OrdersView</name>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="38"/>
        <source>&amp;Find order</source>
        <translation>&amp;Buscar pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="44"/>
        <location filename="../ui/orders/ordersview.cpp" line="75"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="46"/>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="47"/>
        <source>Number, name, phone, email or pi_…</source>
        <translation>Número, nombre, teléfono, correo electrónico o pi_…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="50"/>
        <source>Show orders in state</source>
        <translation>Mostrar pedidos en el estado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="51"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="55"/>
        <source>Refund failed</source>
        <translation>Reembolso fallido</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="57"/>
        <source>Disputed</source>
        <translation>Disputado</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="59"/>
        <source>Show orders created</source>
        <translation>Mostrar pedidos creados</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="60"/>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="61"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="62"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="63"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="185"/>
        <source>No order matches. Clear the search or the filters to see every order.</source>
        <translation>Ningún pedido coincide. Borre la búsqueda o los filtros para ver todos los pedidos.</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="186"/>
        <source>No orders yet. Take the first with New order (Ctrl+N).</source>
        <translation>Todavía no hay pedidos. Tome el primero con «Nuevo pedido» (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentsModel</name>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="102"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="104"/>
        <source>No order knows this payment</source>
        <translation>Ningún pedido conoce este pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="107"/>
        <source>Order says %1, Stripe says %2</source>
        <translation>El pedido indica %1; Stripe indica %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="120"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="122"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="124"/>
        <source>Stripe status</source>
        <translation>Estado en Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="126"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="128"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsmodel.cpp" line="130"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentsView</name>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="30"/>
        <source>&amp;Sync from Stripe</source>
        <translation>&amp;Sincronizar desde Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="31"/>
        <source>&amp;Reconcile</source>
        <translation>&amp;Conciliar</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="32"/>
        <source>Open in Stripe &amp;Dashboard</source>
        <translation>Abrir en el &amp;Dashboard de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="35"/>
        <source>Payments at Stripe</source>
        <translation>Pagos en Stripe</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="40"/>
        <source>Repair the selected order from Stripe (%1)</source>
        <translation>Reparar el pedido seleccionado a partir de Stripe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="50"/>
        <source>Payment actions</source>
        <translation>Acciones de pago</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="56"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="60"/>
        <source>Payments at Stripe, newest first</source>
        <translation>Pagos en Stripe, primero los más recientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/paymentsview.cpp" line="86"/>
        <source>%n payment(s) at Stripe, %1 need attention.</source>
        <translation>
            <numerusform>%n pago en Stripe; requieren atención: %1.</numerusform>
            <numerusform>%n pagos en Stripe; requieren atención: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="88"/>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="95"/>
        <source>Order %1 now matches Stripe.</source>
        <translation>El pedido %1 ya coincide con Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="96"/>
        <source>Could not reconcile: %1</source>
        <translation>No se ha podido conciliar: %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="123"/>
        <source>Reading payments from Stripe…</source>
        <translation>Leyendo los pagos de Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="139"/>
        <source>Training payments are not in Stripe&apos;s Dashboard.</source>
        <translation>Los pagos de formación no están en el Dashboard de Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="140"/>
        <source>Opens the payment in Stripe&apos;s Dashboard (%1)</source>
        <translation>Abre el pago en el Dashboard de Stripe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/paymentsview.cpp" line="151"/>
        <source>Reconciling…</source>
        <translation>Conciliando…</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinLockScreen</name>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="18"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="20"/>
        <source>Holdfast is locked. Sign in with your PIN.</source>
        <translation>Holdfast está bloqueado. Inicie sesión con su PIN.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="28"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="29"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="32"/>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="34"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/staffui/pinlockscreen.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="63"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="74"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="76"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="78"/>
        <source>Created at Stripe</source>
        <translation>Creado en Stripe</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="80"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/eventsui/recenteventsmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RefundDialog</name>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="16"/>
        <source>Refund order %1</source>
        <translation>Reembolsar el pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="19"/>
        <source>Amount to refund</source>
        <translation>Importe a reembolsar</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="23"/>
        <source>Reason for the refund</source>
        <translation>Motivo del reembolso</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="24"/>
        <location filename="../ui/orders/orderdetail.cpp" line="119"/>
        <source>The customer asked for it</source>
        <translation>Lo ha pedido el cliente</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="25"/>
        <location filename="../ui/orders/orderdetail.cpp" line="121"/>
        <source>Charged twice (duplicate)</source>
        <translation>Cobrado dos veces (duplicado)</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="26"/>
        <location filename="../ui/orders/orderdetail.cpp" line="123"/>
        <source>Fraudulent payment</source>
        <translation>Pago fraudulento</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="27"/>
        <source>Captured:</source>
        <translation>Capturado:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="29"/>
        <source>Already refunded:</source>
        <translation>Ya reembolsado:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="30"/>
        <source>&amp;Amount to refund:</source>
        <translation>&amp;Importe a reembolsar:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="31"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="32"/>
        <source>Refunding…</source>
        <translation>Reembolsando…</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="46"/>
        <source>Refund more than zero and at most the %1 that remains.</source>
        <translation>Reembolse más de cero y como máximo los %1 restantes.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="59"/>
        <source>Refund of %1 is pending: Amazon Pay confirms refunds later; the order shows it when it settles.</source>
        <translation>Reembolso de %1 pendiente: Amazon Pay confirma los reembolsos más tarde; el pedido lo mostrará cuando se liquide.</translation>
    </message>
    <message>
        <location filename="../ui/holds/refunddialog.cpp" line="61"/>
        <source>Refunded %1</source>
        <translation>Reembolsado: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="41"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="43"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="44"/>
        <source>&amp;Payments</source>
        <translation>&amp;Pagos</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="45"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="68"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>US dollar</source>
        <translation>Dólar estadounidense</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="73"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Pound sterling</source>
        <translation>Libra esterlina</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="74"/>
        <source>Swiss franc</source>
        <translation>Franco suizo</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Danish krone</source>
        <translation>Corona danesa</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="75"/>
        <source>Norwegian krone</source>
        <translation>Corona noruega</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="76"/>
        <source>Swedish krona</source>
        <translation>Corona sueca</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="79"/>
        <source>Shop &amp;currency:</source>
        <translation>&amp;Moneda de la tienda:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="80"/>
        <source>New orders are priced in this currency. Saved orders keep their own. It must be your Stripe account&apos;s currency for Amazon Pay.</source>
        <translation>Los pedidos nuevos se expresan en esta moneda. Los pedidos guardados conservan la suya. Para Amazon Pay, debe ser la moneda de su cuenta de Stripe.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="91"/>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="99"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="101"/>
        <source>Lock when &amp;idle after:</source>
        <translation>B&amp;loquear por inactividad tras:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="103"/>
        <source>&amp;Hold new payments for a manager to capture</source>
        <translation>&amp;Retener los pagos nuevos para que los capture un encargado</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="105"/>
        <source>Amazon Pay keeps a held payment for 7 days; capture it when the goods ship.</source>
        <translation>Amazon Pay mantiene un pago retenido durante 7 días; captúrelo cuando se envíe la mercancía.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="117"/>
        <source>Training (practice, no real money)</source>
        <translation>Formación (práctica, sin dinero real)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="118"/>
        <source>Test (Stripe test mode)</source>
        <translation>Prueba (modo de prueba de Stripe)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="119"/>
        <source>Live (real money)</source>
        <translation>Real (con dinero real)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="120"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="128"/>
        <source>https://pay.example-shop.com</source>
        <translation>https://pay.example-shop.com</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="129"/>
        <source>Checkout &amp;origin:</source>
        <translation>&amp;Origen de la página de pago:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="132"/>
        <source>The HTTPS address the checkout page is shown under in test and live mode. Register its domain with Stripe for Amazon Pay (see the checkout guide).</source>
        <translation>La dirección HTTPS en la que se muestra la página de pago en los modos de prueba y real. Registre su dominio en Stripe para Amazon Pay (consulte la guía de cobro).</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="147"/>
        <source>&amp;This till only (a file on this computer)</source>
        <translation>&amp;Solo esta caja (un archivo en este ordenador)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="149"/>
        <source>&amp;Shared by several tills (PostgreSQL server)</source>
        <translation>&amp;Compartida por varias cajas (servidor PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="158"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="162"/>
        <source>PostgreSQL password, kept in the system keychain</source>
        <translation>Contraseña de PostgreSQL, guardada en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="163"/>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="164"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="168"/>
        <source>The password is kept in the system keychain, never in this address. Orders are not copied between databases.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en esta dirección. Los pedidos no se copian de una base de datos a otra.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="203"/>
        <source>Payments go to Holdfast&apos;s built-in practice server. Nothing is charged.</source>
        <translation>Los pagos van al servidor de práctica integrado en Holdfast. No se cobra nada.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="206"/>
        <source>Payments go to Stripe&apos;s test mode with your test keys. Nothing is charged.</source>
        <translation>Los pagos van al modo de prueba de Stripe con sus claves de prueba. No se cobra nada.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="209"/>
        <source>Payments move real money with your live keys. Live mode needs an HTTPS checkout origin.</source>
        <translation>Los pagos mueven dinero real con sus claves del modo real. El modo real necesita un origen de página de pago con HTTPS.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/settingsdialog.cpp" line="245"/>
        <source>Enter an address such as https://pay.example-shop.com.</source>
        <translation>Introduzca una dirección como https://pay.example-shop.com.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="19"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="120"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="122"/>
        <source>Staff take orders and payments. Managers also capture, cancel and refund, and manage staff, keys and settings. Every change here needs a manager&apos;s PIN.</source>
        <translation>Los empleados toman pedidos y cobran. Los encargados además capturan, cancelan y reembolsan, y gestionan empleados, claves y configuración. Cada cambio aquí requiere el PIN de un encargado.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="127"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="130"/>
        <source>Staff accounts</source>
        <translation>Cuentas de empleados</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="140"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="144"/>
        <source>Reset &amp;PIN…</source>
        <translation>Restablecer &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="168"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="198"/>
        <source>Switched off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="200"/>
        <source>Locked until %1 after wrong PINs</source>
        <translation>Bloqueada hasta las %1 por PIN incorrectos</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="203"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="206"/>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;staff</source>
        <translation>Hacer &amp;empleado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="246"/>
        <source>Make &amp;manager</source>
        <translation>Hacer en&amp;cargado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;on</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="247"/>
        <source>Switch &amp;off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="256"/>
        <source>Nothing was changed: no manager approved it.</source>
        <translation>No se cambió nada: ningún encargado lo aprobó.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="278"/>
        <source>Add %1 as %2</source>
        <translation>Añadir a %1 como %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="284"/>
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="305"/>
        <source>Reset the PIN of %1</source>
        <translation>Restablecer el PIN de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="309"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 tiene un PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="322"/>
        <source>Make %1 %2</source>
        <translation>%1 pasa a %2</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="326"/>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="335"/>
        <source>Switch on the account of %1</source>
        <translation>Activar la cuenta de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="336"/>
        <source>Switch off the account of %1</source>
        <translation>Desactivar la cuenta de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="340"/>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="341"/>
        <source>%1 can no longer sign in. Their orders and history stay.</source>
        <translation>%1 ya no puede iniciar sesión. Sus pedidos y su historial se conservan.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffMemberDialog</name>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Add a staff account</source>
        <translation>Añadir una cuenta de empleado</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="34"/>
        <source>Reset the PIN of %1</source>
        <translation>Restablecer el PIN de %1</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="44"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="48"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="50"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="51"/>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="52"/>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="53"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Repetir PIN:</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="56"/>
        <source>A PIN has 4 to 12 digits. The person can change it later only through a manager.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos. Después solo un encargado podrá cambiarlo.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="58"/>
        <source>A PIN has 4 to 12 digits. A new PIN also lifts a lock after wrong PINs.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos. Un PIN nuevo también levanta un bloqueo por PIN incorrectos.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="61"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="65"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Guardar PIN</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="85"/>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffdialog.cpp" line="90"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffNames</name>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="49"/>
        <source>Stripe events</source>
        <translation>Eventos de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="51"/>
        <source>Reconciliation with Stripe</source>
        <translation>Conciliación con Stripe</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="53"/>
        <source>Webhook receiver</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/staffui/staffnames.cpp" line="63"/>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StripeKeysPage</name>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="33"/>
        <source>Stripe keys</source>
        <translation>Claves de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="40"/>
        <source>Keychain status</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="48"/>
        <source>Recommended: create a restricted key (rk_…) in the Stripe Dashboard with only the permissions Holdfast needs — PaymentIntents write, Refunds write, Charges read, Events read and Webhook endpoints write. The keys are stored in the system keychain only.</source>
        <translation>Recomendado: cree en el Dashboard de Stripe una clave restringida (rk_…) solo con los permisos que necesita Holdfast: PaymentIntents (escritura), Refunds (escritura), Charges (lectura), Events (lectura) y Webhook endpoints (escritura). Las claves se guardan únicamente en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="56"/>
        <source>Secret or restricted key</source>
        <translation>Clave secreta o restringida</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="57"/>
        <source>rk_test_… or rk_live_… (or sk_…)</source>
        <translation>rk_test_… o rk_live_… (o sk_…)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>Publishable key</source>
        <translation>Clave publicable</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="59"/>
        <source>pk_test_… or pk_live_…</source>
        <translation>pk_test_… o pk_live_…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="61"/>
        <source>Webhook signing secret</source>
        <translation>Secreto de firma del webhook</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="62"/>
        <source>whsec_… (only for the webhook receiver)</source>
        <translation>whsec_… (solo para el receptor de webhooks)</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="65"/>
        <source>&amp;Secret or restricted key:</source>
        <translation>Clave &amp;secreta o restringida:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="66"/>
        <source>&amp;Publishable key:</source>
        <translation>Clave &amp;publicable:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="67"/>
        <source>&amp;Webhook signing secret:</source>
        <translation>Secreto de firma del &amp;webhook:</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="72"/>
        <source>Key check</source>
        <translation>Comprobación de las claves</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="76"/>
        <source>Stripe account check</source>
        <translation>Comprobación de la cuenta de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="78"/>
        <source>S&amp;tore keys</source>
        <translation>&amp;Guardar claves</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="80"/>
        <source>&amp;Check with Stripe</source>
        <translation>&amp;Comprobar con Stripe</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="82"/>
        <source>Remove t&amp;est keys…</source>
        <translation>Eliminar claves de pr&amp;ueba…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="84"/>
        <source>Remove &amp;live keys…</source>
        <translation>Eliminar claves &amp;reales…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="135"/>
        <source>Live keys (restricted key). Ready to store.</source>
        <translation>Claves del modo real (clave restringida). Listas para guardar.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="136"/>
        <source>Live keys. Ready to store — a restricted key is safer.</source>
        <translation>Claves del modo real. Listas para guardar; una clave restringida es más segura.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="137"/>
        <source>Test keys (restricted key). Ready to store.</source>
        <translation>Claves de prueba (clave restringida). Listas para guardar.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="138"/>
        <source>Test keys. Ready to store — a restricted key is safer.</source>
        <translation>Claves de prueba. Listas para guardar; una clave restringida es más segura.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Live keys: not stored.</source>
        <translation>Claves del modo real: no guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="173"/>
        <source>Test keys: not stored.</source>
        <translation>Claves de prueba: no guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="174"/>
        <source>Live keys: stored in the system keychain.</source>
        <translation>Claves del modo real: guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="175"/>
        <source>Test keys: stored in the system keychain.</source>
        <translation>Claves de prueba: guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="190"/>
        <source>Storing the keys in the system keychain…</source>
        <translation>Guardando las claves en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="201"/>
        <source>Live keys stored.</source>
        <translation>Claves del modo real guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="202"/>
        <source>Test keys stored.</source>
        <translation>Claves de prueba guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="226"/>
        <source>Live keys removed.</source>
        <translation>Claves del modo real eliminadas.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="227"/>
        <source>Test keys removed.</source>
        <translation>Claves de prueba eliminadas.</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="241"/>
        <source>Checking the key with Stripe…</source>
        <translation>Comprobando la clave con Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="247"/>
        <source>Stripe accepted the key: %1</source>
        <translation>Stripe ha aceptado la clave: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsui/stripekeyspage.cpp" line="248"/>
        <source>Stripe did not accept the key: %1</source>
        <translation>Stripe no ha aceptado la clave: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TakePaymentDialog</name>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="13"/>
        <source>Hold for &amp;manager capture</source>
        <translation>&amp;Retener para que lo capture un encargado</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="16"/>
        <source>Take payment — order %1</source>
        <translation>Cobrar — pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="17"/>
        <source>Order %1 · %2</source>
        <translation>Pedido %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="27"/>
        <source>Pay on &amp;this screen</source>
        <translation>Pagar en esta &amp;pantalla</translation>
    </message>
    <message>
        <location filename="../ui/checkoutui/takepaymentdialog.cpp" line="30"/>
        <source>Send to customer&apos;s &amp;phone</source>
        <translation>Enviar al &amp;teléfono del cliente</translation>
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
        <translation>No se puede abrir la base de datos de pedidos.

%1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="257"/>
        <source>The training sandbox cannot start: %1</source>
        <translation>El entorno de pruebas de formación no puede iniciarse: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="369"/>
        <source>sandbox on %1</source>
        <translation>entorno de pruebas en %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="371"/>
        <source>%1 · DB: %2</source>
        <translation>%1 · BD: %2</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="372"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="373"/>
        <source>shared PostgreSQL</source>
        <translation>PostgreSQL compartido</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="314"/>
        <source>Holdfast — sign in</source>
        <translation>Holdfast — iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="243"/>
        <source>The Stripe keys for %1 mode could not be read: %2 Holdfast runs in training mode until they can be read (Tools → Stripe keys…).</source>
        <translation>No se han podido leer las claves de Stripe del modo %1: %2 Holdfast funciona en modo de formación hasta que se puedan leer (Herramientas → Claves de Stripe…).</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="491"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="492"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="496"/>
        <source>&amp;End of day…</source>
        <translation>Cierre del &amp;día…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="499"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Empleados…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="502"/>
        <source>Stripe &amp;keys…</source>
        <translation>Cla&amp;ves de Stripe…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="505"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="510"/>
        <source>&amp;Reconcile with Stripe</source>
        <translation>&amp;Conciliar con Stripe</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="559"/>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="572"/>
        <location filename="../ui/application/tillapplication.cpp" line="576"/>
        <location filename="../ui/application/tillapplication.cpp" line="594"/>
        <location filename="../ui/application/tillapplication.cpp" line="599"/>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="577"/>
        <source>Order %1 is %2: there is nothing to pay.</source>
        <translation>El pedido %1 está en estado «%2»: no hay nada que pagar.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="600"/>
        <source>The order is saved. Set the checkout origin (Tools → Settings) before taking payments on this screen in %1 mode.</source>
        <translation>El pedido se ha guardado. Configure el origen de la página de pago (Herramientas → Configuración) antes de cobrar en esta pantalla en el modo %1.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="639"/>
        <location filename="../ui/application/tillapplication.cpp" line="641"/>
        <source>Stripe keys</source>
        <translation>Claves de Stripe</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="655"/>
        <source>Stripe accepted the key.</source>
        <translation>Stripe ha aceptado la clave.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="670"/>
        <location filename="../ui/application/tillapplication.cpp" line="680"/>
        <location filename="../ui/application/tillapplication.cpp" line="686"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="681"/>
        <source>The PostgreSQL password could not be kept in the keychain: %1</source>
        <translation>No se ha podido guardar la contraseña de PostgreSQL en el llavero: %1</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="687"/>
        <source>The new mode, database or language applies when Holdfast next starts.</source>
        <translation>El nuevo modo, base de datos o idioma se aplicará la próxima vez que se inicie Holdfast.</translation>
    </message>
    <message>
        <location filename="../ui/application/tillapplication.cpp" line="720"/>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/holdfast-sandbox.cpp" line="35"/>
        <source>Stripe-compatible sandbox for Holdfast training mode and tests. See docs/sandbox.md.</source>
        <translation>Entorno de pruebas compatible con Stripe para el modo de formación de Holdfast y para pruebas. Consulte docs/sandbox.md.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="66"/>
        <source>Receives signed Stripe webhooks at POST /webhooks/stripe, verifies their Stripe-Signature, and stores and applies each event once in the Holdfast database. GET /healthz reports its health.

The signing secret (whsec_…) comes from --secret-file (one secret per line; several during a roll) or the HOLDFAST_WEBHOOK_SECRET environment variable. A PostgreSQL password comes from HOLDFAST_DATABASE_PASSWORD, never from the URL.</source>
        <translation>Recibe webhooks firmados de Stripe en POST /webhooks/stripe, verifica su Stripe-Signature y guarda y aplica cada evento una sola vez en la base de datos de Holdfast. GET /healthz informa de su estado.

El secreto de firma (whsec_…) se obtiene de --secret-file (un secreto por línea; varios durante una rotación) o de la variable de entorno HOLDFAST_WEBHOOK_SECRET. La contraseña de PostgreSQL se obtiene de HOLDFAST_DATABASE_PASSWORD, nunca de la URL.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="78"/>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>Puerto TCP en el que escuchar (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="82"/>
        <source>Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front).</source>
        <translation>Dirección en la que escuchar (por defecto 127.0.0.1; coloque delante un proxy inverso con TLS).</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="87"/>
        <source>Database URL: sqlite:/path or postgresql://user@host:port/db.</source>
        <translation>URL de la base de datos: sqlite:/ruta o postgresql://usuario@servidor:puerto/bd.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="90"/>
        <source>File holding the webhook signing secret(s), one per line.</source>
        <translation>Archivo con los secretos de firma del webhook, uno por línea.</translation>
    </message>
    <message>
        <location filename="../app/main/holdfast-webhooks.cpp" line="96"/>
        <source>Command run once per paid order with the order as JSON on stdin (default: the post_payment_hook.command setting).</source>
        <translation>Orden que se ejecuta una vez por cada pedido pagado, con el pedido en JSON por stdin (por defecto: el ajuste post_payment_hook.command).</translation>
    </message>
</context>
</TS>
