package miniunix.kernel.uapi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Loads and stores of x86-64's little-endian fields in a byte array: how the struct codecs of
 * uapi (struct stat, struct pollfd, linux_dirent64, ...) lay their fields out in user memory.
 */
public final class Le {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Le() {
    }

    public static short getShort(byte[] b, int off) {
        return (short) I16.get(b, off);
    }

    public static void putShort(byte[] b, int off, short v) {
        I16.set(b, off, v);
    }

    public static int getInt(byte[] b, int off) {
        return (int) I32.get(b, off);
    }

    public static void putInt(byte[] b, int off, int v) {
        I32.set(b, off, v);
    }

    public static long getLong(byte[] b, int off) {
        return (long) I64.get(b, off);
    }

    public static void putLong(byte[] b, int off, long v) {
        I64.set(b, off, v);
    }
}
