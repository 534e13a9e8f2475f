package miniunix.app.shell;

/**
 * A variable's attributes that declare, typeset and local give besides readonly and export
 * (bash's att_integer, att_nameref, att_trace, att_lowercase, att_uppercase), with the letter
 * of {@code declare -X}. Declared in the order declare -p shows them, readonly (r) and export
 * (x) going between: i n r t x l u (bash's var_attribute_string).
 */
enum Attribute {
    /** -i: each assignment is evaluated as an arithmetic expression; NAME+=N adds. */
    INTEGER('i'),
    /**
     * -n: a name reference: the value is another variable's name, and every use of NAME but
     * declare -p, declare +n and unset -n is a use of that variable.
     */
    NAMEREF('n'),
    /** -t: trace (bash gives functions DEBUG and RETURN traps by it): kept and shown only. */
    TRACE('t'),
    /** -l: each assignment is lowercased; -l drops -u. */
    LOWER('l'),
    /** -u: each assignment is uppercased; -u drops -l. */
    UPPER('u');

    final char letter;

    Attribute(char letter) {
        this.letter = letter;
    }

    /** The attribute of declare's letter, or null. */
    static Attribute ofLetter(char c) {
        for (Attribute a : values()) {
            if (a.letter == c) {
                return a;
            }
        }
        return null;
    }
}
