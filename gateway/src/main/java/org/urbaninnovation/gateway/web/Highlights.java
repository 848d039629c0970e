package org.urbaninnovation.gateway.web;

import io.quarkus.qute.TemplateExtension;

/**
 * A search highlight as HTML: the catalogue escapes the text and marks matches with {@code <mark>};
 * this keeps those two tags and escapes every other markup character again, so a page never
 * depends on another service's escaping for its safety.
 */
@TemplateExtension(namespace = "hl")
public final class Highlights {

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';

    private Highlights() {
    }

    public static String safe(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        String text = highlighted.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "")
                .replace("<mark>", String.valueOf(OPEN)).replace("</mark>", String.valueOf(CLOSE));
        StringBuilder out = new StringBuilder(text.length() + 16);
        int open = 0;
        for (char c : text.toCharArray()) {
            switch (c) {
                case OPEN -> {
                    out.append("<mark>");
                    open++;
                }
                case CLOSE -> {
                    if (open > 0) {
                        out.append("</mark>");
                        open--;
                    }
                }
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        out.append("</mark>".repeat(open));
        return out.toString();
    }
}
