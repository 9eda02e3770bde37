package io.blackbar.engine.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import io.blackbar.engine.api.Finding;

/**
 * Decides what replaces a finding. Registered with the service property {@value #PROP_NAME}:
 * {@code redact} or {@code anonymize}. Operators with a {@value #PROP_ENTITY} property apply only
 * to those entity types and win over the general one.
 */
@ConsumerType
public interface Operator {

    /** Service property: the method this operator serves ({@code redact}, {@code anonymize}). */
    String PROP_NAME = "blackbar.operator";
    /** Service property: entity types this operator is specific to (optional). */
    String PROP_ENTITY = "blackbar.entity";

    /**
     * @param finding the finding
     * @param context per-document (or per-job) state for consistent replacements
     * @return the replacement text
     */
    String replacement(Finding finding, OperatorContext context);
}
