package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.MentorSuggestionResponse;
import org.coproduction.sessions.api.SupportWaitResponse;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantPage;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.MentoringConfig;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.domain.support.Mentee;
import org.coproduction.sessions.domain.support.MentorCandidate;
import org.coproduction.sessions.domain.support.MentorMatcher;
import org.coproduction.sessions.domain.support.MentorSuggestion;
import org.coproduction.sessions.domain.support.SupportRequest;
import org.coproduction.sessions.domain.support.SupportWait;
import org.coproduction.sessions.domain.support.SupportWaits;
import org.coproduction.sessions.domain.support.TrainingAttended;

/**
 * Support people asked for: who is still waiting for training or a mentor (GET /support), and who could mentor
 * someone (GET /mentoring/suggestions). participants-service says what people asked for and who offered; this
 * service counts what they attended. No transaction: only reads.
 */
@ApplicationScoped
public class SupportService {
    static final int CANDIDATE_PAGE = 200;

    private final EntityManager em;
    private final ParticipantsClient participants;
    private final MentoringConfig config;
    private final MentorMatcher matcher;

    public SupportService(EntityManager em, ParticipantsClient participants, MentoringConfig config) {
        this.em = em;
        this.participants = participants;
        this.config = config;
        this.matcher = new MentorMatcher(config.maxMentees());
    }

    /** The project's members still waiting for support they asked for, longest wait first. */
    public Page<SupportWaitResponse> waiting(UUID projectId, PageRequest paging) {
        Project project = ProjectService.find(projectId);
        ParticipantDirectory directory = participants.lookup(project.members);
        List<SupportRequest> requests = directory.found().values().stream()
                .filter(p -> p.support() != null)
                .map(p -> new SupportRequest(
                        p.id(),
                        p.support().trainingInterests(),
                        p.support().preference(),
                        p.support().trainingAskedAt(),
                        p.support().mentorAskedAt(),
                        p.support().mentorId()))
                .toList();
        List<SupportWait> waits = SupportWaits.waiting(
                requests, trainingAttended(directory.found().keySet()), Instant.now());
        return page(waits.stream().map(SupportService::view).toList(), paging);
    }

    /** Who could mentor this person, most shared interests first, then the most sessions attended. */
    public Page<MentorSuggestionResponse> mentorsFor(UUID participantId, PageRequest paging) {
        ParticipantView person =
                participants.lookup(List.of(participantId)).found().get(participantId);
        if (person == null) {
            throw new UnknownResourceException("No participant with id " + participantId + ".");
        }
        List<ParticipantView> offered = offeredToMentor();
        List<UUID> everyone =
                new ArrayList<>(offered.stream().map(ParticipantView::id).toList());
        everyone.add(participantId);
        Map<UUID, Long> attended = sessionsAttended(everyone);
        Mentee mentee = new Mentee(
                participantId, interests(person), language(person), attended.getOrDefault(participantId, 0L));
        List<MentorCandidate> candidates = new ArrayList<>();
        for (ParticipantView p : offered) {
            MentorCandidate c = new MentorCandidate(
                    p.id(),
                    p.status(),
                    p.support() != null && Boolean.TRUE.equals(p.support().offersMentoring()),
                    interests(p),
                    language(p),
                    attended.getOrDefault(p.id(), 0L),
                    0);
            // Mentees are counted (one call each) only for those who pass every other test.
            if (matcher.couldMentor(mentee, c)) {
                candidates.add(c.withMentees((int) Math.min(Integer.MAX_VALUE, participants.menteesOf(p.id()))));
            }
        }
        List<MentorSuggestion> suggestions = matcher.suggest(mentee, candidates);
        return page(suggestions.stream().map(SupportService::view).toList(), paging);
    }

    /** Everyone ACTIVE who offered to mentor, page by page, up to sessions.mentoring.max-candidates. */
    List<ParticipantView> offeredToMentor() {
        List<ParticipantView> all = new ArrayList<>();
        for (int page = 0; all.size() < config.maxCandidates(); page++) {
            ParticipantPage one = participants.mentors(page, CANDIDATE_PAGE);
            one.items().stream().filter(Objects::nonNull).forEach(all::add);
            if (one.items().size() < CANDIDATE_PAGE || all.size() >= one.total()) {
                break;
            }
        }
        return all.size() > config.maxCandidates() ? all.subList(0, config.maxCandidates()) : all;
    }

    /** Sessions each person attended that were not cancelled, in one grouped query. */
    Map<UUID, Long> sessionsAttended(Collection<UUID> people) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "select a, count(s) from Session s join s.attended a where a in :ids "
                                + "and s.status <> :cancelled group by a",
                        Object[].class)
                .setParameter("ids", people)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList()
                .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    /** The TRAINING sessions (not cancelled) these people attended, with their topics, in one query. */
    List<TrainingAttended> trainingAttended(Set<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        Map<List<Object>, List<String>> topics = new LinkedHashMap<>();
        em.createQuery(
                        "select a, s.id, s.start, t from Session s join s.attended a join s.trainingTopics t "
                                + "where a in :ids and s.type = :training and s.status <> :cancelled",
                        Object[].class)
                .setParameter("ids", people)
                .setParameter("training", SessionType.TRAINING)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList()
                .forEach(r -> topics.computeIfAbsent(Arrays.asList(r[0], r[1], r[2]), k -> new ArrayList<>())
                        .add(((TrainingTopic) r[3]).name()));
        return topics.entrySet().stream()
                .map(e -> new TrainingAttended(
                        (UUID) e.getKey().get(0), (Instant) e.getKey().get(2), e.getValue()))
                .toList();
    }

    static List<String> interests(ParticipantView p) {
        return p.support() == null || p.support().trainingInterests() == null
                ? List.of()
                : p.support().trainingInterests();
    }

    static String language(ParticipantView p) {
        return p.language() == null ? null : p.language().preferred();
    }

    /** Words of the vocabulary only: anything else (a newer word this release does not know) is left out. */
    static List<TrainingTopic> topics(List<String> words) {
        return words.stream()
                .filter(w -> Arrays.stream(TrainingTopic.values())
                        .anyMatch(t -> t.name().equals(w)))
                .map(TrainingTopic::valueOf)
                .toList();
    }

    static SupportWaitResponse view(SupportWait w) {
        return new SupportWaitResponse(
                w.participantId(),
                w.kind().name(),
                w.topics() == null ? null : topics(w.topics()),
                w.preference(),
                w.askedAt(),
                w.waitingDays());
    }

    static MentorSuggestionResponse view(MentorSuggestion s) {
        return new MentorSuggestionResponse(
                s.mentorId(),
                topics(s.sharedInterests()),
                s.language(),
                s.sessionsAttended(),
                s.mentees(),
                s.capacity());
    }

    static <T> Page<T> page(List<T> all, PageRequest paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return Page.of(all.subList(from, to), paging, all.size());
    }
}
