package org.coproduction.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.coproduction.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes the {@code page} and {@code size} query parameters of every list operation the same way, from the limits
 * {@link PageRequest} enforces, so no resource repeats (or contradicts) them.
 */
final class PagingParameters {

    private PagingParameters() {}

    static void describe(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter parameter : op.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            if ("page".equals(parameter.getName())) {
                parameter.setDescription("Page number, from 0");
                parameter.setSchema(integer(0, PageRequest.MAX_PAGE, 0));
            } else if ("size".equals(parameter.getName())) {
                parameter.setDescription("Items per page, 1 to " + PageRequest.MAX_SIZE);
                parameter.setSchema(integer(1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
            }
        }
    }

    private static Schema integer(int minimum, int maximum, int byDefault) {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .format("int32")
                .minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum))
                .defaultValue(byDefault);
    }
}
