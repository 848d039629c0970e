package org.urbaninnovation.bench;

import java.util.Arrays;

/**
 * Entry point of the benchmark jar: {@code java -jar bench.jar load ...} fills the catalogue with
 * synthetic initiatives, {@code java -jar bench.jar drive ...} measures search latency, and
 * {@code java -jar bench.jar terms} lists the planted query terms, and {@code java -jar bench.jar award ...} runs the
 * award at scale.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            usage();
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "load" -> SyntheticLoader.main(rest);
                case "drive" -> SearchDriver.main(rest);
                case "terms" -> PlantedTerms.print(System.out);
                case "sample" -> SyntheticLoader.sample(rest);
                case "metrics-load" -> MetricsLoader.main(rest);
                case "award" -> AwardBench.main(rest);
                default -> {
                    System.err.println("error: unknown command '" + args[0] + "'");
                    usage();
                    System.exit(2);
                }
            }
        } catch (Args.BadArgument e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar bench.jar <command> [options]
                  load   --jdbc-url URL [--user catalog] [--password catalog] --rows N [--trim]
                         [--vocabulary-source FILE] [--threads 2] [--batch 2000] [--seed 42]
                         [--index-state FILE] [--drop-indexes auto|always|never]
                  drive  --base-url URL [--path /api/v1/initiatives] [--rate 200] [--warmup 10] [--duration 30]
                         [--timeout 5] [--size 20] [--label TEXT] [--header 'Name: value']...
                         [--queries 'kind:q1|q2|...']... [--target kind:ms]...
                  metrics-load --jdbc-url URL [--user metrics] [--password metrics] [--rows 10000000] [--cities N] [--seed 42]
                  award  --submissions-url URL --catalog-url URL --metrics-url URL --jwt-dir DIR [--entries 5000] [--jurors 300]
                         [--reviews 3] [--winners 100] [--drafts 1000] [--patch-rate 100] [--ranking-rate 10] [--warmup 10]
                         [--duration 30] [--threads 8] [--output-dir DIR]
                  terms  prints the planted terms and their intended share of rows
                  sample [--rows 3] [--from 0] [--vocabulary-source FILE]  prints generated rows (COPY text), no database
                (see bench/README.md)""");
    }
}
