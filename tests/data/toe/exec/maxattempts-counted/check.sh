test "$(cat count)" = 3 && test "$(wc -l < count2)" = 2
