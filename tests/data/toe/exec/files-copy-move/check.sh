set -e
test "$(cat copies/a1.txt)" = a1 && test "$(cat copies/a2.txt)" = a2 && test ! -e copies/b.txt
test "$(cat new/folder/renamed.txt)" = b
test "$(cat dst-existing/b.txt)" = b && test ! -e src/b.txt
test "$(cat tree-copy/inner/f)" = 1 && test "$(cat folders/one/inner/f)" = 1
test "$(cat into/two/f)" = 2
test "$(cat moved/two/f)" = 2 && test ! -e folders/two
