package org.clinicqueue.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The counter or room a clerk or doctor last chose to work at, so that the desk opens there again the next
 * morning. Kept apart from the counter's own "staffed by" (which closing the counter clears) and keyed by
 * user name, like the audit trail, so it survives anything that happens to the session.
 */
@Entity
@Table(name = "desk_choice")
public class DeskChoice {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "counter_id", nullable = false)
    private Long counterId;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected DeskChoice() {
    }

    public DeskChoice(String username, Long counterId, Instant now) {
        this.username = Objects.requireNonNull(username);
        choose(counterId, now);
    }

    public final void choose(Long newCounterId, Instant now) {
        this.counterId = Objects.requireNonNull(newCounterId);
        this.chosenAt = now;
    }

    public String getUsername() {
        return username;
    }

    public Long getCounterId() {
        return counterId;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
