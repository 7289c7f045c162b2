package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.TrainingSuggestionDto;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionType;
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
        Map<UUID, Session> sessions = upcoming(learner.interests());
        List<TrainingMatcher.Match> matches = matcher.matches(learner, trainings(sessions.values()));
        List<TrainingSuggestionDto> page = matches.stream()
                .skip(paging.offset())
                .limit(paging.size())
                .map(m -> view(sessions.get(m.training().sessionId()), m))
                .toList();
        return Page.of(page, paging, matches.size());
    }

    /**
     * The agenda's one suggestion per person: the soonest suitable session they are not invited to. People are
     * looked up in one call, and only when some upcoming training exists; when participants-service cannot be
     * reached nobody gets a suggestion, and the agenda still answers.
     *
     * @param invitedTo the sessions each person is already invited to
     */
    public Map<UUID, TrainingSuggestionDto> agendaSuggestions(List<UUID> ids, Map<UUID, Set<UUID>> invitedTo) {
        Map<UUID, TrainingSuggestionDto> out = new HashMap<>();
        Map<UUID, Session> sessions = upcoming(EnumSet.allOf(TrainingTopic.class));
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
                    .ifPresent(m ->
                            out.put(person.id(), view(sessions.get(m.training().sessionId()), m)));
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

    /** Scheduled TRAINING sessions after now teaching any of these topics; collections load by subselect. */
    private Map<UUID, Session> upcoming(Set<TrainingTopic> topics) {
        Map<UUID, Session> byId = new java.util.LinkedHashMap<>();
        if (topics.isEmpty()) {
            return byId;
        }
        em.createQuery(
                        "select distinct s from Session s join fetch s.project join s.trainingTopics t "
                                + "where s.type = :training and s.status = :scheduled and s.start > :now "
                                + "and t in :topics",
                        Session.class)
                .setParameter("training", SessionType.TRAINING)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", Instant.now())
                .setParameter("topics", topics)
                .getResultList()
                .forEach(s -> byId.put(s.id, s));
        return byId;
    }

    private static List<TrainingMatcher.Training> trainings(Collection<Session> sessions) {
        return sessions.stream()
                .map(s -> new TrainingMatcher.Training(
                        s.id,
                        s.start,
                        s.style,
                        Set.copyOf(s.trainingTopics),
                        answered(s, InvitationAnswer.NOT_COMING),
                        answered(s, InvitationAnswer.COMING)))
                .toList();
    }

    private static Set<UUID> answered(Session s, InvitationAnswer answer) {
        Set<UUID> out = new LinkedHashSet<>();
        s.invitees.stream().filter(i -> s.answerOf(i) == answer).forEach(out::add);
        return out;
    }

    private static TrainingSuggestionDto view(Session s, TrainingMatcher.Match m) {
        return new TrainingSuggestionDto(
                s.id,
                s.project.id,
                s.project.name,
                s.title,
                s.start,
                s.end,
                s.timeZone,
                s.format,
                s.style,
                SessionViews.trainingTopics(s),
                m.matchingTopics());
    }
}
