package kiosk.ranking;

/** A ranking's sliding window, in hours ending with the current one. */
public enum Period {
    DAY(24), WEEK(7 * 24), MONTH(30 * 24);

    private final int hours;

    Period(int hours) {
        this.hours = hours;
    }

    public int hours() {
        return hours;
    }
}
