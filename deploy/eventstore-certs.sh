#!/bin/sh
# Generates, once, the CA and the node certificate EventStoreDB's secure mode needs (docker-compose.yml runs this
# in the eventstore-certs service). The API and the projector trust the CA through tlsCAFile in EVENTSTORE_URL.
set -eu
if [ -f /certs/node/node.crt ] && [ -f /certs/ca/ca.crt ]; then
  echo "certificates already present"
  exit 0
fi
apk add --no-cache openssl >/dev/null
mkdir -p /certs/ca /certs/node
openssl req -x509 -newkey rsa:4096 -sha256 -days 3650 -nodes -subj "/CN=Candor EventStoreDB CA" \
  -keyout /certs/ca/ca.key -out /certs/ca/ca.crt
openssl req -newkey rsa:2048 -sha256 -nodes -subj "/CN=eventstore" \
  -keyout /certs/node/node.key -out /certs/node/node.csr
printf 'subjectAltName=DNS:eventstore,DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n' > /certs/node/ext.cnf
openssl x509 -req -in /certs/node/node.csr -CA /certs/ca/ca.crt -CAkey /certs/ca/ca.key -CAcreateserial \
  -days 3650 -sha256 -extfile /certs/node/ext.cnf -out /certs/node/node.crt
rm -f /certs/node/node.csr /certs/node/ext.cnf
# EventStoreDB runs as uid 1000 and must read its key; the CA key stays readable by root only.
chown -R 1000:1000 /certs/node
chmod 600 /certs/ca/ca.key /certs/node/node.key
chmod 644 /certs/ca/ca.crt /certs/node/node.crt
