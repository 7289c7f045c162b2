package org.coproduction.participants.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The enum-name constraint on its own, with a plain validator (no framework), as the DTOs use it. */
class EnumNameTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    @Test
    void anEnumConstantsNameOrNothingIsValid() {
        assertThat(validator.validate(new CommunicationDto("PHONE", "FORTNIGHTLY", "SUNDAY", "PLAIN_TEXT")))
                .isEmpty();
        assertThat(validator.validate(new CommunicationDto(null, null, null, null)))
                .isEmpty();
    }

    @Test
    void anyOtherValueIsNamedWithEveryAllowedOne() {
        Set<ConstraintViolation<CommunicationDto>> violations =
                validator.validate(new CommunicationDto("email", "WEEKLY", "Monday", "HTML"));
        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("channel", "digestDay");
        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        "'email' is not one of EMAIL, PHONE, POST",
                        "'Monday' is not one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
    }

    @Test
    void theValueIsQuotedWithoutTemplateCharactersSoItCanNeverBeInterpolated() {
        Set<ConstraintViolation<SupportDto>> violations =
                validator.validate(new SupportDto(List.of(), "${1+1}#{x}", null, null, null, null, null, null));
        assertThat(violations)
                .singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("'1+1x' is not one of GROUP, ONE_TO_ONE, NO_PREFERENCE");
    }

    @Test
    void listElementsAreCheckedOneByOne() {
        Set<ConstraintViolation<AccessNeedsDto>> violations =
                validator.validate(new AccessNeedsDto(List.of("CAPTIONS", "WINGS", "HEARING_LOOP"), null));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("needs[1].<list element>");
            assertThat(v.getMessage()).startsWith("'WINGS' is not one of STEP_FREE_ACCESS");
        });
    }
}
