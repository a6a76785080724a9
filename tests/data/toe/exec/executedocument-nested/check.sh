test "$(cat log | tr "\n" " ")" = "child parent "
grep -q "Z   Step Hello$" logs/*/console.log
grep -q "Z     Step Deep$" logs/*/console.log
