package dev.trainingadvisor.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text with named placeholders ({@code {count}}), parsed once. Unlike {@link java.text.MessageFormat} it
 * gives apostrophes no meaning, so translators can write them freely.
 */
final class Template {
    private final String source;
    private final List<String> literals;
    private final List<String> names;

    private Template(String source, List<String> literals, List<String> names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    static Template parse(String source) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = source.indexOf('{', from);
            if (open < 0) {
                break;
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in: " + source);
            }
            String name = source.substring(open + 1, close);
            if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
                throw new IllegalArgumentException("bad placeholder {" + name + "} in: " + source);
            }
            literals.add(source.substring(from, open));
            names.add(name);
            from = close + 1;
        }
        literals.add(source.substring(from));
        return new Template(source, List.copyOf(literals), List.copyOf(names));
    }

    List<String> placeholders() {
        return names;
    }

    String source() {
        return source;
    }

    String render(Map<String, String> values) {
        return render(values::get);
    }

    /**
     * The text with its placeholders filled from name/value pairs ({@code name0, value0, name1, value1, ...}; extra
     * pairs are ignored), without building a map: a template has a handful of placeholders, and a map per call was
     * most of the wording's cost (issue 22).
     */
    String render(String... namesAndValues) {
        return render(name -> {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(name)) {
                    return namesAndValues[i + 1];
                }
            }
            return null;
        });
    }

    private String render(java.util.function.Function<String, String> values) {
        if (names.isEmpty()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i));
            String value = values.apply(names.get(i));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + names.get(i) + "} in: " + source);
            }
            out.append(value);
        }
        return out.append(literals.get(names.size())).toString();
    }
}
