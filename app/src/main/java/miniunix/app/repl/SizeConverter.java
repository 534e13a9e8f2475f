package miniunix.app.repl;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --mem SIZE: plain bytes, or a number with K, M or G (powers of 1024), as in 64M or 1G. */
public final class SizeConverter implements ITypeConverter<Long> {
    static final long MIN_MEM = 1L << 20;

    @Override
    public Long convert(String value) {
        long size = parse(value);
        if (size < 0) {
            throw new TypeConversionException("'" + value + "' is not a size (like 64M, 1G, 512K)");
        }
        return size;
    }

    /** The size in bytes, or -1 if value is not a size. */
    public static long parse(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.endsWith("B") && v.length() > 1 && !Character.isDigit(v.charAt(v.length() - 2))) {
            v = v.substring(0, v.length() - 1);         // "64MB" reads as "64M"
        }
        int shift = 0;
        if (!v.isEmpty()) {
            switch (v.charAt(v.length() - 1)) {
                case 'K' -> shift = 10;
                case 'M' -> shift = 20;
                case 'G' -> shift = 30;
                default -> shift = 0;
            }
        }
        String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(digits) << shift;
    }
}
