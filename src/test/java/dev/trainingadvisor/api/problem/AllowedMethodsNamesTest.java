package dev.trainingadvisor.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import net.jqwik.api.constraints.Size;

class AllowedMethodsNamesTest {

    /** {@link AllowedMethods#names} reads an Allow value exactly as splitting it at ", " and looking the method up. */
    @Property
    void anAllowValueNamesExactlyTheMethodsItLists(
            @ForAll @Size(max = 5) List<@UpperChars @StringLength(min = 1, max = 7) String> methods,
            @ForAll @UpperChars @StringLength(min = 1, max = 7) String method) {
        String allow = String.join(", ", methods);
        boolean listed = !allow.isEmpty() && List.of(allow.split(", ")).contains(method);
        assertEquals(listed, AllowedMethods.names(allow, method), allow + " / " + method);
    }
}
