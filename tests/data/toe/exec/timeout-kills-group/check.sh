pid=$(cat bgpid)
# the backgrounded sleep must be gone (a zombie not yet reaped by init counts as gone)
if [ -e /proc/$pid ] && [ "$(awk '{print $3}' /proc/$pid/stat)" != Z ]; then
  echo "sleep $pid survived the timeout"; exit 1
fi
