# diff compares files line by line (Myers' algorithm, hunks as GNU diff 3.8 finds them).
cd /tmp
printf 'apple\nbanana\ncherry\ndate\nelder\nfig\n' > old
printf 'apple\nblueberry\ncherry\nelder\nfig\ngrape\n' > new
diff old new
echo "status $?"
# Unified and context formats carry each file's mtime in their headers.
touch -d '2024-02-29 13:05' old new
diff -u old new
diff -c -C 1 old new
diff -y -W 40 old new
# -q and -s only say whether the files differ; -i, -w, -b and -B ignore some differences.
diff -q old new
diff -s old old
printf 'Apple\n  banana\n\n' > loose
printf 'apple\nbanana\n' > tight
diff -i -w -B loose tight && echo same
printf 'no newline' > nonl
echo 'no newline' | diff nonl -
# Directories: files by name, and with -r all the way down.
mkdir -p a/sub b/sub
cp old a/f; cp new b/f; cp old a/sub/g; cp old b/sub/g; cp old a/only
diff a b
diff -r a b
diff -rq a b
# Errors: GNU's wording and status 2.
diff old
diff old nosuch
echo "status $?"
