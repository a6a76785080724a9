mkdir -p data/nested empty full/inner
touch data/a.log data/b.log data/c.txt data/nested/d.log full/inner/x
