package org.rapport.cli.project;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        try (Project p = Project.open(project.project)) {
            list = p.sessions().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SessionSummary s : list) {
                Session x = s.session();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", x.name());
                m.put("utterances", s.utterances());
                m.put("participants", s.participants());
                m.put("duration_ms", s.durationMs());
                m.put("client", x.clientId());
                m.put("therapist", x.therapist());
                m.put("number", x.number());
                m.put("date", x.date() == null ? null : x.date().toString());
                m.put("media", x.mediaPath());
                m.put("media_sha256", x.mediaSha256());
                rows.add(m);
            }
            out.println(Json.write(rows));
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
