#!/bin/sh
# Before nginx starts (docker-compose.yml mounts this into the nginx image's /docker-entrypoint.d; .ci/cluster runs
# it too): makes a self-signed certificate when none is there, and writes the live nginx.conf from the project's.
#   CANDOUR_TLS_DIR        where tls.crt and tls.key are (default /etc/nginx/certs). A real certificate mounted
#                          there (full chain in tls.crt, its key in tls.key) is used as it is, never replaced.
#   CANDOUR_TLS_HOSTNAME   the name the self-signed certificate is made for (default localhost)
#   CANDOUR_HTTPS_PORT     the port browsers reach HTTPS on, for the redirect from HTTP (default 443)
#   CANDOUR_NGINX_TEMPLATE the project's nginx.conf (default /etc/nginx/candour/nginx.conf)
#   CANDOUR_NGINX_CONF     the configuration nginx runs (default /etc/nginx/nginx.conf)
set -eu
certs="${CANDOUR_TLS_DIR:-/etc/nginx/certs}"
host="${CANDOUR_TLS_HOSTNAME:-localhost}"
names="DNS:$host"
[ "$host" = localhost ] || names="$names,DNS:localhost"
port="${CANDOUR_HTTPS_PORT:-443}"
template="${CANDOUR_NGINX_TEMPLATE:-/etc/nginx/candour/nginx.conf}"
conf="${CANDOUR_NGINX_CONF:-/etc/nginx/nginx.conf}"

if [ ! -s "$certs/tls.crt" ] || [ ! -s "$certs/tls.key" ]; then
    echo "candour-certificate: no certificate in $certs; making a self-signed one for $host (browsers will warn:" \
        "mount a real one there, README \"Running in production\")"
    mkdir -p "$certs"
    (
        umask 077
        openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days 825 -subj "/CN=$host" \
            -addext "subjectAltName=$names,IP:127.0.0.1" \
            -addext "keyUsage=critical,digitalSignature,keyEncipherment" -addext "extendedKeyUsage=serverAuth" \
            -keyout "$certs/tls.key.new" -out "$certs/tls.crt.new" 2>/dev/null
    )
    chmod 644 "$certs/tls.crt.new"
    mv "$certs/tls.key.new" "$certs/tls.key"
    mv "$certs/tls.crt.new" "$certs/tls.crt"
fi

suffix=""
[ "$port" = 443 ] || suffix=":$port"
sed "/map \$host \$candour_https_port_suffix/,/}/ s|default \"\";|default \"$suffix\";|" "$template" >"$conf.new"
mv "$conf.new" "$conf"
