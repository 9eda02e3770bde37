/**
 * The Blackbar engine as embedders and clients see it: the {@link io.blackbar.engine.api.Engine}
 * facade, the {@link io.blackbar.engine.api.Request} it takes and the
 * {@link io.blackbar.engine.api.Report} it returns. Every type here is a plain value or the facade,
 * so the engine can be driven across a process boundary without changing this API.
 */
@Version("1.1.0")
@Export
package io.blackbar.engine.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
