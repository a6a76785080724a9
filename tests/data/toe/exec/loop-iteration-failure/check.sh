test "$(tr "\n" " " < log)" = "one two "
