package org.coproduction.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every property a schema does not require as nullable, in OpenAPI 3.1's words: {@code "null"} joins the type
 * (and the enum, since a value outside the enum fails even when the type allows it), and a reference becomes
 * {@code anyOf: [reference, {type: null}]}. Without it a validating client refuses the {@code null} our services
 * write for an absent value.
 */
final class NullableProperties {

    private NullableProperties() {}

    static void mark(Map<String, Schema> schemas, Set<String> skipped) {
        if (schemas == null) {
            return;
        }
        schemas.forEach((name, schema) -> {
            if (!skipped.contains(name) && schema.getProperties() != null) {
                markProperties(schema);
            }
        });
    }

    private static void markProperties(Schema schema) {
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property :
                Map.copyOf(schema.getProperties()).entrySet()) {
            if (!required.contains(property.getKey())) {
                schema.addProperty(property.getKey(), nullable(property.getValue()));
            }
        }
    }

    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema wrapper = OASFactory.createSchema()
                    .description(property.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)));
            if (property.getDeprecated() != null) {
                wrapper.setDeprecated(property.getDeprecated());
            }
            return wrapper;
        }
        List<Schema.SchemaType> types = property.getType();
        if (types == null || types.isEmpty() || types.contains(Schema.SchemaType.NULL)) {
            return property;
        }
        List<Schema.SchemaType> withNull = new ArrayList<>(types);
        withNull.add(Schema.SchemaType.NULL);
        property.setType(withNull);
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            property.setEnumeration(values);
        }
        return property;
    }
}
