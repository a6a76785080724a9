set -e
for f in payload redirected chunked tls; do
  test "$(sha256sum dl/$f.txt | cut -d' ' -f1)" = deb20deff268792288ec3384c21fbd374e1f97cd4e65d3727d511105d3babd5a
done
test -z "$(ls dl | grep kiln-part || true)"
grep -q "already matches the checksum" logs/*/console.log
