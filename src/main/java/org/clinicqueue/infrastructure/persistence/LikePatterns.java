package org.clinicqueue.infrastructure.persistence;

/**
 * Text typed by a person, made safe for a JPQL {@code like ... escape '!'}: '%' and '_' then mean themselves.
 * The escape character is '!' rather than the backslash, which MySQL also reads as an escape inside the SQL
 * string literal that holds the escape clause.
 */
public final class LikePatterns {

    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    /** {@code "100%"} becomes {@code "%100!%%"}: the text anywhere in the value, matched literally. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
