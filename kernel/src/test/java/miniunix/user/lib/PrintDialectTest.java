package miniunix.user.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EchoArgs and PrintfFormat in their two dialects: /bin/echo and /bin/printf (coreutils 9.1)
 * against the shell's builtins (bash 5.2), where the two differ. The figures are the host's:
 * {@code /usr/bin/printf} and {@code bash -c 'printf ...'}.
 */
class PrintDialectTest {
    private static String echo(Dialect d, String... args) {
        List<String> argv = new ArrayList<>(List.of("echo"));
        argv.addAll(List.of(args));
        return new String(EchoArgs.render(argv, d), StandardCharsets.UTF_8);
    }

    /** printf FORMAT ARGS in dialect d: the output, then each complaint on a line of its own. */
    private static String printf(Dialect d, String format, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder err = new StringBuilder();
        int status = PrintfFormat.run(d, format, List.of(args), new PrintfFormat.Sink() {
            @Override
            public void out(byte[] b, int off, int n) {
                out.write(b, off, n);
            }

            @Override
            public void error(String msg) {
                err.append(msg).append('\n');
            }
        });
        return out.toString(StandardCharsets.UTF_8) + "|" + err + status;
    }

    @Test
    void echoOptionsAreWholeWordsOfNeELetters() {
        assertEquals("-- -x\n", echo(Dialect.BASH, "--", "-x"));
        assertEquals("a\\tb", echo(Dialect.BASH, "-en", "-E", "a\\tb"));
        assertEquals("-nx\n", echo(Dialect.COREUTILS, "-nx"));
    }

    @Test
    void bashsEchoAddsBackslashCapitalEAndUnicode() {
        assertEquals("\u001b|A|\u263a\n", echo(Dialect.BASH, "-e", "\\E|\\u41|\\u263a"));
        assertEquals("\\E|\\u41\n", echo(Dialect.COREUTILS, "-e", "\\E|\\u41"));
        assertEquals("A\\101", echo(Dialect.BASH, "-e", "\\0101\\101\\c", "gone"));
    }

    @Test
    void numbersThatAreNotOnesAreWordedByEachDialect() {
        assertEquals("1|1x: invalid number\n1", printf(Dialect.BASH, "%d", "1x"));
        assertEquals("1|‘1x’: value not completely converted\n1", printf(Dialect.COREUTILS, "%d", "1x"));
        assertEquals("0|09: invalid octal number\n1", printf(Dialect.BASH, "%d", "09"));
        assertEquals("9223372036854775807|warning: 9223372036854775808: Numerical result out of range\n0",
                printf(Dialect.BASH, "%d", "9223372036854775808"));
    }

    @Test
    void aBadConversionStopsTheOutput() {
        assertEquals("a|`y': invalid format character\n1", printf(Dialect.BASH, "a%yb"));
        assertEquals("a|`%5': missing format character\n1", printf(Dialect.BASH, "a%5"));
        assertEquals("a|%y: invalid conversion specification\n1", printf(Dialect.COREUTILS, "a%yb"));
    }

    @Test
    void backslashCInTheFormatEndsOnlyCoreutilsOutput() {
        assertEquals("a\\cb|0", printf(Dialect.BASH, "a\\cb"));
        assertEquals("a|0", printf(Dialect.COREUTILS, "a\\cb"));
        assertEquals("x|0", printf(Dialect.BASH, "%b%s", "x\\cy", "z"));
    }

    @Test
    void percentQQuotesWithBackslashesInBashAndQuotesInCoreutils() {
        assertEquals("a\\ b\\'c|0", printf(Dialect.BASH, "%q", "a b'c"));
        assertEquals("'a b'\\''c'|0", printf(Dialect.COREUTILS, "%q", "a b'c"));
        assertEquals("$'\\t'|0", printf(Dialect.BASH, "%q", "\t"));
    }

    @Test
    void extraArgumentsReuseTheFormatAndOnlyCoreutilsWarnsWhenItHasNoConversion() {
        assertEquals("a-b-c-|0", printf(Dialect.BASH, "%s-", "a", "b", "c"));
        assertEquals("x|0", printf(Dialect.BASH, "x", "extra"));
        assertEquals("x|warning: ignoring excess arguments, starting with ‘extra’\n0",
                printf(Dialect.COREUTILS, "x", "extra"));
    }
}
