package org.rapport.store;

import java.util.List;
import java.util.Optional;

import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;

/** The people who code and rate. */
public interface RaterRepository {
    Rater insert(String name, RaterRole role);

    /** Inserts a rater who logs in to a server project with their own login. */
    Rater insert(String name, RaterRole role, String login);

    /** The rater whose server login this is. */
    Optional<Rater> byLogin(String login);

    /** The server login of a rater, if they have one. */
    Optional<String> login(long raterId);

    /** The stored password hash of a protected role on a file project (empty: not protected). */
    Optional<String> passwordHash(long raterId);

    /** Protects a rater's role with a password hash, or removes the protection (null). */
    void setPasswordHash(long raterId, String hash);

    /** The ids of the raters whose role is protected by a password. */
    java.util.Set<Long> protectedIds();

    Optional<Rater> byName(String name);

    Optional<Rater> byId(long id);

    /** All raters, by name. */
    List<Rater> all();
}
