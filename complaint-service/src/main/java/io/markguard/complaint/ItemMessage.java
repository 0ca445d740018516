package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;

/** One message in the thread of an item, between the brand's members and the listing's merchant. */
@Entity
public class ItemMessage extends PanacheEntity {

    public static final String BRAND = "BRAND";
    public static final String MERCHANT = "MERCHANT";

    @Column(nullable = false)
    public long itemId;
    @Column(nullable = false)
    public String authorSide;
    @Column(nullable = false)
    public String authorSubject;
    public String authorName;
    @Column(nullable = false)
    public String body;
    @Column(nullable = false)
    public Instant sentAt;
}
