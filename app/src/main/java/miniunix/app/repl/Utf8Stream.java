package miniunix.app.repl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Console bytes to text, chunk by chunk: a UTF-8 sequence split between two chunks is kept
 * until its end arrives; malformed bytes become U+FFFD, as a terminal shows them.
 */
final class Utf8Stream {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer carry = ByteBuffer.allocate(0);

    String decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.allocate(carry.remaining() + bytes.length);
        in.put(carry).put(bytes).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining());
        decoder.decode(in, out, false);
        carry = in.slice();
        return out.flip().toString();
    }
}
