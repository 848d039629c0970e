package org.urbaninnovation.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An award cycle the catalogue knows; an initiative names the one it won in by its code. */
@Entity
@Table(name = "cycle")
public class Cycle {

    @Id
    public String code;
    public String name;
    public Integer year;
}
