test -e after && test -e next-phase
