#!/usr/bin/env bash
# A certificate authority that exists for one test run, a server certificate for Stripe's, Amazon's,
# a card issuer's and the shop's host names, and an NSS database (Chromium's trust store on Linux)
# under DIR/home that trusts the authority. Only a process whose HOME is DIR/home trusts it.
#   make-certs.sh DIR
set -euo pipefail
dir=$1
mkdir -p "$dir/home/.pki/nssdb"
cd "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=Holdfast live page test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=js.stripe.com" 2>/dev/null
cat > server.ext <<'EXT'
subjectAltName=DNS:js.stripe.com,DNS:*.js.stripe.com,DNS:api.stripe.com,DNS:hooks.stripe.com,DNS:m.stripe.network,DNS:pay.amazon.com,DNS:payments.amazon.de,DNS:acs.issuer-bank.example,DNS:pay.shop.example
basicConstraints=CA:FALSE
extendedKeyUsage=serverAuth
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile server.ext 2>/dev/null
certutil -N -d "sql:$dir/home/.pki/nssdb" --empty-password
certutil -A -d "sql:$dir/home/.pki/nssdb" -n holdfast-live-page-test -t "C,," -i ca.pem
echo "certificates in $dir"
