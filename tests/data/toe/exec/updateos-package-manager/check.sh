test "$(cat dnf-args)" = "-y --exclude=openssl upgrade kernel bad name"
grep -q "UpdateOS: using dnf" logs/*/console.log && grep -q "Stdout: dnf says hello" logs/*/console.log
