test ! -e skipped-ran && test ! -e then-skip-ran && test ! -e number-false-ran && test ! -e abort-ran
