package org.coproduction.notifications.notice.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ENGAGEMENT_SUMMARY: tells a project's coordinators who might need a call. One line a person: their preferred name,
 * their reasons in words and when they last came, in the coordinator's language and zone. Someone whose name is no
 * longer known (erased since) is left out.
 */
public final class EngagementSummaryWriter {

    public WrittenNotice write(Reader reader, CareFacts.Engagement engagement) {
        CareWords w = CareWords.of(reader.lang());
        NoticeWords dates = NoticeWords.of(reader.lang());
        String project = SessionNoticeWriter.present(engagement.projectName())
                ? SessionNoticeWriter.oneLine(engagement.projectName())
                : "";
        List<String> lines = new ArrayList<>();
        lines.add(w.summaryIntro(project));
        for (CareFacts.Person person : list(engagement.people())) {
            String name = reader.name(person.participantId());
            if (name == null) {
                continue;
            }
            List<String> reasons = list(person.reasons()).stream()
                    .map(r -> w.reason(r.code(), r.count()))
                    .filter(Objects::nonNull)
                    .toList();
            String lastCame = person.lastAttendedAt() == null
                    ? w.notCameYet()
                    : w.lastCame(dates.day(person.lastAttendedAt().atZone(reader.zone())));
            lines.add(w.person(name, String.join("; ", reasons), lastCame));
        }
        lines.add(w.summaryClosing());
        return new WrittenNotice(
                reader.lang(),
                project.isEmpty() ? w.summaryHeadline() : w.summarySubject(project),
                w.summaryHeadline(),
                lines,
                List.of(),
                null,
                List.of());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
