package org.coproduction.sessions.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.CreateUpdateRequest;
import org.coproduction.sessions.api.ProjectUpdateResponse;
import org.coproduction.sessions.api.ReadabilityCheckResponse;
import org.coproduction.sessions.api.ReadabilityDto;
import org.coproduction.sessions.api.UpdateVersionDto;
import org.coproduction.sessions.config.ReadabilityConfig;
import org.coproduction.sessions.domain.ContentVersionRules;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.ProjectUpdate;
import org.coproduction.sessions.domain.readability.ReadabilityChecker;
import org.coproduction.sessions.domain.readability.ReadabilityReport;

/**
 * Project updates: recorded as written (the coordinator decides), each answered with a readability report; a dry
 * run gives the reports with nothing stored. An update can be corrected (it then reaches the next digests again)
 * and withdrawn (kept for the record, never sent again).
 */
@ApplicationScoped
public class ProjectUpdateService {
    static final String ENGLISH = "en";

    private final RequestValidator validator;
    private final ReadabilityChecker checker;
    private final EntityManager em;
    private final ContentVersionRules rules = new ContentVersionRules();

    public ProjectUpdateService(RequestValidator validator, ReadabilityConfig config, EntityManager em) {
        this.validator = validator;
        this.checker = new ReadabilityChecker(config.jargon(), config.longSentenceWords(), config.targetScore());
        this.em = em;
    }

    @Transactional
    public ProjectUpdateResponse post(UUID projectId, CreateUpdateRequest request) {
        check(request);
        Project project = ProjectService.find(projectId);
        ProjectUpdate update = new ProjectUpdate();
        update.project = project;
        apply(update, request);
        update.postedAt = Instant.now();
        update.persist();
        return view(update);
    }

    /** The readability reports a post (or correction) would give; nothing is stored. */
    public ReadabilityCheckResponse dryRun(UUID projectId, CreateUpdateRequest request) {
        check(request);
        ProjectService.find(projectId);
        String language = languageOf(request.language());
        List<UpdateVersionDto> versions = request.versions() == null ? List.of() : request.versions();
        return new ReadabilityCheckResponse(
                readability(language, request.title().strip() + ". " + request.body()),
                versions.stream()
                        .map(v -> new ReadabilityCheckResponse.VersionReadability(
                                v.language(), v.plain(), readability(v.language(), v.title() + ". " + v.body())))
                        .toList());
    }

    public ProjectUpdateResponse get(UUID projectId, UUID updateId) {
        return view(find(projectId, updateId));
    }

    /**
     * Corrects an update in place; {@code ifMatch} is the version the coordinator read (the resource asks for it).
     * A withdrawn update cannot be corrected.
     */
    @Transactional
    public ProjectUpdateResponse correct(UUID projectId, UUID updateId, Long ifMatch, CreateUpdateRequest request) {
        ProjectUpdate update = find(projectId, updateId);
        // Withdrawing changed its version too: say what really stands in the way.
        if (update.withdrawnAt != null) {
            throw new StateConflictException("The update was withdrawn and cannot be corrected.");
        }
        Versions.check(ifMatch, update.version);
        check(request);
        apply(update, request);
        update.correctedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Flushed so the answer carries the version (ETag) this correction gives it.
        em.flush();
        return view(update);
    }

    /** Withdraws an update: kept, marked, never sent again. Withdrawing it again changes nothing. */
    @Transactional
    public void withdraw(UUID projectId, UUID updateId) {
        ProjectUpdate update = find(projectId, updateId);
        if (update.withdrawnAt == null) {
            update.withdrawnAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Page<ProjectUpdateResponse> list(UUID projectId, Instant since, PageRequest paging) {
        ProjectService.find(projectId);
        var query = ProjectUpdate.<ProjectUpdate>find(
                "project.id = :project and postedAt >= :since order by postedAt desc, id",
                Parameters.with("project", projectId).and("since", since == null ? Instant.EPOCH : since));
        List<ProjectUpdateResponse> items = query.range(paging.offset(), paging.last()).list().stream()
                .map(this::view)
                .toList();
        return Page.of(items, paging, query.count());
    }

    private void check(CreateUpdateRequest request) {
        validator.check(request, errors -> {
            if (request.versions() != null && !RequestValidator.has(errors, "language")) {
                rules.check(
                                languageOf(request.language()),
                                request.versions().stream()
                                        .map(v ->
                                                v == null ? null : new ContentVersionRules.Key(v.language(), v.plain()))
                                        .toList())
                        .forEach(v -> errors.add(new FieldError(v.field(), v.message())));
            }
        });
    }

    private static void apply(ProjectUpdate update, CreateUpdateRequest request) {
        update.title = request.title().strip();
        update.body = request.body();
        update.language = languageOf(request.language());
        update.versions = ContentJson.write(request.versions());
    }

    static String languageOf(String given) {
        return given == null ? ENGLISH : given;
    }

    private static ProjectUpdate find(UUID projectId, UUID updateId) {
        ProjectUpdate update = ProjectUpdate.findById(updateId);
        if (update == null || !update.project.id.equals(projectId)) {
            throw new UnknownResourceException("No update with id " + updateId + " in project " + projectId + ".");
        }
        return update;
    }

    /** English text is scored; other languages get no score (and so no warning). */
    ReadabilityDto readability(String language, String text) {
        if (!ENGLISH.equals(language)) {
            return null;
        }
        ReadabilityReport r = checker.check(text);
        return new ReadabilityDto(
                r.score(), r.gradeLevel(), r.words(), r.sentences(), r.jargon(), r.longSentences(), r.advice());
    }

    private ProjectUpdateResponse view(ProjectUpdate u) {
        return new ProjectUpdateResponse(
                u.id,
                u.project.id,
                u.title,
                u.body,
                u.language,
                ContentJson.updateVersions(u.versions),
                u.postedAt,
                u.correctedAt,
                u.withdrawnAt,
                u.version,
                readability(u.language, u.title + ". " + u.body));
    }
}
