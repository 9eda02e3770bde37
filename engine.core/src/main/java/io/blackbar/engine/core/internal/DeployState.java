package io.blackbar.engine.core.internal;

/**
 * Registered once the deploy folder's first scan is done, so that the engine (and through it the
 * command line) only answers after the rules already in the folder are in use.
 */
interface DeployState {
}
