package io.blackbar.engine.core.internal;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Operator;
import io.blackbar.engine.api.spi.OperatorContext;

/** The default redaction: text formats write {@code [REDACTED]}; page formats draw a box. */
@Component(property = Operator.PROP_NAME + "=redact")
public class RedactOperator implements Operator {

    /** What text formats write in place of a value. */
    public static final String TOKEN = "[REDACTED]";

    @Override
    public String replacement(Finding finding, OperatorContext context) {
        return TOKEN;
    }
}
