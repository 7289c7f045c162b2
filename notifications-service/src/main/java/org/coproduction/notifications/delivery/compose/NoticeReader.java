package org.coproduction.notifications.delivery.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.coproduction.notifications.domain.Notice;

/** Reads a notice's text in its own short transaction, closed before sessions-service is asked for the calendar. */
@ApplicationScoped
public class NoticeReader {

    @Transactional
    public Notice find(UUID id) {
        return Notice.findById(id);
    }
}
