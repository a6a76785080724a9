set -e
test "$(stat -c %a out/deep/plain.txt)" = 640
test "$(od -An -tx1 out/utf16.txt | tr -d ' \n')" = "6800e9006c006c006f00"
test "$(od -An -tx1 out/utf32be.txt | tr -d ' \n')" = "00000041000020ac"
# plain.txt was converted to UTF-16-BE: "hello\nworld\nagain"
test "$(iconv -f UTF-16BE -t UTF-8 out/deep/plain.txt | tr '\n' '|')" = "hello|world|again"
test "$(stat -c %a made/a/b)" = 750
grep -q 'héllo' logs/*/console.log
