package org.summitgraph.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day the service records: between {@link Dates#FIRST_DAY} and {@link Dates#LAST_DAY} (null passes).
 * The Date scalar takes any ISO day, year 0 and 999999 included, which would end up in ids and in SQL.
 */
@Documented
@Constraint(validatedBy = DayInRange.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface DayInRange {

    String message() default "must be a day between " + Dates.FIRST_DAY_TEXT + " and " + Dates.LAST_DAY_TEXT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DayInRange, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return day == null || Dates.inRange(day);
        }
    }
}
