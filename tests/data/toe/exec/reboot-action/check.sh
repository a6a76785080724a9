test ! -e after
