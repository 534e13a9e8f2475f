package miniunix.user.lib;

/**
 * Whose behaviour a formatting routine shared by a /bin program and a shell builtin follows:
 * the coreutils 9.1 program's (/bin/echo, /bin/printf) or bash 5.2's builtin (echo.def,
 * printf.def). They differ in a few escapes, in printf's conversions and in every message.
 */
public enum Dialect {
    /** /bin/echo and /bin/printf: coreutils' escapes, conversions and messages. */
    COREUTILS,
    /** The shell's echo and printf builtins: bash's. */
    BASH
}
