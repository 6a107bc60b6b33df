package org.rapport.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --project DIR option shared by commands that work on a project. */
public final class ProjectOption {
    @Option(names = "--project", required = true, paramLabel = "DIR", description = "the project folder")
    public Path project;
}
