# ls's everyday options, as coreutils 9.1 prints them (times in UTC).
cd /tmp
mkdir -p proj/src proj/.git
printf 'int main;\n' > proj/src/main.c
seq 2000 > proj/numbers
head -c 1200000 /dev/zero > proj/zeros
: > proj/empty
(umask 077; : > proj/secret)
touch -t 202001021304.05 proj/empty proj/secret proj/src
touch -t 202106150800 proj/numbers
touch -t 202312312359.59 proj/zeros proj/.git proj
# -A hides . and .. but not dot files; -d lists a directory itself.
ls -A proj
ls -ld proj /tmp
# -t: newest first, ties by name; -r reverses; -S: largest first.
ls -t proj
ls -tr proj
ls -S proj
# -l with -h, -s and the total; -g and -o drop the owner and the group; -n numbers them.
ls -lh proj
ls -sh proj
ls -go proj
ls -n proj/numbers
ls -lahtr proj
# -F marks directories, executables and FIFOs; -p directories only.
ls -F proj /bin/ls
ls -p proj
# Time styles.
ls -go --full-time proj/zeros
ls -go --time-style=long-iso proj/zeros
ls -go --time-style=iso proj/zeros
ls -go --time-style=+%d.%m.%Y proj/zeros
# -u shows (with -l) or sorts by (alone) the access time, -c the change time: now.
cat proj/numbers > /dev/null
ls -u proj
ls -lu proj/numbers
ls -lc proj/numbers
# Layouts: -C down the columns, -x across (padded with tabs, as coreutils), -m with commas.
mkdir words
(cd words && touch alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu)
ls -C -w 30 words
ls -x -w 30 words
ls -m -w 40 words
# Colours only when asked (auto: on a terminal and without NO_COLOR).
ls --color=always -dF /tmp /bin/ls /dev/null proj/zeros proj/src
ls --color=auto proj
# Errors: coreutils' lines and statuses.
ls -z
echo "status $?"
ls --color=sometimes
echo "status $?"
ls -l --time-style=nice
echo "status $?"
ls -w wide
echo "status $?"
