# fork.py on real processes: b exits; Linux gives c to init (a), keeping d under c.
forktree --actions a+b,b+c,c+d,b+e,b-
forktree --actions a+b,b+c,c+d,b+e,b- --flatten --json
forktree --actions a+b,b+c,c+d,b+e,c- --local-reparent --json
forktree --leaf-only --actions a+b,b+c,b-,c-,b- --json
forktree --actions a+b,x-
echo "status $?"
