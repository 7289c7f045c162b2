package org.coproduction.sessions.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.sessions.api.CreateUpdateRequest;
import org.coproduction.sessions.api.ProjectUpdateResponse;
import org.coproduction.sessions.api.ReadabilityDto;
import org.coproduction.sessions.config.ReadabilityConfig;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.ProjectUpdate;
import org.coproduction.sessions.domain.readability.ReadabilityChecker;
import org.coproduction.sessions.domain.readability.ReadabilityReport;

/** Project updates: recorded as written (the coordinator decides), each answered with a readability report. */
@ApplicationScoped
public class ProjectUpdateService {
    private final RequestValidator validator;
    private final ReadabilityChecker checker;

    public ProjectUpdateService(RequestValidator validator, ReadabilityConfig config) {
        this.validator = validator;
        this.checker = new ReadabilityChecker(config.jargon(), config.longSentenceWords(), config.targetScore());
    }

    @Transactional
    public ProjectUpdateResponse post(UUID projectId, CreateUpdateRequest request) {
        validator.check(request);
        Project project = ProjectService.find(projectId);
        ProjectUpdate update = new ProjectUpdate();
        update.project = project;
        update.title = request.title().strip();
        update.body = request.body();
        update.postedAt = Instant.now();
        update.persist();
        return view(update);
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

    private ProjectUpdateResponse view(ProjectUpdate u) {
        ReadabilityReport r = checker.check(u.title + ". " + u.body);
        return new ProjectUpdateResponse(
                u.id,
                u.project.id,
                u.title,
                u.body,
                u.postedAt,
                new ReadabilityDto(
                        r.score(),
                        r.gradeLevel(),
                        r.words(),
                        r.sentences(),
                        r.jargon(),
                        r.longSentences(),
                        r.advice()));
    }
}
