package org.summitgraph.node;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The registry of node ids; database triggers keep it in step with the tables it indexes. The id of
 * a deleted object stays, retired, so that no other object ever gets it.
 */
@Entity
@Table(name = "node")
public class NodeEntry extends PanacheEntityBase {

    @Id
    public String id;
    public String type;
    /** When the object was deleted (or took another id); null while it exists. */
    public OffsetDateTime retiredAt;
}
