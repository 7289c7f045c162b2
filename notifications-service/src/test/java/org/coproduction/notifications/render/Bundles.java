package org.coproduction.notifications.render;

import io.quarkus.qute.i18n.Message;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The message bundle without Quarkus, for plain unit tests: English from the annotations, Welsh from
 * messages/msg_cy.properties, placeholders filled from the method's parameters as Qute fills them.
 */
final class Bundles {

    private Bundles() {}

    static DigestMessages in(String lang) {
        Properties welsh = new Properties();
        if ("cy".equals(lang)) {
            try (InputStream in = Bundles.class.getResourceAsStream("/messages/msg_cy.properties")) {
                welsh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (DigestMessages) Proxy.newProxyInstance(
                DigestMessages.class.getClassLoader(),
                new Class<?>[] {DigestMessages.class},
                (proxy, method, args) -> fill(words(method, welsh), method, args));
    }

    private static String words(Method method, Properties welsh) {
        String english = method.getAnnotation(Message.class).value();
        return welsh.getProperty(method.getName(), english);
    }

    private static String fill(String words, Method method, Object[] args) {
        Parameter[] parameters = method.getParameters();
        String out = words;
        for (int i = 0; i < parameters.length; i++) {
            out = out.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
        }
        return out;
    }
}
