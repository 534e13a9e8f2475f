# rmdir(1) as coreutils 9.1: empty directories only, -p for the ancestors named, -v, and
# --ignore-fail-on-non-empty; the same script runs under the host's bash and coreutils.
mkdir /tmp/rmdir.$$ && cd /tmp/rmdir.$$ || exit 1
mkdir -p a/b/c d e x/y h/i && : > e/f && : > f && : > x/z
rmdir; echo "none $?"
rmdir -v a/b/c; echo "one $?"
rmdir -pv a/b; echo "parents $?"
rmdir e nonexistent f d; echo "failures $?"
rmdir --ignore-fail-on-non-empty e; echo "ignored $?"
rmdir -pv x/y; echo "stopped at x $?"
rmdir -p --ignore-fail-on-non-empty -v x; echo "x kept $?"
rmdir -p h/i/; echo "slash $?"
rmdir -q; echo "bad option $?"
rmdir .; echo "dot $?"
rmdir --verb e; echo "prefix $?"
ls
cd / && rm -r /tmp/rmdir.$$
