package dev.trainingadvisor.api.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each API path takes, for the {@code Allow} header of a 405 (RESTEasy Reactive raises the 405 without
 * one) and of an OPTIONS answer (RESTEasy Reactive's own counted the methods of every template that matched, so that
 * {@code OPTIONS /assessments/batch} listed GET and DELETE of {@code /assessments/{assessmentId}}). Read once from the
 * JAX-RS annotations of the resource beans, plus the MCP endpoint; GET implies HEAD, and OPTIONS is always answered.
 */
@Singleton
public class AllowedMethods {
    /** The MCP endpoint's path (quarkus-mcp-server-http's Streamable HTTP transport). */
    public static final String MCP_PATH = "/mcp";
    /** The Allow value of each literal template (no {@code {...}}), by its path: one lookup per request. */
    private final Map<String, String> literal = new java.util.HashMap<>();
    /** The Allow value of each template with variables, in order, tried after the literal ones. */
    private final Map<Pattern, String> templated = new LinkedHashMap<>();

    public AllowedMethods() {
        // By template, so that two resource classes on one path (/assessments: assessing and the history) add up.
        Map<String, Set<String>> byTemplate = new java.util.TreeMap<>();
        for (jakarta.enterprise.inject.spi.Bean<?> bean : Arc.container().beanManager().getBeans(Object.class,
                Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = join(root.value(), sub == null ? "" : sub.value());
                Set<String> methods = byTemplate.computeIfAbsent(template, p -> new TreeSet<>());
                methods.add(verb);
                methods.add(HttpMethod.OPTIONS);
                if (verb.equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        // The MCP endpoint (Streamable HTTP: POST messages, GET its event stream, DELETE ends a session); not JAX-RS.
        byTemplate.put(MCP_PATH, new TreeSet<>(Set.of(HttpMethod.POST, HttpMethod.GET, HttpMethod.DELETE,
                HttpMethod.OPTIONS)));
        // Literal templates first: /assessments/batch is not /assessments/{assessmentId}.
        byTemplate.forEach((template, methods) -> {
            if (template.contains("{")) {
                templated.put(pattern(template), String.join(", ", methods));
            } else {
                literal.put(template, String.join(", ", methods));
            }
        });
    }

    /**
     * Whether {@code path} is one of the files the service serves as they are (the page at {@code /} and its scripts,
     * under {@code META-INF/resources}): they take GET and HEAD only, so another method there is a 405, not a 404.
     */
    public boolean isStaticFile(String path) {
        if (!path.startsWith("/") || path.contains("..")) {
            return false;
        }
        String file = "META-INF/resources" + (path.endsWith("/") ? path + "index.html" : path);
        return Thread.currentThread().getContextClassLoader().getResource(file) != null;
    }

    /** The {@code Allow} value for {@code path}: the methods of the first template that matches, or empty. */
    public String allow(String path) {
        // A literal template matches its path with or without one trailing slash.
        String methods = literal.get(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1)
                : path);
        if (methods != null) {
            return methods;
        }
        for (Map.Entry<Pattern, String> entry : templated.entrySet()) {
            if (entry.getKey().matcher(path).matches()) {
                return entry.getValue();
            }
        }
        return "";
    }

    /** Whether {@code allow}, an {@link #allow} value, names {@code method}. */
    public static boolean names(String allow, String method) {
        int at = 0;
        while (at <= allow.length()) {
            int comma = allow.indexOf(", ", at);
            int end = comma < 0 ? allow.length() : comma;
            if (allow.regionMatches(at, method, 0, method.length()) && end - at == method.length()) {
                return true;
            }
            at = end + 2;
        }
        return false;
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /providers/{id}} matches {@code /providers/anything-but-a-slash}, with or without a trailing slash. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
