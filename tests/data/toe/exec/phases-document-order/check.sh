test "$(tr "\n" " " < order)" = "validate build "
grep -q '"isSelected": false' logs/*/chaining.json
