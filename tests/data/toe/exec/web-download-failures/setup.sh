mkdir -p dl && echo keep > dl/existing.txt
