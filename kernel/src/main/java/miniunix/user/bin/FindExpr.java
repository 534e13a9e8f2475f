package miniunix.user.bin;

import miniunix.kernel.uapi.StatBuf;
import miniunix.user.lib.Fnmatch;

/**
 * A find expression, as findutils builds it from the command line ({@link FindParser}):
 * tests, actions and the operators that join them. {@link #eval} evaluates one against a file,
 * printing through {@link Find} and asking it to prune, left to right with short circuits.
 */
sealed interface FindExpr {
    /** Whether this expression is true of the file; actions happen on the way. */
    boolean eval(Find f, String path, StatBuf st);

    /** -name PATTERN, -iname PATTERN: the last component matches. */
    record Name(String pattern, boolean foldCase) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            return Fnmatch.matches(pattern, Basename.basename(path, null), foldCase);
        }
    }

    /** -path PATTERN: the whole path matches ('*' matches '/'). */
    record PathMatch(String pattern) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            return Fnmatch.matches(pattern, path, false);
        }
    }

    /** -type C: f, d, c, p, l (the kinds of file miniunix has; b and s never match). */
    record Type(char c) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            int fmt = st.mode & StatBuf.S_IFMT;
            return switch (c) {
                case 'f' -> fmt == StatBuf.S_IFREG;
                case 'd' -> fmt == StatBuf.S_IFDIR;
                case 'c' -> fmt == StatBuf.S_IFCHR;
                case 'p' -> fmt == StatBuf.S_IFIFO;
                case 'l' -> fmt == StatBuf.S_IFLNK;
                default -> false;
            };
        }
    }

    /** -print (a newline after the path) and -print0 (a NUL). */
    record Print(char end) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            f.print(path, end);
            return true;
        }
    }

    /** -prune: true, and a directory is not descended into. */
    record Prune() implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            f.prune();
            return true;
        }
    }

    /** -true, and the global options (-maxdepth, -mindepth, -depth) where they stand. */
    record True() implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            return true;
        }
    }

    record Not(FindExpr e) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            return !e.eval(f, path, st);
        }
    }

    record And(FindExpr a, FindExpr b) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            return a.eval(f, path, st) && b.eval(f, path, st);
        }
    }

    record Or(FindExpr a, FindExpr b) implements FindExpr {
        public boolean eval(Find f, String path, StatBuf st) {
            return a.eval(f, path, st) || b.eval(f, path, st);
        }
    }
}
