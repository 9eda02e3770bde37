package io.blackbar.engine.core.internal;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.spi.Operator;
import io.blackbar.engine.api.spi.OperatorContext;

/**
 * The default anonymization: a surrogate of the same type and shape, the same for the same value
 * within a document (and within a job sharing a surrogate key), drawn from reserved ranges.
 */
@Component(property = Operator.PROP_NAME + "=anonymize")
public class SurrogateOperator implements Operator {

    @Override
    public String replacement(Finding finding, OperatorContext context) {
        String memoKey = Surrogates.family(finding.entityType()) + '\u0000' + finding.value();
        String had = context.assigned().get(memoKey);
        if (had != null) {
            return had;
        }
        String surrogate = Surrogates.of(finding.entityType(), finding.value(), context.key(), context.assigned());
        context.assigned().put(memoKey, surrogate);
        return surrogate;
    }
}
