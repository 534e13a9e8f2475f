package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import miniunix.user.lib.Opts;
import org.junit.jupiter.api.Test;

/** getopt(3) behaviour of the user library's option parser. */
class OptsTest {
    @Test
    void clusteredFlagsAndArguments() {
        Opts o = Opts.parse(List.of("grep", "-vn", "pat", "file"), "vicn");
        assertTrue(o.has('v'));
        assertTrue(o.has('n'));
        assertFalse(o.has('i'));
        assertEquals(List.of("pat", "file"), o.operands);
        assertEquals("5", Opts.parse(List.of("head", "-n", "5"), "n:").get('n', "10"));
        assertEquals("5", Opts.parse(List.of("head", "-n5"), "n:").get('n', "10"));
        assertEquals("10", Opts.parse(List.of("head"), "n:").get('n', "10"));
    }

    @Test
    void optionsMayFollowOperandsUntilDoubleDash() {
        Opts o = Opts.parse(List.of("grep", "x", "f", "-n", "--", "-v"), "vn");
        assertTrue(o.has('n'));
        assertFalse(o.has('v'));
        assertEquals(List.of("x", "f", "-v"), o.operands);
        assertEquals(List.of("-"), Opts.parse(List.of("cat", "-"), "").operands);
    }

    @Test
    void errorsReadLikeGnu() {
        assertEquals("invalid option -- 'z'", Opts.parse(List.of("wc", "-lz"), "lwc").error);
        assertEquals("option requires an argument -- 'n'", Opts.parse(List.of("head", "-n"), "n:").error);
        assertEquals("unrecognized option '--bogus'", Opts.parse(List.of("wc", "--bogus"), "").error);
        assertEquals("Try 'wc --help' for more information.", Opts.tryHelp("wc"));
        assertNull(Opts.parse(List.of("wc", "--help"), "").error);
        assertTrue(Opts.parse(List.of("wc", "--help"), "").help);
    }

    private static final String SORT = "reverse=r key=k sort=S stable=s";

    @Test
    void longOptionsTakeArgumentsAfterEqualsOrApart() {
        Opts o = Opts.parse(List.of("sort", "--reverse", "--key=2,2", "f"), "rk:", SORT);
        assertTrue(o.has('r'));
        assertEquals("2,2", o.get('k', null));
        assertEquals(List.of("f"), o.operands);
        assertEquals("3", Opts.parse(List.of("sort", "--key", "3"), "k:", SORT).get('k', null));
    }

    @Test
    void anUnambiguousPrefixNamesALongOption() {
        assertTrue(Opts.parse(List.of("sort", "--rev"), "r", SORT).has('r'));
        assertTrue(Opts.parse(List.of("sort", "--he"), "r", SORT).help);
        assertTrue(Opts.parse(List.of("hostname", "--f"), "f", "fqdn=f long=f").has('f'));
    }

    @Test
    void longOptionErrorsReadLikeGlibc() {
        assertEquals("option '--s=1' is ambiguous; possibilities: '--sort' '--stable'",
                Opts.parse(List.of("sort", "--s=1"), "rk:S:s", SORT).error);
        assertEquals("option '--reverse' doesn't allow an argument",
                Opts.parse(List.of("sort", "--rev=3"), "rk:", SORT).error);
        assertEquals("option '--key' requires an argument",
                Opts.parse(List.of("sort", "--ke"), "rk:", SORT).error);
        assertEquals("unrecognized option '--frob=2'",
                Opts.parse(List.of("sort", "--frob=2"), "rk:", SORT).error);
    }

    @Test
    void helpStopsTheParsingAndPlusStopsAtTheFirstOperand() {
        Opts o = Opts.parse(List.of("sort", "--help", "-z"), "r", SORT);
        assertTrue(o.help);
        assertNull(o.error);
        o = Opts.parse(List.of("basename", "-a", "x", "-s"), "+as:");
        assertTrue(o.has('a'));
        assertEquals(List.of("x", "-s"), o.operands);
    }

    @Test
    void optionalArgumentsAndLongOnlyOptions() {
        String longopts = "iso-8601=I rfc-3339=\u0080 utc=u";
        Opts o = Opts.parse(List.of("date", "-Iseconds"), "uI::\u0080:", longopts);
        assertEquals("seconds", o.get('I', null));
        o = Opts.parse(List.of("date", "-I", "+%s"), "uI::\u0080:", longopts);
        assertEquals("", o.get('I', null));
        assertEquals(List.of("+%s"), o.operands);
        assertEquals("ns", Opts.parse(List.of("date", "--iso=ns"), "uI::\u0080:", longopts)
                .get('I', null));
        o = Opts.parse(List.of("date", "--rfc-3339", "date"), "uI::\u0080:", longopts);
        assertEquals("date", o.get('\u0080', null));
        assertEquals("invalid option -- '\u0080'",
                Opts.parse(List.of("date", "-\u0080"), "\u0080", longopts).error);
    }
}
