package org.coproduction.platform.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.text.TextRules;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request against the operation it reached, before the resource runs: query parameters the operation
 * does not have are refused ({@code ?trainingInterest=} on a list that cannot filter by it would otherwise answer
 * everyone, which looks like a match), so are control characters in any query value, and a missing body where the
 * operation takes one (the framework would hand the resource a {@code null}).
 */
public class RequestGuards {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();
    private final Map<Method, Boolean> takesBody = new ConcurrentHashMap<>();
    private final Map<Method, Set<String>> repeatable = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseMissingBody(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || hasBody(request)) {
            return;
        }
        if (takesBody.computeIfAbsent(resource.getResourceMethod(), RequestGuards::hasBodyParameter)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is empty; send a JSON object.");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return length == null
                ? request.getHeaderString("Transfer-Encoding") != null
                : !length.strip().equals("0");
    }

    static boolean hasBodyParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotatedAsSource = Arrays.stream(parameter.getAnnotations())
                    .map(a -> a.annotationType().getName())
                    .anyMatch(name ->
                            name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive."));
            String type = parameter.getType().getName();
            boolean contextType = type.startsWith("jakarta.ws.rs.")
                    || type.startsWith("io.vertx.")
                    || type.startsWith("org.jboss.resteasy.reactive.")
                    || type.startsWith("io.quarkus.");
            if (!annotatedAsSource && !contextType) {
                return true;
            }
        }
        return false;
    }

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty() || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Set<String> allowed = known.computeIfAbsent(resource.getResourceMethod(), m -> namesOf(m, false));
        repeatable.computeIfAbsent(resource.getResourceMethod(), m -> namesOf(m, true));
        List<FieldError> errors = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!allowed.contains(name)) {
                errors.add(new FieldError(
                        name,
                        allowed.isEmpty()
                                ? "is not a parameter of this operation, which takes none"
                                : "is not a parameter of this operation; it takes " + String.join(", ", allowed)));
                return;
            }
            if (values.size() > 1
                    && !repeatable.get(resource.getResourceMethod()).contains(name)) {
                errors.add(new FieldError(name, "must be given once"));
                return;
            }
            for (String value : values) {
                String problem = TextRules.problem(value, false);
                if (problem != null) {
                    errors.add(new FieldError(name, problem));
                    return;
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Set<String> namesOf(Method method) {
        return namesOf(method, false);
    }

    /** The operation's query parameter names; with {@code onlyLists}, only those that may be given several times. */
    static Set<String> namesOf(Method method, boolean onlyLists) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (!onlyLists || isMultiValued(parameter.getType())) {
                addName(
                        names,
                        parameter.getAnnotation(QueryParam.class),
                        parameter.getAnnotation(RestQuery.class),
                        parameter.getName());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType();
                        type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (onlyLists && !isMultiValued(field.getType())) {
                            continue;
                        }
                        addName(
                                names,
                                field.getAnnotation(QueryParam.class),
                                field.getAnnotation(RestQuery.class),
                                field.getName());
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names); // sorted, so the error lists them alphabetically
    }

    private static boolean isMultiValued(Class<?> type) {
        return type.isArray() || java.util.Collection.class.isAssignableFrom(type);
    }

    private static void addName(Set<String> names, QueryParam query, RestQuery rest, String javaName) {
        if (query != null) {
            names.add(query.value());
        } else if (rest != null) {
            names.add(rest.value().isEmpty() ? javaName : rest.value());
        }
    }
}
