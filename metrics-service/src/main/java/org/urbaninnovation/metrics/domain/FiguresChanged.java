package org.urbaninnovation.metrics.domain;

/**
 * What public reads answer has changed (observations recorded, the rollup rebuilt, the catalogue
 * projection moved). Fired inside the changing transaction; observers that act on the new state
 * observe it after success.
 */
public record FiguresChanged() {
}
