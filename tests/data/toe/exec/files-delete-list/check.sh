set -e
test ! -e data/a.log && test ! -e data/b.log && test ! -e data/c.txt && test -e data/nested/d.log
test ! -e empty && test ! -e full
