test -e after
