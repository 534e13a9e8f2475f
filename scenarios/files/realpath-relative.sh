# realpath --relative-to prints canonical names relative to a directory; --relative-base
# only those below it, others absolute; -L takes '..' before links, -P (the default) after.
cd /tmp
mkdir -p a/b/c e; touch a/b/f; ln -s a/b lb
realpath --relative-to=e a/b/f a/b/c a e .
realpath --relative-to=lb a/b/f lb/c
realpath --relative-base=a a/b/f e a
realpath --relative-base=a --relative-to=a/b a/b/f a e
realpath -L lb/..; realpath -P lb/..; realpath -s lb/..
realpath --relative-to=nosuch/x a
echo "status $?"
realpath -m --relative-to=nosuch/x a
realpath -e --relative-to=a/b/f a
echo "status $?"
