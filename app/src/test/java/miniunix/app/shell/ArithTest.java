package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Shell arithmetic against bash 5.2: values, precedence, side effects and error messages. */
class ArithTest {
    private final Variables vars = new Variables("sh");

    private long eval(String expr) {
        return Arith.eval(expr, vars);
    }

    private String error(String expr) {
        return assertThrows(Arith.Failure.class, () -> Arith.eval(expr, vars)).getMessage();
    }

    @Test
    void aBareSpecialNameReadsItsValueAsDollarNameDoes() {
        Variables same = new Variables("sh");
        vars.set("RANDOM", "42");
        same.set("RANDOM", "42");
        long first = Long.parseLong(same.get("RANDOM"));
        long second = Long.parseLong(same.get("RANDOM"));
        assertEquals(first % 6, eval("RANDOM % 6"));
        assertEquals(second, eval("RANDOM"));
        assertNotEquals(first, second);
    }

    @Test
    void operatorsFollowCsPrecedence() {
        assertEquals(7, eval("1 + 2 * 3"));
        assertEquals(9, eval("(1 + 2) * 3"));
        assertEquals(1024, eval("2 ** 10"));
        assertEquals(512, eval("2 ** 3 ** 2"));
        assertEquals(4, eval("-2 ** 2"));
        assertEquals(-3, eval("-7 / 2"));
        assertEquals(-1, eval("-7 % 3"));
        assertEquals(1, eval("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3 && 1 == 1 && 1 != 2"));
        assertEquals(6, eval("1 << 2 | 2"));
        assertEquals(2, eval("6 & 3"));
        assertEquals(5, eval("6 ^ 3"));
        assertEquals(-1, eval("~0"));
        assertEquals(1, eval("!0"));
        assertEquals(3, eval("0 ? 2 : 3"));
        assertEquals(2, eval("1 ? 2 : 3"));
        assertEquals(5, eval("1, 2, 5"));
        assertEquals(0, eval(""));
        assertEquals(0, eval("   "));
    }

    @Test
    void sixtyFourBitsWrapAround() {
        assertEquals(Long.MIN_VALUE, eval("9223372036854775807 + 1"));
        assertEquals(Long.MIN_VALUE, eval("1 << 63"));
        assertEquals(Long.MIN_VALUE, eval("-9223372036854775807 - 1"));
        assertEquals(Long.MIN_VALUE, eval("(-9223372036854775807 - 1) / -1"));
        assertEquals(0, eval("2 ** 64"));
    }

    @Test
    void literalsInEveryBase() {
        assertEquals(8, eval("010"));
        assertEquals(255, eval("0xff"));
        assertEquals(255, eval("0XFF"));
        assertEquals(5, eval("2#101"));
        assertEquals(35, eval("36#z"));
    }

    @Test
    void variablesByNameAndAssignment() {
        vars.set("x", "5");
        vars.set("e", "x * 2");
        assertEquals(6, eval("x + 1"));
        assertEquals(10, eval("e"));
        assertEquals(0, eval("unset_var + empty"));
        assertEquals(7, eval("y = x + 2"));
        assertEquals("7", vars.value("y"));
        assertEquals(14, eval("y *= 2"));
        assertEquals(16, eval("y += 2"));
        assertEquals(4, eval("y >>= 2"));
        assertEquals(5, eval("x++"));
        assertEquals(7, eval("++x"));
        assertEquals(6, eval("--x"));
        assertEquals("6", vars.value("x"));
        assertEquals(3, eval("a = b = 3"));
        assertEquals("3", vars.value("a"));
    }

    @Test
    void theBranchNotTakenHasNoEffect() {
        assertEquals(0, eval("0 && (z = 1)"));
        assertEquals(1, eval("1 || (z = 1)"));
        assertEquals(1, eval("1 || 1 / 0"));
        assertEquals(2, eval("1 ? 2 : (z = 3)"));
        assertEquals(null, vars.value("z"));
    }

    @Test
    void errorsReadAsBashs() {
        assertEquals("1/0: division by 0 (error token is \"0\")", error("1/0"));
        assertEquals("1 / 0 : division by 0 (error token is \"0 \")", error(" 1 / 0 "));
        assertEquals("5%0: division by 0 (error token is \"0\")", error("5%0"));
        assertEquals("1+: syntax error: operand expected (error token is \"+\")", error("1+"));
        assertEquals("1 2: syntax error in expression (error token is \"2\")", error("1 2"));
        assertEquals("08: value too great for base (error token is \"08\")", error("08"));
        assertEquals("1 = 2: attempted assignment to non-variable (error token is \"= 2\")", error("1 = 2"));
        assertEquals("(1: missing `)' (error token is \"1\")", error("(1"));
        assertEquals("2 ** -1: exponent less than 0 (error token is \"1\")", error("2 ** -1"));
        assertEquals("1 @ 2: syntax error: invalid arithmetic operator (error token is \"@ 2\")", error("1 @ 2"));
        assertEquals("1 ? 2: `:' expected for conditional expression (error token is \"2\")", error("1 ? 2"));
    }

    @Test
    void recursionIsBoundedByBashsLimit() {
        vars.set("loop", "loop + 1");
        assertEquals(true, error("loop").endsWith("expression recursion level exceeded (error token is \"loop + 1\")"));
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        assertEquals(true, error(deep).contains("expression recursion level exceeded"));
        assertEquals(1, eval("(".repeat(250) + "1" + ")".repeat(250)));
        assertEquals(true, error("-".repeat(5000) + "1").contains("recursion level exceeded"));
    }

    @Test
    void anElementIsAVariableAndItsIndexIsEvaluatedOnce() {
        vars.setArray("a", java.util.List.of("1", "2"));
        assertEquals(3, eval("a[0] + a[-1]"));
        assertEquals(7, eval("i = 0, a[i++] += 6"));
        assertEquals(1, eval("i"));
        assertEquals("7", vars.array("a").get(0));
        assertEquals(9, eval("a[5] = 9"));
        assertEquals(5, vars.array("a").maxIndex());
    }
}
