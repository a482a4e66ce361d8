package kiosk.related;

import java.util.Arrays;

/**
 * One thread's score accumulator, reused across documents: a dense array beats a map here. Ties end
 * on {@code tieRank} (lower wins), so the best documents are the same whatever order scores arrive in.
 */
final class ScoreBoard {

    private final double[] scores;
    private final int[] touched;
    private int touchedCount;

    ScoreBoard(int size) {
        scores = new double[size];
        touched = new int[size];
    }

    void add(int document, double score) {
        if (scores[document] == 0) {
            touched[touchedCount++] = document;
        }
        scores[document] += score;
    }

    /**
     * The {@code limit} best-scored documents, best first (ties by {@code tieRank}), and clears the
     * board: one pass keeping a small sorted array, since most candidates lose to the current worst at once.
     */
    int[] takeBest(int limit, int[] tieRank) {
        int[] top = new int[limit];
        int size = 0;
        for (int t = 0; t < touchedCount; t++) {
            int candidate = touched[t];
            if (size == limit && !beats(candidate, top[size - 1], tieRank)) {
                continue;
            }
            int position = size == limit ? size - 1 : size++;
            while (position > 0 && beats(candidate, top[position - 1], tieRank)) {
                top[position] = top[position - 1];
                position--;
            }
            top[position] = candidate;
        }
        for (int i = 0; i < touchedCount; i++) {
            scores[touched[i]] = 0;
        }
        touchedCount = 0;
        return Arrays.copyOf(top, size);
    }

    private boolean beats(int a, int b, int[] tieRank) {
        return scores[a] > scores[b] || scores[a] == scores[b] && tieRank[a] < tieRank[b];
    }
}
