package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.TrainingSuggestionDto;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.domain.support.TrainingMatcher;
import org.jboss.logging.Logger;

/** Upcoming training that suits people's interests and the way they prefer to learn. */
@ApplicationScoped
public class TrainingService {
    private static final Logger LOG = Logger.getLogger(TrainingService.class);

    private final EntityManager em;
    private final ParticipantsClient participants;
    private final CurrentCaller caller;
    private final TrainingMatcher matcher = new TrainingMatcher();

    public TrainingService(EntityManager em, ParticipantsClient participants, CurrentCaller caller) {
        this.em = em;
        this.participants = participants;
        this.caller = caller;
    }

    /** Every suitable session for this person, soonest first. 404 if participants-service does not know them. */
    public Page<TrainingSuggestionDto> suggestions(UUID participantId, PageRequest paging) {
        if (caller.isParticipantOnly() && !participantId.equals(caller.participantId())) {
            throw new ForbiddenException();
        }
        ParticipantView person =
                participants.lookup(List.of(participantId)).found().get(participantId);
        if (person == null) {
            throw new UnknownResourceException("No participant with id " + participantId + ".");
        }
        TrainingMatcher.Learner learner = learner(person);
        Map<UUID, Upcoming> sessions = upcoming(learner.interests());
        List<TrainingMatcher.Match> matches = matcher.matches(learner, trainings(sessions.values()));
        List<TrainingSuggestionDto> page = matches.stream()
                .skip(paging.offset())
                .limit(paging.size())
                .map(m -> sessions.get(m.training().sessionId()).view(m))
                .toList();
        return Page.of(page, paging, matches.size());
    }

    /**
     * The agenda's one suggestion per person: the soonest suitable session they are not invited to. One query for
     * the training, and people are looked up in one call only when some upcoming training exists; when
     * participants-service cannot be reached nobody gets a suggestion, and the agenda still answers.
     *
     * @param invitedTo the sessions each person is already invited to
     */
    public Map<UUID, TrainingSuggestionDto> agendaSuggestions(List<UUID> ids, Map<UUID, Set<UUID>> invitedTo) {
        Map<UUID, TrainingSuggestionDto> out = new HashMap<>();
        Map<UUID, Upcoming> sessions = upcoming(EnumSet.allOf(TrainingTopic.class));
        if (sessions.isEmpty() || ids.isEmpty()) {
            return out;
        }
        ParticipantDirectory people;
        try {
            people = participants.lookup(ids);
        } catch (DependencyUnavailableException e) {
            LOG.debug("participants-service unavailable: agendas go without training suggestions");
            return out;
        }
        List<TrainingMatcher.Training> trainings = trainings(sessions.values());
        for (ParticipantView person : people.found().values()) {
            matcher.firstNotInvited(learner(person), trainings, invitedTo.getOrDefault(person.id(), Set.of()))
                    .ifPresent(m -> out.put(
                            person.id(), sessions.get(m.training().sessionId()).view(m)));
        }
        return out;
    }

    private static TrainingMatcher.Learner learner(ParticipantView p) {
        ParticipantView.Support support = p.support();
        return new TrainingMatcher.Learner(
                p.id(),
                TrainingMatcher.interests(support == null ? null : support.trainingInterests()),
                TrainingMatcher.Preference.read(support == null ? null : support.preference()));
    }

    /** An upcoming TRAINING session as one query reads it: its facts, topics and who answered how. */
    private record Upcoming(
            UUID id,
            UUID projectId,
            String projectName,
            String title,
            Instant start,
            Instant end,
            String timeZone,
            SessionFormat format,
            SessionStyle style,
            Set<TrainingTopic> topics,
            Set<UUID> declined,
            Set<UUID> coming) {

        TrainingSuggestionDto view(TrainingMatcher.Match m) {
            return new TrainingSuggestionDto(
                    id,
                    projectId,
                    projectName,
                    title,
                    start,
                    end,
                    timeZone,
                    format,
                    style,
                    topics.stream().sorted().toList(),
                    m.matchingTopics());
        }
    }

    /**
     * Scheduled TRAINING sessions after now teaching any of these topics, with their topics and answers, in one
     * query (the agenda asks for everyone at once and must stay a fixed number of queries).
     */
    private Map<UUID, Upcoming> upcoming(Set<TrainingTopic> topics) {
        Map<UUID, Upcoming> byId = new LinkedHashMap<>();
        if (topics.isEmpty()) {
            return byId;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, p.id, p.name, s.title, s.start_at, s.end_at, "
                        + "s.time_zone, s.format, s.style, "
                        + "(select string_agg(t.topic, ',') from session_training_topic t where t.session_id = s.id), "
                        + "(select string_agg(cast(a.participant_id as text), ',') from session_answer a "
                        + "where a.session_id = s.id and a.answer = 'NOT_COMING'), "
                        + "(select string_agg(cast(a.participant_id as text), ',') from session_answer a "
                        + "where a.session_id = s.id and a.answer = 'COMING') "
                        + "from work_session s join project p on p.id = s.project_id "
                        + "where s.type = 'TRAINING' and s.status = 'SCHEDULED' and s.start_at > :now "
                        + "and exists (select 1 from session_training_topic t where t.session_id = s.id "
                        + "and t.topic in (:topics)) order by s.start_at, s.id")
                .setParameter("now", Instant.now())
                .setParameter("topics", topics.stream().map(Enum::name).toList())
                .getResultList();
        for (Object[] r : rows) {
            Upcoming u = new Upcoming(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (String) r[3],
                    instant(r[4]),
                    instant(r[5]),
                    (String) r[6],
                    SessionFormat.valueOf((String) r[7]),
                    SessionStyle.valueOf((String) r[8]),
                    split((String) r[9], TrainingTopic::valueOf),
                    split((String) r[10], UUID::fromString),
                    split((String) r[11], UUID::fromString));
            byId.put(u.id(), u);
        }
        return byId;
    }

    private static <T> Set<T> split(String joined, Function<String, T> read) {
        Set<T> out = new LinkedHashSet<>();
        if (joined != null) {
            for (String part : joined.split(",")) {
                out.add(read.apply(part));
            }
        }
        return out;
    }

    /** The driver's choice of type for timestamptz in a native query, as an instant. */
    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static List<TrainingMatcher.Training> trainings(Collection<Upcoming> sessions) {
        return sessions.stream()
                .map(s -> new TrainingMatcher.Training(
                        s.id(), s.start(), s.style(), s.topics(), s.declined(), s.coming()))
                .toList();
    }
}
