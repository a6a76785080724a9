set -e
test ! -e dl/mismatch.txt && test ! -e dl/tls.txt && test "$(cat dl/existing.txt)" = keep
test -z "$(ls dl | grep kiln-part || true)"
# 503 is retried (3 attempts in the test configuration); 404 is not
test "$(grep -c 'WebDownload: attempt .* failed (the server answered HTTP 503' logs/*/console.log)" = 2
! grep -q 'attempt .* failed (the server answered HTTP 404' logs/*/console.log
