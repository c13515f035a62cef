package org.geokg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example line of a canned query's header, {@code geokg query NAME --param key=value ...}
 * (values may be in double quotes), read back so tests can run each query as documented.
 */
record QueryExample(String queryName, Map<String, String> params) {

    static QueryExample parse(String line) {
        List<String> words = words(line);
        if (words.size() < 3 || !words.get(0).equals("geokg") || !words.get(1).equals("query")) {
            throw new IllegalArgumentException("example does not start with \"geokg query NAME\": " + line);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 3; i < words.size(); i += 2) {
            if (!words.get(i).equals("--param") || i + 1 >= words.size()) {
                throw new IllegalArgumentException("expected --param key=value at word " + (i + 1) + " of: " + line);
            }
            String[] kv = words.get(i + 1).split("=", 2);
            if (kv.length != 2 || kv[0].isEmpty()) {
                throw new IllegalArgumentException("expected key=value after --param in: " + line);
            }
            if (params.put(kv[0], kv[1]) != null) {
                throw new IllegalArgumentException("parameter " + kv[0] + " given twice in: " + line);
            }
        }
        return new QueryExample(words.get(2), params);
    }

    /** Splits on blanks like a shell, keeping double-quoted stretches together without the quotes. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced double quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
