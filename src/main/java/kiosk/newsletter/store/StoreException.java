package kiosk.newsletter.store;

import java.sql.SQLException;

/**
 * The newsletter's store could not be read or written. Carries the SQL state and vendor code but not
 * the driver's message, nor the {@link SQLException} itself: PostgreSQL puts the offending values in
 * its messages ({@code Key (address)=(...) already exists}), and an address must never reach a log.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, SQLException cause) {
        super(message + " (SQLState " + cause.getSQLState() + ", error " + cause.getErrorCode() + ")", null, false, true);
        setStackTrace(cause.getStackTrace());
    }

    public StoreException(String message) {
        super(message);
    }
}
