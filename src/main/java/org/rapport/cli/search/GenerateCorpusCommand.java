package org.rapport.cli.search;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.demo.CorpusWriter;
import org.rapport.app.demo.SyntheticCorpus;
import org.rapport.cli.RapportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate-corpus", description = {"Write synthetic sessions (WebVTT) with rupture markers planted at"
        + " known rates, and planted.csv listing what was planted where; the same seed gives the same corpus.",
        "For tests and benchmarks."})
public final class GenerateCorpusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--sessions", required = true, paramLabel = "N") int sessions;
    @Option(names = "--seed", required = true, paramLabel = "S") long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
    @Option(names = "--utterances", paramLabel = "N", defaultValue = "500",
            description = "utterances per session (default ${DEFAULT-VALUE}, about fifty minutes)") int utterances;

    @Override
    public Integer call() {
        SyntheticCorpus.Corpus c = CorpusWriter.generate(sessions, seed, utterances, out);
        spec.commandLine().getOut().printf("wrote %d sessions (%d utterances) and %d planted markers to %s%n",
                c.sessions().size(), c.sessions().stream().mapToInt(s -> s.transcript().utterances().size()).sum(),
                c.planted().size(), out);
        return RapportCommand.OK;
    }
}
