package org.coproduction.platform.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.platform.ratelimit.RateLimited;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/** Finds the operations marked {@link RateLimited} in the application's index, by HTTP method and path template. */
final class RateLimitedOperations {

    private static final DotName RATE_LIMITED = DotName.createSimple(RateLimited.class.getName());
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> HTTP_METHODS =
            List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private RateLimitedOperations() {}

    static Map<String, String> find(IndexView index) {
        Map<String, String> found = new HashMap<>();
        if (index == null) {
            return found;
        }
        for (AnnotationInstance limited : index.getAnnotations(RATE_LIMITED)) {
            String name = limited.value().asString();
            if (limited.target().kind() == AnnotationTarget.Kind.METHOD) {
                MethodInfo method = limited.target().asMethod();
                add(found, method.declaringClass(), method, name);
            } else if (limited.target().kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo type = limited.target().asClass();
                for (MethodInfo method : type.methods()) {
                    if (!method.hasDeclaredAnnotation(RATE_LIMITED)) {
                        add(found, type, method, name);
                    }
                }
            }
        }
        return found;
    }

    private static void add(Map<String, String> found, ClassInfo type, MethodInfo method, String name) {
        String verb = httpMethod(method);
        if (verb == null) {
            return;
        }
        AnnotationInstance classPath = type.declaredAnnotation(PATH);
        AnnotationInstance methodPath = method.declaredAnnotation(PATH);
        String path = (classPath == null ? "" : "/" + classPath.value().asString())
                + (methodPath == null ? "" : "/" + methodPath.value().asString());
        found.put(key(verb, path), name);
    }

    private static String httpMethod(MethodInfo method) {
        for (String verb : HTTP_METHODS) {
            if (method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb))) {
                return verb;
            }
        }
        return null;
    }

    /** "GET /slot-search": one slash between segments, none at the end, {@code {id: regex}} read as {@code {id}}. */
    static String key(String httpMethod, String path) {
        String template =
                ("/" + path).replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        if (template.length() > 1 && template.endsWith("/")) {
            template = template.substring(0, template.length() - 1);
        }
        return httpMethod.toUpperCase(Locale.ROOT) + " " + template;
    }
}
