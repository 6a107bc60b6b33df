package org.rapport.app.team;

import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import org.rapport.model.rater.Rater;

/**
 * One coder's process for {@link ServerConcurrencyTest}: opens a server project as the login of the URI (its
 * password from PGPASSWORD, as libpq would take it) and adds N codings to a session, each its own committed
 * transaction, as the workspace does; prints how many it added.
 *
 * <p>Arguments: URI SESSION_ID N
 */
public final class ServerCodingWorkerMain {
    private ServerCodingWorkerMain() {
    }

    public static void main(String[] args) {
        long session = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        try (Project p = Project.open(ProjectAddress.parse(args[0]), Credentials.NONE)) {
            Rater me = p.identity().rater();
            for (int i = 0; i < n; i++) {
                p.codings().add(me, session, "3rs", i % 2 == 0 ? "w-denial" : "w-minimal", i * 10L, i * 10L + 5, null,
                        null, null, me.name() + " #" + i);
            }
            System.out.println(n);
        }
    }
}
