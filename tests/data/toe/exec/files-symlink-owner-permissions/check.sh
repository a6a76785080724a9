set -e
test "$(readlink links/new-link)" = "$WORKDIR/target.txt"
test "$(readlink existing-link)" = "$WORKDIR/perm.txt"
test "$(stat -c %u:%g perm.txt)" = 65534:65534
test "$(stat -c %u:%g tree/sub/f)" = 65534:65534 && test "$(stat -c %u tree)" = 65534
test "$(stat -c %a perm.txt)" = 600
test "$(stat -c %a tree/sub)" = 750 && test "$(stat -c %a tree/g)" = 750
