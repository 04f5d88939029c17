package dev.trainingadvisor.api.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an immutable response record (a value type: equal values write equal JSON) whose JSON is mostly fixed text,
 * so that {@link EncodedFragments} writes it from bytes encoded the first time that value was written instead of
 * serialising it again. Only for records whose every component is itself such a value (strings, enums, numbers,
 * booleans, lists and records of them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EncodedOnce {
}
