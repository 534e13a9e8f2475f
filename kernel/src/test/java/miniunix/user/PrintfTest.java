package miniunix.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** printf against seq-tee-yes-timeout-etc.txt and coreutils 9.1's printf. */
class PrintfTest {
    private FakeSys sys = new FakeSys();

    private int run(String... argv) {
        sys = new FakeSys();
        List<String> args = new ArrayList<>(List.of("printf"));
        args.addAll(List.of(argv));
        return sys.run(new Binaries().load("/bin/printf", args, List.of()).program());
    }

    private String printf(String... argv) {
        assertEquals(0, run(argv), sys.err());
        return sys.out();
    }

    @Test
    void widthsFlagsAndTheReferenceLine() {
        assertEquals("   42|ab   |c\n", printf("%5d|%-5s|%s\n", "42", "ab", "c"));
        assertEquals("005||010|0003.142|7       |+1.23e+04|1.2345E-05|1.500000E+00\n",
                printf("%.3d|%.0d|%#.3o|%08.3f|%-08d|%+.2e|%G|%E\n", "5", "0", "8", "3.14159",
                        "7", "12345", "0.000012345", "1.5"));
        assertEquals("  007|+3   |5|ff|0XFF\n",
                printf("%5.3d|%-+5d|%+u|% x|%#X\n", "7", "3", "5", "255", "255"));
        assertEquals("    1|2  |3.14\n", printf("%*d|%-*d|%.*f\n", "5", "1", "3", "2", "2",
                "3.14159"));
    }

    @Test
    void everyConversion() {
        assertEquals(" 3.14|1.234568e+04|0.0001|ff|FF|10|h|a\tb|%|7|18446744073709551615\n",
                printf("%5.2f|%e|%g|%x|%X|%o|%c|%b|%%|%i|%u\n", "3.14159", "12345.678",
                        "0.0001", "255", "255", "8", "hello", "a\\tb", "7", "-1"));
        assertEquals("1e+100|1.23457e+08|0.000123|1.00|-0\n",
                printf("%g|%g|%.3g|%#.3g|%g\n", "1e100", "123456789", "0.00012345", "1", "-0"));
        assertEquals("0 -31 15 233\n", printf("%d %d %d %d\n", "", "  -0x1F", "+017", "'\u00e9"));
        assertEquals("inf -inf nan\n", printf("%f %f %e\n", "inf", "-inf", "nan"));
    }

    @Test
    void floatsAreLongDoubles() {
        assertEquals("0.1000000000000000000013553\n", printf("%.25f\n", "0.1"));
        assertEquals("0.01 2 2 4\n", printf("%.2f %.0f %.0f %.0f\n", "0.015", "2.5", "1.5",
                "3.5"));
        assertEquals("8.000000\n", printf("%f\n", "0x1p3"));
    }

    @Test
    void escapesAndTheFormatReused() {
        assertEquals("A\b1\n", printf("\\101\\0101\n"));
        assertEquals("A|A|A\n", printf("%b|%b|%b\n", "\\0101", "\\101", "\\x41"));
        assertEquals("1 a\n2 b\n3 \n", printf("%d %s\n", "1", "a", "2", "b", "3"));
        assertEquals("[][ ][0]\n".replace(' ', '\0'), printf("[%s][%c][%d]\n"));
        assertEquals("x", printf("x\\cy\n"));
        assertEquals("a", printf("%b\n", "a\\cb", "c"));
        assertEquals("\u00e9\n", printf("\\u00e9\n"));
    }

    @Test
    void badNumbersAreReportedWhereTheyOccurAndPrintingGoesOn() {
        assertEquals(1, run("%d|%d\n", " 12", "12 "));
        assertEquals("12|12\n", sys.out());
        assertEquals("12|printf: \u201812 \u2019: value not completely converted\n12\n",
                sys.both.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("%d\n", "x"));
        assertEquals("printf: \u2018x\u2019: expected a numeric value\n", sys.err());
        assertEquals("0\n", sys.out());
        assertEquals(1, run("%d\n", "99999999999999999999"));
        assertEquals("9223372036854775807\n", sys.out());
        assertEquals("printf: \u201899999999999999999999\u2019: Numerical result out of range\n",
                sys.err());
    }

    @Test
    void usageErrors() {
        assertEquals(1, run());
        assertEquals("printf: missing operand\nTry 'printf --help' for more information.\n",
                sys.err());
        assertEquals(1, run("a%5%b"));
        assertEquals("a", sys.out());
        assertEquals("printf: %5%: invalid conversion specification\n", sys.err());
        assertEquals(1, run("%010s", "a"));
        assertEquals("printf: %010s: invalid conversion specification\n", sys.err());
        assertEquals(0, run("x", "extra"));
        assertEquals("printf: warning: ignoring excess arguments, starting with"
                + " \u2018extra\u2019\n", sys.err());
        assertEquals("-x", printf("-x"));
    }
}
