package miniunix.user.lib;

/**
 * A program of procps (ps, top, free, vmstat...): its close_stdout passes EPIPE over, so with
 * SIGPIPE ignored `ps aux | head -1` loses the rest of its output without a word and ends as
 * it would have, where a GNU tool says {@code write error: Broken pipe} and exits 1 ({@link Proc}).
 */
public interface Procps {
}
