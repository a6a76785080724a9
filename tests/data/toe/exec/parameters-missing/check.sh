test ! -e marker
