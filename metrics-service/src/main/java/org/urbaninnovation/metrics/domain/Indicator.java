package org.urbaninnovation.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What is measured, in which unit, and which way is good. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    public String code;
    public String name;
    public String description;
    public String unit;
    public String direction;
    /** Whether values add up across places and can be divided by population. */
    public boolean additive;
    public String[] themes = {};
    @Column(name = "sdg_targets")
    public String[] sdgTargets = {};

    public Direction direction() {
        return Direction.of(direction).orElseThrow();
    }
}
