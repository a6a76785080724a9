test "$(tr "\n" " " < log)" = "a b a b c "
