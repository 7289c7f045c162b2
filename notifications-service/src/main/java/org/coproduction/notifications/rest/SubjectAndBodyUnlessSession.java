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
 * A notice without a session's facts needs the caller's subject and body (each reported on its own field, with every
 * other bad field); with the facts, the notice is written per reader and both may be left out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubjectAndBodyUnlessSession.Check.class)
@interface SubjectAndBodyUnlessSession {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SubjectAndBodyUnlessSession, NoticeRequest> {

        @Override
        public boolean isValid(NoticeRequest notice, ConstraintValidatorContext context) {
            if (notice == null || notice.session() != null) {
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
