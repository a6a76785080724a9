n=$(wc -l < log); test "$n" -ge 2 && test "$n" -le 4
