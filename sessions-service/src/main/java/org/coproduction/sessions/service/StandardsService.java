package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.sessions.api.StandardsResponse;
import org.coproduction.sessions.client.DeliverySummary;
import org.coproduction.sessions.client.DeliverySummaryClient;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.ReadabilityConfig;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.access.AttendeeNeeds;
import org.coproduction.sessions.domain.readability.ReadabilityChecker;
import org.coproduction.sessions.domain.standards.EvidenceCounts;
import org.coproduction.sessions.domain.standards.Indicator;
import org.coproduction.sessions.domain.standards.Measure;
import org.coproduction.sessions.domain.standards.SessionAccess;
import org.coproduction.sessions.domain.standards.StandardEvidence;
import org.coproduction.sessions.domain.standards.StandardsFacts;
import org.coproduction.sessions.domain.standards.StandardsRules;
import org.coproduction.sessions.domain.support.SupportRequest;
import org.coproduction.sessions.domain.support.SupportWaits;

/**
 * A project's evidence against the National Standards over a period. No transaction: this service's tables are read
 * first (a fixed number of count queries), then participants-service (roles, needs, support asked for) and
 * notifications-service (digests) are asked. Either being down leaves the figures that need it null with a sentence
 * saying so; the rest are still given.
 */
@ApplicationScoped
public class StandardsService {
    static final String PARTICIPANTS_DOWN = "Not available: participants-service could not be reached.";
    static final String NOTIFICATIONS_DOWN = "Not available: notifications-service could not be reached.";
    static final int LOOKUP_BATCH = 1000;

    private final StandardsReader reader;
    private final SupportService support;
    private final ParticipantsClient participants;
    private final DeliverySummaryClient deliveries;
    private final ReadabilityConfig readability;
    private final ReadabilityChecker checker;
    private final StandardsRules rules = new StandardsRules();

    public StandardsService(
            StandardsReader reader,
            SupportService support,
            ParticipantsClient participants,
            DeliverySummaryClient deliveries,
            ReadabilityConfig readability) {
        this.reader = reader;
        this.support = support;
        this.participants = participants;
        this.deliveries = deliveries;
        this.readability = readability;
        this.checker = new ReadabilityChecker(
                readability.jargon(), readability.longSentenceWords(), readability.targetScore());
    }

    /** @param to the last day of the period, included */
    public StandardsResponse evidence(UUID projectId, LocalDate from, LocalDate to) {
        Project project = ProjectService.find(projectId);
        Instant now = Instant.now();
        StandardsReader.Window w = new StandardsReader.Window(
                projectId,
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                now);
        Set<UUID> members = new LinkedHashSet<>(project.members);
        StandardsReader.SessionCounts sessions = reader.sessions(w);
        StandardsReader.InvitationCounts invitations = reader.invitations(w);
        StandardsReader.ActionCounts actions = reader.actions(w);
        Map<UUID, Long> owners = reader.actionsByOwner(w);
        Set<UUID> attendees = reader.attendees(w);
        List<StandardsReader.EndedSession> ended = reader.endedSessions(w);
        var formats = reader.formats(w);
        StandardsReader.ProposalCounts proposals = reader.proposals(w);
        StandardsReader.PaymentCounts payments = reader.payments(w);
        List<Double> readingEase = reader.updateBodies(w).stream()
                .map(body -> checker.check(body).score())
                .toList();
        Set<UUID> people = new LinkedHashSet<>(members);
        people.addAll(attendees);
        people.addAll(owners.keySet());
        ended.forEach(s -> people.addAll(s.expected()));
        var training = support.trainingAttended(members);

        // Other services, with every database read done.
        Optional<Map<UUID, ParticipantView>> known = lookup(people);
        // Digests can only have fallen due up to now.
        Instant digestsUntil = min(w.to(), now);
        Optional<DeliverySummary> digests = members.isEmpty() || !w.from().isBefore(digestsUntil)
                ? Optional.of(new DeliverySummary(0, 0, 0, 0))
                : summary(new ArrayList<>(members), w.from(), digestsUntil);

        StandardsFacts facts = new StandardsFacts(
                Measure.of(invitations.attended(), invitations.recorded()),
                known.map(k -> EvidenceCounts.accessGapsClosed(access(ended, k)))
                        .orElse(Measure.unavailable(PARTICIPANTS_DOWN)),
                known.map(k -> EvidenceCounts.livedExperience(roles(attendees, k)))
                        .orElse(Measure.unavailable(PARTICIPANTS_DOWN)),
                Measure.of(payments.paidInTime(), payments.judged()),
                known.map(k -> supportGiven(members, k, training, now)).orElse(Measure.unavailable(PARTICIPANTS_DOWN)),
                Measure.of(sessions.withNotice(), sessions.sessions()),
                Measure.of(actions.ownedAndDated(), actions.actions()),
                Measure.of(proposals.answeredByHalf(), proposals.decided()),
                known.map(k -> EvidenceCounts.ownedByLivedExperience(owners, roleMap(k)))
                        .orElse(Measure.unavailable(PARTICIPANTS_DOWN)),
                EvidenceCounts.moreThanOneWay(formats),
                Measure.of(invitations.answeredBefore(), invitations.started()),
                digests.map(d -> Measure.of(Math.min(d.digestsOnTime(), d.digestsDue()), d.digestsDue()))
                        .orElse(Measure.unavailable(NOTIFICATIONS_DOWN)),
                digests.map(d -> Measure.of(Math.min(d.reachedInOwnLanguageAndFormat(), d.people()), d.people()))
                        .orElse(Measure.unavailable(NOTIFICATIONS_DOWN)),
                EvidenceCounts.readable(readingEase, readability.targetScore()),
                Measure.of(actions.done(), actions.actions()),
                Measure.of(sessions.endedWithSummary(), sessions.ended()),
                readability.targetScore());
        List<StandardEvidence> evidence = rules.evaluate(facts);
        return new StandardsResponse(
                project.id,
                project.name,
                from,
                to,
                now,
                evidence.stream().map(StandardsService::view).toList(),
                rules.weakest(evidence)
                        .map(x -> new StandardsResponse.WeakestDto(x.standard().name(), x.code(), x.advice()))
                        .orElse(null));
    }

