package org.coproduction.notifications.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A notice the caller writes needs their subject and body (each reported on its own field, with every other bad
 * field). A notice written for each reader needs neither: one with a session's facts, and the kinds of issue 14
 * (check-ins, summaries, follow-up offers, pairings), whose words depend on who reads them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubjectAndBodyUnlessWrittenForEachReader.Check.class)
@interface SubjectAndBodyUnlessWrittenForEachReader {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SubjectAndBodyUnlessWrittenForEachReader, NoticeRequest> {

        @Override
        public boolean isValid(NoticeRequest notice, ConstraintValidatorContext context) {
            if (notice == null
                    || notice.session() != null
                    || (notice.kind() != null && notice.kind().writtenForEachReader())) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (blank(notice.subject())) {
                context.buildConstraintViolationWithTemplate("must not be blank")
                        .addPropertyNode("subject")
                        .addConstraintViolation();
                valid = false;
            }
            if (blank(notice.body())) {
                context.buildConstraintViolationWithTemplate("must not be blank")
                        .addPropertyNode("body")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
