package org.summitgraph.node;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The registry of node ids; database triggers keep it in step with the tables it indexes. */
@Entity
@Table(name = "node")
public class NodeEntry extends PanacheEntityBase {

    @Id
    public String id;
    public String type;

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof NodeEntry other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
