package org.rapport.ui;

import java.nio.file.Path;

import org.rapport.app.Project;

/** For the locked-project test: another process that holds a project open until it is killed. */
public final class HoldProject {
    private HoldProject() {
    }

    public static void main(String[] args) throws Exception {
        try (Project p = Project.open(Path.of(args[0]))) {
            System.out.println("HELD " + p.sessions().list().size());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
