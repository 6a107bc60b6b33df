package org.rapport.app.coding;

import java.nio.file.Path;

import org.rapport.app.Project;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;

/**
 * Child process for {@link KillNineTest}: adds codings one by one and prints each id once its call returned
 * (that is, once the app would show it as done), until it is killed.
 */
public final class CodingLoopMain {
    private CodingLoopMain() {
    }

    public static void main(String[] args) {
        try (Project p = Project.open(Path.of(args[0]))) {
            Rater ana = p.raters().byName("Ana");
            long session = p.sessions().byName("s1").id();
            for (long t = 0; ; t += 100) {
                Coding k = p.codings().add(ana, session, "3rs", "w-denial", t, t + 50, null, null, null, null);
                System.out.println(k.id());
                System.out.flush();
            }
        }
    }
}
