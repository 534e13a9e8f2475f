package miniunix.user.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void objectsArraysAndNumbersNestWithCommasOnlyBetweenMembers() {
        Json j = new Json().begin().put("unit", "KiB").put("free", 123).beginArray("cpus")
                .begin().put("id", 0).putCentis("us", 1250).end()
                .begin().put("id", 1).putFixed("sy", 2.005, 1).end()
                .endArray().beginArray("empty").endArray().begin("mem").put("ok", true).end()
                .beginArray("pids").value(1).value(2).endArray().end();
        assertEquals("{\"unit\":\"KiB\",\"free\":123,\"cpus\":[{\"id\":0,\"us\":12.50},"
                + "{\"id\":1,\"sy\":2.0}],\"empty\":[],\"mem\":{\"ok\":true},\"pids\":[1,2]}",
                j.toString());
    }

    @Test
    void stringsAreEscapedAsRfc8259Says() {
        String s = new Json().begin().put("cmd", "a\"b\\c\nd\te\u0001é").end().line();
        assertEquals("{\"cmd\":\"a\\\"b\\\\c\\nd\\te\\u0001é\"}\n", s);
    }

    @Test
    void fixedRoundsHalfUpAndCentisKeepsTheSign() {
        assertEquals("0.53", Json.fixed(0.525, 2));
        assertEquals("12", Json.fixed(11.5, 0));
        assertEquals("{\"x\":-0.05}", new Json().begin().putCentis("x", -5).end().toString());
    }
}
