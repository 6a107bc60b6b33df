package org.rapport.cli.project;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.session.SessionSummary;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.session.Session;
import org.rapport.model.time.TimeCodes;
import org.rapport.report.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sessions", description = "List the sessions of a project.")
public final class SessionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--json", description = "print a JSON array") boolean json;

    @Override
    public Integer call() {
        List<SessionSummary> list;
        try (Project p = project.openForReading()) {
            list = p.sessions().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(list.stream().map(SessionJson::of).toList()));
            return RapportCommand.OK;
        }
        out.printf("%-24s %6s %5s %9s  %-10s %s%n", "NAME", "UTTS", "PARTS", "DURATION", "CLIENT", "DATE");
        for (SessionSummary s : list) {
            Session x = s.session();
            out.printf("%-24s %6d %5d %9s  %-10s %s%n", x.name(), s.utterances(), s.participants(),
                    s.durationMs() == null ? "-" : TimeCodes.hms(s.durationMs()), x.clientId() == null ? "-" : x.clientId(),
                    x.date() == null ? "-" : x.date());
        }
        return RapportCommand.OK;
    }

}
