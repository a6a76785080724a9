mkdir -p src/sub dst-existing
echo a1 > src/a1.txt; echo a2 > src/a2.txt; echo b > src/b.txt; echo s > src/sub/s.txt
echo old > dst-existing/b.txt
mkdir -p folders/one/inner folders/two; echo 1 > folders/one/inner/f; echo 2 > folders/two/f
