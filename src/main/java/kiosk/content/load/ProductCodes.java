package kiosk.content.load;

import kiosk.content.SpecialEdition;

/**
 * The numbers printed on books and magazines: ISBN-10, ISBN-13 and JAN (EAN-13 or EAN-8), each with
 * its check digit.
 */
final class ProductCodes {

    private ProductCodes() {
    }

    /**
     * The problem with an ISBN, or null when it is valid: 13 digits starting 978 or 979 with the EAN
     * check digit, or 10 with the ISBN-10 one (X standing for 10).
     */
    static String isbnProblem(String printed) {
        String digits = SpecialEdition.digitsOf(printed);
        if (digits.matches("97[89]\\d{10}")) {
            return checkProblem(digits, eanCheckDigit(digits.substring(0, 12)));
        }
        if (digits.matches("\\d{9}[\\dXx]")) {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (10 - i) * (digits.charAt(i) - '0');
            }
            int check = (11 - sum % 11) % 11;
            return checkProblem(digits, check == 10 ? 'X' : (char) ('0' + check));
        }
        return "an ISBN has 13 digits starting with 978 or 979 (or 10 for an old ISBN)";
    }

    /** The problem with a JAN code, or null when it is valid: 13 or 8 digits with the EAN check digit. */
    static String janProblem(String printed) {
        String digits = SpecialEdition.digitsOf(printed);
        if (!digits.matches("\\d{13}|\\d{8}")) {
            return "a JAN code has 13 digits (or 8 for a short one)";
        }
        return checkProblem(digits, eanCheckDigit(digits.substring(0, digits.length() - 1)));
    }

    private static String checkProblem(String digits, char expected) {
        char actual = Character.toUpperCase(digits.charAt(digits.length() - 1));
        return actual == expected ? null : "the check digit is " + actual + ", but the other digits make it " + expected;
    }

    /** GS1's check digit: weights 3 and 1 alternating from the right of the payload. */
    private static char eanCheckDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int weight = (payload.length() - i) % 2 == 1 ? 3 : 1;
            sum += weight * (payload.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
