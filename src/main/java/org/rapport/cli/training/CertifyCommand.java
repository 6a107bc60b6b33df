package org.rapport.cli.training;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.training.Certification;
import org.rapport.app.training.TrainingReports;
import org.rapport.app.training.TrainingService;
import org.rapport.cli.OutputPath;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.report.html.TrainingPages;
import org.rapport.report.json.Json;
import org.rapport.transcript.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport certify}: a rater's gold sessions in completion order, pass or fail, and whether certified. */
@Command(name = "certify", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Show a rater's training to criterion: each gold session they completed, in completion order,"
                + " with agreement with its reference, pass or fail, and the session where certification was reached.")
public final class CertifyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--codebook", required = true, paramLabel = "ID") String codebook;
    @Option(names = "--rater", required = true, paramLabel = "NAME") String rater;
    @Option(names = "--json", description = "print JSON") boolean json;
    @Option(names = "--certificate", paramLabel = "FILE.html", converter = OutputPath.Converter.class,
            description = "also write the certificate, an HTML page for print with the chart and the methods paragraph")
    OutputPath certificate;

    @Override
    public Integer call() {
        Certification c;
        Output page = null;
        String projectName;
        try (Project p = project.openForReading()) {
            if (certificate != null) page = p.outputs().checked(certificate.open(spec));
            c = p.training().certify(codebook, rater);
            projectName = p.address().display();
        }
        if (page != null) TrainingPages.write(TrainingReports.certificateHtml(c, projectName), page);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(TrainingJson.of(c)));
        } else if (certificate == null || !certificate.isStandardOutput()) {
            out.println(c.rater() + " on " + c.codebookId() + " v" + c.codebookVersion() + ": " + c.criterion().describe());
            for (Certification.GoldResult s : c.sessions()) {
                out.println(String.format(java.util.Locale.ROOT, "%3d  %-24s %-12s %-8s %-12s run %d%s", s.order(),
                        s.session(), s.value() == null ? "\u2013" : String.format(java.util.Locale.ROOT, "%.3f", s.value()),
                        TrainingReports.result(s), s.phase(), s.run(), s.reason() == null ? "" : "  (" + s.reason() + ")"));
            }
            out.println(TrainingReports.verdict(c));
            out.println(TrainingService.methodsParagraph(c));
            if (certificate != null) out.println("certificate written to " + certificate);
        }
        out.flush();
        return RapportCommand.OK;
    }
}
