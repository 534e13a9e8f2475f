package miniunix.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Variables' scopes and attributes, white-box, against what bash 5.2 does: a command's
 * NAME=value prefix, locals, -i -l -u -n, and declare -p's lines.
 */
class VariablesTest {
    private final Variables vars = new Variables("sh");

    @Test
    void aPrefixHoldsUntilItsScopeIsPoppedThenTheOldValueAndExportAreBack() {
        vars.set("x", "old");
        vars.scopes.pushPrefix(Scopes.Kind.PREFIX);
        vars.scopes.prefixAssign("x", "1");
        vars.scopes.prefixAssign("y", "2");
        assertEquals("1", vars.value("x"));
        assertEquals(List.of("x=1", "y=2"), vars.envp(Map.of()));
        vars.scopes.pop();
        assertEquals("old", vars.value("x"));
        assertNull(vars.value("y"));
        assertEquals(List.of(), vars.envp(Map.of()));
    }

    @Test
    void exportOfAPrefixedNameKeepsItButNotInsideEval() {
        vars.scopes.pushPrefix(Scopes.Kind.PREFIX);
        vars.scopes.prefixAssign("x", "1");
        vars.export("x");
        vars.scopes.propagate("x");
        vars.scopes.pop();
        assertEquals("declare -x x=\"1\"\n", Declarations.of(vars, "x"));
        vars.scopes.pushPrefix(Scopes.Kind.PREFIX_OF_SOURCE);
        vars.scopes.prefixAssign("y", "1");
        vars.scopes.propagate("y");
        vars.scopes.pop();
        assertNull(Declarations.of(vars, "y"));
    }

    @Test
    void aLocalOfAPrefixedNameStartsWithItsValueAndUnsetShowsWhatThePrefixHid() {
        vars.set("x", "old");
        vars.scopes.pushPrefix(Scopes.Kind.PREFIX_OF_CALL);
        vars.scopes.prefixAssign("x", "1");
        vars.scopes.pushCall();
        vars.scopes.local("x", null);
        assertEquals("1", vars.value("x"));
        vars.unset("x");
        assertEquals("old", vars.value("x"));
        vars.scopes.pop();
        vars.scopes.pop();
        assertEquals("old", vars.value("x"));
    }

    @Test
    void setListingsShowTheShellVariablesNotABuiltinsPrefix() {
        vars.set("v", "old");
        vars.scopes.pushPrefix(Scopes.Kind.PREFIX);
        vars.scopes.prefixAssign("v", "new");
        assertEquals("old", vars.all().get("v"));
        assertEquals("declare -x v=\"new\"\n", Declarations.of(vars, "v"));
        vars.scopes.pop();
    }

    @Test
    void anIntegerEvaluatesEachAssignmentAndAppendAdds() {
        vars.attribute("n", Attribute.INTEGER, true);
        vars.set("n", "2 * 3");
        assertEquals("6", vars.value("n"));
        vars.append("n", "4");
        assertEquals("10", vars.value("n"));
        Arith.Failure f = assertThrows(Arith.Failure.class, () -> vars.set("n", "1+"));
        assertEquals("1+: syntax error: operand expected (error token is \"+\")", f.getMessage());
        assertEquals("10", vars.value("n"));
    }

    @Test
    void lowerAndUpperCaseEachAssignmentAndDropEachOther() {
        vars.attribute("s", Attribute.UPPER, true);
        vars.set("s", "abc");
        assertEquals("ABC", vars.value("s"));
        vars.attribute("s", Attribute.LOWER, true);
        assertEquals(EnumSet.of(Attribute.LOWER), vars.attributes("s"));
        vars.append("s", "DEF");
        assertEquals("abcdef", vars.value("s"));
    }

    @Test
    void aNamerefReadsWritesAndExportsItsTarget() {
        vars.setReference("r", "x");
        vars.set("r", "5");
        assertEquals("5", vars.value("x"));
        assertEquals("5", vars.get("r"));
        assertEquals("x", vars.ownValue("r"));
        vars.export("r");
        assertTrue(vars.isExported("x"));
        assertEquals("declare -n r=\"x\"\n", Declarations.of(vars, "r"));
    }

    @Test
    void aCircleOfNamerefsIsNoVariable() {
        vars.setReference("a", "b");
        vars.setReference("b", "a");
        assertEquals("", vars.resolve("a"));
        assertNull(vars.parameter("a"));
        vars.set("a", "1");
        assertEquals("b", vars.ownValue("a"));
    }

    @Test
    void aLocalStartsWithNoAttributesAndTheCallsEndGivesThemBack() {
        vars.attribute("g", Attribute.INTEGER, true);
        vars.set("g", "5");
        vars.scopes.pushCall();
        vars.scopes.local("g", null);
        vars.set("g", "1+1");
        assertEquals("1+1", vars.value("g"));
        vars.scopes.pop();
        assertEquals("declare -i g=\"5\"\n", Declarations.of(vars, "g"));
    }

    @Test
    void declarePShowsTheAttributesInBashsOrder() {
        for (Attribute a : Attribute.values()) {
            if (a != Attribute.NAMEREF) {
                vars.attribute("all", a, true);
            }
        }
        vars.set("all", "7");
        vars.export("all");
        vars.makeReadonly("all");
        assertEquals("declare -irtxu all=\"7\"\n", Declarations.of(vars, "all"));
        vars.attribute("il", Attribute.LOWER, true);
        vars.attribute("il", Attribute.INTEGER, true);
        assertEquals("declare -il il\n", Declarations.of(vars, "il"));
        assertEquals("declare -il il\n", Declarations.all(vars, EnumSet.of(Attribute.LOWER), false, false));
    }
}
