package miniunix.app.shell;

import miniunix.kernel.uapi.StatBuf;
import miniunix.user.lib.TestExpr;

/**
 * What the shell's own test, [ and [[ ]] know beyond /bin/test: -v VAR (set, as a variable
 * or a positional parameter), -R VAR (a nameref with a value) and -o OPTION (a set -o option
 * that is on), over the file facts
 * gathered by syscalls. Made for one evaluation and dropped, so it is never copied by fork.
 */
record ShellFacts(TestExpr.Facts files, Variables vars) implements TestExpr.Facts {

    @Override
    public StatBuf stat(String path) {
        return files.stat(path);
    }

    @Override
    public StatBuf lstat(String path) {
        return files.lstat(path);
    }

    @Override
    public int uid() {
        return files.uid();
    }

    @Override
    public int gid() {
        return files.gid();
    }

    @Override
    public boolean isatty(int fd) {
        return files.isatty(fd);
    }

    @Override
    public boolean shellTests() {
        return true;
    }

    @Override
    public boolean isVariableSet(String name) {
        // RANDOM's value is not asked for: that would move the generator on.
        return name.equals("RANDOM") ? vars.value(name) != null : vars.parameter(name) != null;
    }

    @Override
    public boolean isNameref(String name) {
        return vars.attributes(name).contains(Attribute.NAMEREF) && vars.ownValue(name) != null;
    }

    @Override
    public boolean isOptionOn(String name) {
        ShellOption o = ShellOption.ofName(name);
        return o != null && vars.on(o);
    }
}
