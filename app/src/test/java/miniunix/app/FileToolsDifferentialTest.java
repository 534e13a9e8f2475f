package miniunix.app;

import static miniunix.app.ToolsDifferentialTest.compare;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ls -R, cp, mv, chmod, and ln, readlink, realpath and ls over symbolic links against the host's coreutils on generated trees (seeded): the same
 * script builds the same tree in a fresh temporary directory on the host and in /tmp here,
 * runs the same commands, and the transcripts (stdout and stderr with each status) must match.
 * Owners and times differ between the two machines, so long listings keep only the mode,
 * link count, size and name. Skipped when the host has no bash (see {@link
 * ToolsDifferentialTest#compare}).
 */
class FileToolsDifferentialTest {
    private static final int SEED = 20261205;
    /** How many trees ls -R lists. */
    private static final int TREES = 6;
    /** How many random modes chmod sets. */
    private static final int MODES = 60;
    /** ls -l's columns that do not depend on the machine: mode, links, size, name. */
    private static final String LONG = " | tr -s ' ' | cut -d' ' -f1,2,5,9-";

    @Test
    void lsRecursiveMatchesCoreutils() throws Exception {
        assumeTrue(HostBash.onTmpfs(), "no tmpfs on the host");      // ls -l's sizes and totals
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < TREES; i++) {
            String root = "t" + i;
            setup.append(tree(r, root, 3));
            commands.add("ls -R " + root);
            commands.add("ls -Ra " + root);
            commands.add("ls -R1 " + root + "/");
            commands.add("ls -Rl " + root + LONG);
            // The root's ".." is the temporary directory, whose mode differs.
            commands.add("ls -Rla " + root + LONG + " | grep -v ' [.][.]$'");
        }
        commands.addAll(List.of("ls -R", "ls -R t0 t1/ nosuch t2", "ls -R t0//", "ls -R nosuch",
                "touch f; ls -R f t3 f", "ls --recursive --all t4", "(cd t5 && ls -R ../t0 .)",
                "ls -R --bogus", "ls -Rl nosuch t1" + LONG, "mkdir e; ls -R e; ls -Rl e", "ls -lR f" + LONG));
        compare(setup.toString(), commands);
    }

    @Test
    void chmodMatchesCoreutils() throws Exception {
        String setup = "umask 022; mkdir -p d/e/f; touch a b c d/x d/e/y; mkdir g\n";
        List<String> commands = new ArrayList<>(List.of(
                "chmod 755 a", "chmod -v u+x,go-w b", "chmod -v a=r b; chmod -c a=r b",
                "chmod -v +X b; chmod -v +X g; chmod -v o-rx g",
                "chmod -v u=rwx,g=u,o=g a; chmod -v g-r+w,o=u a",
                "chmod -v =644 a; chmod -v 4755 a; chmod -v u-s a",
                "chmod -v 2755 g; chmod -v 755 g; chmod -v 00755 g; chmod -v g-s g",
                "chmod -v 1777 c; chmod -v -t c; chmod -v +t c; chmod -v a-x+t c",
                "chmod -v -w a", "chmod -v -x,+w a", "chmod -v -r a", "chmod 666 a; chmod -w a",
                "umask 027; chmod -v -w a; chmod -v +rwx a; chmod -v =rw a; chmod -v -r g; umask 022",
                "chmod -vR 700 d | sort", "chmod -cR go+rX d | sort", "chmod -R -v a-w d/e | sort",
                "chmod -R 755 d", "chmod -v 755 nosuch a", "chmod -f 755 nosuch", "chmod -vf 755 x",
                "chmod", "chmod 755", "chmod xyz a", "chmod u=644 a", "chmod 8 a", "chmod 77777 a",
                "chmod u+q a", "chmod ,u+x a", "chmod u+x, a", "chmod '' a", "chmod +644 a",
                "chmod =644,u+x a", "chmod -v --reference=g a", "chmod --reference=nosuch a",
                "chmod --reference=g 755 a", "chmod -w --reference=g a", "chmod -q 700 a",
                "chmod --bogus a", "chmod -v -- -w a", "chmod -v u+rw a -x", "chmod 644 d/x/",
                "chmod -Rv 755 d/x", "chmod -R 700 nosuch", "chmod -v a-rwx,u=rwx a d/x"));
        Random r = new Random(SEED);
        for (int i = 0; i < MODES; i++) {
            commands.add("chmod " + Integer.toOctalString(r.nextInt(010000)) + " b g; chmod -v "
                    + symbolic(r) + " b g");
        }
        commands.add("chmod -R u+rwx a b c d g");
        compare(setup, commands);
    }

    @Test
    void cpMatchesCoreutils() throws Exception {
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder("mkdir -p a/b/c; echo hi > a/f; echo x > a/b/g; "
                + "touch a/.h\n");
        List<String> commands = new ArrayList<>(ToolsDifferentialTest.resource("cp.sh")
                .lines().toList());
        for (int i = 0; i < TREES; i++) {
            String root = "c" + i;
            setup.append(tree(r, root, 3));
            // The order cp meets entries in is the inode order, which ext4 does not keep.
            commands.add("cp -rv " + root + " " + root + "copy | sort");
            commands.add("ls -Ra " + root + "copy");
            commands.add("cp -r " + root + "/. " + root + "copy; ls -R " + root + "copy");
            commands.add("cp -a " + root + " " + root + "a; ls -Rl " + root + "a" + LONG);
        }
        compare(setup.toString(), commands);
    }

    @Test
    void mvMatchesCoreutils() throws Exception {
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>(ToolsDifferentialTest.resource("mv.sh")
                .lines().toList());
        for (int i = 0; i < TREES; i++) {
            String root = "v" + i;
            setup.append(tree(r, root, 2));
            // A tree moved into another directory, then its entries back out one by one.
            commands.add("mkdir " + root + "d; mv -v " + root + " " + root + "d; ls -Ra " + root + "d");
            commands.add("cd " + root + "d/" + root + " && mv -v -- * .. ; cd - >/dev/null; ls -a " + root + "d");
        }
        compare(setup.toString(), commands);
    }

    /**
     * stat's formats on files whose answers do not depend on the machine (mode, type, links,
     * size, names and quoting, escapes; devices, inodes, owners, times and blocks do), stat -t
     * cut to those fields, and its errors.
     */
    @Test
    void statMatchesCoreutils() throws Exception {
        String setup = "umask 022; echo hi > f; : > e; mkdir d; ln -s f l; ln -s nosuch dang; "
                + "ln f h; touch 'a b'; ln -s 'a b' 'l 2'; chmod 4755 e\n";
        List<String> commands = new ArrayList<>(List.of(
                "stat -c '%a %A %f %F %h %n %N %B %t %T' f e l h dang 'a b' 'l 2'",
                "stat -c '%s %F' f e l", "stat -L -c '%n %N %F %s %h' l 'l 2'",
                "stat -c '%04a|%#o|%-6a|%6a|%#a|%10.4A|%-12F|%.3n|%5s|%-5s|%05s|%+s|% s|%x' f" + " | cut -d'|' -f1-13",
                "stat -c '%#f %08f %-8f|' f", "stat -c '[%q] [%%] [%] [%5q]' f",
                "stat --printf='%n\\t%s\\n%A\\101\\x41\\q\\\\\\n' f",
                "stat --printf='x\\' f; echo", "stat --printf '%n %n' f e; echo",
                "stat -c %n -c '%F' d; stat --printf='%n\\n' -c '%a' d; stat -c '%a' --printf='%n\\n' d",
                "stat -t f e | cut -d' ' -f1,2,4,9", "stat -t 'a b' | cut -d' ' -f1-3,10",
                "stat -c '%N' l; QUOTING_STYLE=literal stat -c '%N' 'l 2'; QUOTING_STYLE=c stat -c %N 'l 2'",
                "QUOTING_STYLE=shell stat -c %N f 'a b'; QUOTING_STYLE=locale stat -c %N f",
                "QUOTING_STYLE=bogus stat -c %N f", "stat f | head -1; stat l | head -1; stat 'l 2' | head -2 | cut -c1-16",
                "stat -L l | head -2 | cut -c1-16", "stat l | head -4 | tail -1 | cut -c1-26",
                "stat nosuch f -c %n; echo $?", "stat -L dang; echo $?", "stat -f nosuch", "stat -f - ; echo $?",
                "stat; echo $?", "stat -c", "stat -x f", "stat --cached=x f", "stat --cached= f",
                "stat --cached=al -c %n f", "stat -c '%5%' f; echo $?", "stat -c '%.%' f", "stat -c '%' f",
                "stat -f -c '%n %l %q' .", "stat --format=%n --terse f", "stat -tc %n f",
                "stat -c '%d' --file-system . | grep -c .", "stat -c '%n|%C|%n' f e; echo $?", "stat -t -f . | grep -c .", "stat -- -f 2>&1; echo $?"));
        compare(setup, commands);
    }

    /**
     * realpath --relative-to and --relative-base, -L, -P and -s over a small tree with links;
     * absolute answers lose the temporary directory's name (strip).
     */
    @Test
    void realpathRelativeMatchesCoreutils() throws Exception {
        String setup = "mkdir -p a/b/c e; touch a/b/f; ln -s a/b lb; ln -s ../e a/le; "
                + "strip() { while IFS= read -r l; do echo \"${l#$(pwd -P)}\"; done; }\n";
        List<String> commands = new ArrayList<>(List.of(
                "realpath --relative-to=e a/b/f a/b/c a e . | strip",
                "realpath --relative-to=a a/b/f lb lb/c a/le | strip",
                "realpath --relative-base=a a/b/f e a lb/.. | strip",
                "realpath --relative-base=a --relative-to=a/b a/b/f a e | strip",
                "realpath --relative-base=a/b --relative-to=a a/b/f | strip",
                "realpath --relative-to=/ /; realpath --relative-base=/ / /..",
                "realpath --relative-to=. . a/b/c/../f; realpath --relative-to=lb a/b/c",
                "realpath --relative-to=nosuch/x a; echo $?", "realpath -e --relative-to=a/b/f a; echo $?",
                "realpath -m --relative-to=nosuch/x a nosuch/y", "realpath -e --relative-base=nosuch a",
                "realpath -L lb/.. | strip; realpath -P lb/.. | strip; realpath -s lb/.. | strip",
                "realpath -sL lb/.. | strip; realpath -Ls lb/c/.. | strip; realpath -LP lb/.. | strip",
                "realpath -s --relative-to=lb lb/c a/b/c", "realpath -L --relative-to=lb/.. a",
                "realpath -z --relative-to=a a/b/f e | tr '\\0' '\\n'",
                "realpath -q --relative-to=a nosuch/x a/b; echo $?", "realpath --relative-to a/b a e",
                "realpath --relative-to=", "realpath --relative-base= a"));
        compare(setup, commands);
    }

    /** touch -h on links (their own times), -r with and without it, --time, and the errors. */
    @Test
    void touchNoDereferenceMatchesCoreutils() throws Exception {
        String setup = "touch -d '2020-05-06 07:08:09' f; ln -s f l; ln -s nosuch dang; mkdir d; "
                + "ln -s d dl\n";
        List<String> commands = new ArrayList<>(List.of(
                "touch -h -d '2001-01-01 00:00' l dang; stat -c '%n %y %x' f l dang",
                "touch -h -t 200202020202.02 dl; stat -c '%n %y' dl",
                "touch --no-dereference -d '2003-03-03' l; stat -c '%n %Y' f l",
                "touch -h nosuch; echo $?; ls nosuch", "touch -ch nosuch; echo $?",
                "touch -h -r l d; stat -c '%n %y' d", "touch -r l d; stat -c '%n %y' d",
                "touch -d '2004-04-04' -a f; touch -r f l; stat -c '%n %x %y' f",
                "touch -d '2005-05-05' f; touch -h -r f l; stat -c '%n %x %y' l",
                "touch --time=atime -d 2006-06-06 f; stat -c '%x %y' f",
                "touch --time=mtime -d 2007-07-07 f; stat -c '%x %y' f",
                "touch --time=use --time=modify -d 2008-08-08 f; stat -c '%x %y' f",
                "touch --time=acc -d 2009-09-09 f; stat -c '%x %y' f",
                "touch --time=x f", "touch --time= f", "touch --time=m -a -d 2010-10-10 f; stat -c '%x %y' f",
                "touch -h -r nosuch f", "touch -h"));
        compare(setup, commands);
    }

    @Test
    void symbolicLinksMatchCoreutils() throws Exception {
        Random r = new Random(SEED);
        StringBuilder setup = new StringBuilder();
        List<String> commands = new ArrayList<>(ToolsDifferentialTest.resource("ln.sh")
                .lines().toList());
        for (int i = 0; i < TREES; i++) {
            String root = "s" + i;
            setup.append(linkTree(r, root));
            commands.add("ls -l " + root + LONG);
            commands.add("ls -lR " + root + LONG);
            commands.add("ls -F " + root + " " + root + "/d");
            commands.add("ls -lF " + root + LONG);
            commands.add("ls -L " + root + "; ls -R " + root);
            commands.add("cd " + root + " && for l in l*; do readlink $l; r=$(readlink -f $l); "
                    + "echo \"$? ${r#$(pwd -P)}\"; r=$(readlink -m $l/x/../y); echo \"${r#$(pwd -P)}\"; "
                    + "r=$(realpath $l); echo \"$? ${r#$(pwd -P)}\"; readlink -e $l >/dev/null; echo $?; "
                    + "[ -d $l ] && echo dir; [ -f $l ] && echo file; cat $l/f; done; cd ..");
            commands.add("cd " + root + "/d && ls -l ../l* | tr -s ' ' | cut -d' ' -f1,9-; cd ../..");
        }
        compare(setup.toString(), commands);
    }

    /**
     * A small tree under root (a file a, a directory d with a file f, an empty directory e)
     * and random symbolic links l0.. beside a and in d: to the files and directories, through
     * "..", to one another (loops included) and to nothing.
     */
    private static String linkTree(Random r, String root) {
        StringBuilder s = new StringBuilder("mkdir -p " + root + "/d " + root + "/e; echo a > "
                + root + "/a; echo f > " + root + "/d/f\n");
        String[] targets = {"a", "d", "d/f", "e", "../" + root + "/a", "nosuch", "d/nosuch", ".",
                "d/../a", "a/x", "l0", "l1", "l2", "l3"};
        int n = 3 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            s.append("ln -s ").append(targets[r.nextInt(targets.length)]).append(' ')
                    .append(root).append("/l").append(i).append('\n');
        }
        s.append("ln -s ../a ").append(root).append("/d/up\n");
        return s.toString();
    }

    /** A random symbolic mode: one to three clauses such as u+x, go-w, =r, a=u, +X. */
    private static String symbolic(Random r) {
        StringBuilder s = new StringBuilder();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            s.append(s.length() > 0 ? "," : "");
            for (char who : "ugoa".toCharArray()) {
                s.append(r.nextInt(4) == 0 ? String.valueOf(who) : "");
            }
            for (int ops = 1 + r.nextInt(2); ops > 0; ops--) {
                s.append("+-=".charAt(r.nextInt(3)));
                if (r.nextInt(5) == 0) {
                    s.append("ugo".charAt(r.nextInt(3)));
                    continue;
                }
                for (char perm : "rwxXst".toCharArray()) {
                    s.append(r.nextInt(3) == 0 ? String.valueOf(perm) : "");
                }
            }
        }
        return s.toString();
    }

    /**
     * Commands that make a random tree under root, depth levels deep: directories and files
     * with short names (some hidden, some with a space), files with a line or two of text.
     */
    static String tree(Random r, String root, int depth) {
        StringBuilder s = new StringBuilder("mkdir -p '" + root + "'\n");
        for (int n = r.nextInt(5); n >= 0; n--) {
            String path = root + "/" + name(r);
            if (depth > 0 && r.nextInt(3) == 0) {
                s.append(tree(r, path, depth - 1));
            } else {
                s.append("printf '").append("line ".repeat(r.nextInt(4))).append(r.nextInt(99))
                        .append("\\n' > '").append(path).append("'\n");
            }
        }
        return s.toString();
    }

    private static String name(Random r) {
        String[] starts = {"a", "b", "B", ".h", "z", "x y", "_", "9"};
        return starts[r.nextInt(starts.length)] + (char) ('a' + r.nextInt(26)) + r.nextInt(10);
    }
}
