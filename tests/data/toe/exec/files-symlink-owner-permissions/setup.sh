mkdir -p tree/sub; echo t > target.txt; echo x > tree/sub/f; echo y > tree/g; echo p > perm.txt
ln -s target.txt existing-link