    /** Everyone asked for, 1000 at a time; empty when participants-service is down. */
    Optional<Map<UUID, ParticipantView>> lookup(Collection<UUID> ids) {
        Map<UUID, ParticipantView> found = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        try {
            for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
                found.putAll(participants
                        .lookup(all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH)))
                        .found());
            }
        } catch (DependencyUnavailableException e) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** The members' digests, 1000 people at a time; empty when notifications-service is down. */
    Optional<DeliverySummary> summary(List<UUID> members, Instant from, Instant to) {
        DeliverySummary total = new DeliverySummary(0, 0, 0, 0);
        for (int i = 0; i < members.size(); i += DeliverySummaryClient.MAX_PEOPLE) {
            Optional<DeliverySummary> part = deliveries.summary(
                    members.subList(i, Math.min(members.size(), i + DeliverySummaryClient.MAX_PEOPLE)), from, to);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(part.get());
        }
        return Optional.of(total);
    }

    static List<SessionAccess> access(List<StandardsReader.EndedSession> ended, Map<UUID, ParticipantView> known) {
        List<SessionAccess> sessions = new ArrayList<>();
        for (StandardsReader.EndedSession s : ended) {
            List<AttendeeNeeds> needs = s.expected().stream()
                    .map(known::get)
                    .filter(p -> p != null)
                    .map(SessionInsights::needs)
                    .toList();
            sessions.add(new SessionAccess(s.venueOnly(), s.withArrangements(), needs));
        }
        return sessions;
    }

    /** The roles of these people that participants-service still knows (the erased are left out). */
    static List<String> roles(Collection<UUID> ids, Map<UUID, ParticipantView> known) {
        return ids.stream()
                .map(known::get)
                .filter(p -> p != null && p.role() != null)
                .map(ParticipantView::role)
                .toList();
    }

    static Map<UUID, String> roleMap(Map<UUID, ParticipantView> known) {
        Map<UUID, String> roles = new HashMap<>();
        known.forEach((id, p) -> {
            if (p.role() != null) {
                roles.put(id, p.role());
            }
        });
        return roles;
    }

    static Measure supportGiven(
            Set<UUID> members,
            Map<UUID, ParticipantView> known,
            List<org.coproduction.sessions.domain.support.TrainingAttended> training,
            Instant now) {
        List<SupportRequest> requests = members.stream()
                .map(known::get)
                .filter(p -> p != null && p.support() != null)
                .map(p -> new SupportRequest(
                        p.id(),
                        p.support().trainingInterests(),
                        p.support().preference(),
                        p.support().trainingAskedAt(),
                        p.support().mentorAskedAt(),
                        p.support().mentorId()))
                .toList();
        return EvidenceCounts.supportGiven(requests, SupportWaits.waiting(requests, training, now));
    }

    static StandardsResponse.StandardDto view(StandardEvidence e) {
        return new StandardsResponse.StandardDto(
                e.standard().name(),
                e.standard().title(),
                e.indicators().stream().map(StandardsService::view).toList());
    }

    static StandardsResponse.IndicatorDto view(Indicator i) {
        return new StandardsResponse.IndicatorDto(
                i.code(), i.name(), i.figure(), i.numerator(), i.denominator(), i.sentence());
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
