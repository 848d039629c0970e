package org.urbaninnovation.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value}, {@code --name=value} and bare {@code --flag} options. */
final class Args {

    static final class BadArgument extends RuntimeException {
        BadArgument(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Args(String[] args, Set<String> flags, Set<String> options) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new BadArgument("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (flags.contains(name)) {
                value = "true";
            } else {
                if (i + 1 >= args.length) {
                    throw new BadArgument("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!flags.contains(name) && !options.contains(name)) {
                throw new BadArgument("unknown option --" + name + " (known: " + known(flags, options) + ")");
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static String known(Set<String> flags, Set<String> options) {
        List<String> all = new ArrayList<>(options);
        all.addAll(flags);
        return String.join(", ", all.stream().map(s -> "--" + s).toList());
    }

    String get(String name, String fallback) {
        List<String> v = values.get(name);
        return v == null ? fallback : v.get(v.size() - 1);
    }

    String required(String name) {
        String v = get(name, null);
        if (v == null || v.isBlank()) {
            throw new BadArgument("--" + name + " is required");
        }
        return v;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    long longValue(String name, long fallback) {
        String v = get(name, null);
        try {
            return v == null ? fallback : Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new BadArgument("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    double doubleValue(String name, double fallback) {
        String v = get(name, null);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadArgument("--" + name + " must be a number, not '" + v + "'");
        }
    }
}
