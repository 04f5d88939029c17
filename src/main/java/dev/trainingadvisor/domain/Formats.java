package dev.trainingadvisor.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for human texts: grouping with commas, money with a dollar sign and cents only when needed. */
public final class Formats {
    private Formats() {
    }

    public static String count(long value) {
        return group(Long.toString(value));
    }

    /** {@code 10000} → {@code $10,000}; {@code 9999.99} → {@code $9,999.99}; {@code 0.5} → {@code $0.50}. */
    public static String usd(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        String sign = cents.signum() < 0 ? "-" : "";
        BigDecimal abs = cents.abs();
        String text = abs.stripTrailingZeros().scale() <= 0
                ? group(abs.setScale(0, RoundingMode.UNNECESSARY).toPlainString())
                : groupDecimal(abs.toPlainString());
        return sign + "$" + text;
    }

    /** A plain decimal with grouping and without trailing zeros: {@code 89.990} → {@code 89.99}. */
    public static String decimal(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        return sign + groupDecimal(plain.substring(sign.length()));
    }

    private static String groupDecimal(String plain) {
        int dot = plain.indexOf('.');
        return dot < 0 ? group(plain) : group(plain.substring(0, dot)) + plain.substring(dot);
    }

    private static String group(String digits) {
        String sign = digits.startsWith("-") ? "-" : "";
        String body = digits.substring(sign.length());
        StringBuilder out = new StringBuilder(body.length() + body.length() / 3);
        int first = body.length() % 3;
        if (first > 0) {
            out.append(body, 0, first);
        }
        for (int i = first; i < body.length(); i += 3) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(body, i, i + 3);
        }
        return sign + out;
    }
}
