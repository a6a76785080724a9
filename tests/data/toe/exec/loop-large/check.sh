test "$(grep -c 'Loop: iteration' logs/*/console.log)" = 20000
grep -q "Loop: iteration 20000 of 20000 (index 19999, value '20000')" logs/*/console.log
