test "$(tr "\n" " " < order)" = "first second " && test -e logs/*/D0__first.yml && test -e logs/*/D1__second.yml
