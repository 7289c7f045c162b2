package org.coproduction.sessions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.CreateProjectRequest;
import org.coproduction.sessions.api.ProjectResponse;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.Project;

/** Co-production groups and who is in them. Members are checked against participants-service first. */
@ApplicationScoped
public class ProjectService {
    private final ParticipantsClient participants;
    private final RequestValidator validator;

    /** The participants-service role a project coordinator must have. */
    static final String COORDINATOR = "COORDINATOR";

    static final int MAX_COORDINATORS = 20;

    public ProjectService(ParticipantsClient participants, RequestValidator validator) {
        this.participants = participants;
        this.validator = validator;
    }

    /** Not transactional: members are asked for before the transaction opens, so nothing is half-created. */
    public ProjectResponse create(CreateProjectRequest request) {
        validator.check(request);
        List<UUID> members = request.memberIds() == null ? List.of() : request.memberIds();
        List<UUID> coordinators = request.coordinatorIds() == null ? List.of() : request.coordinatorIds();
        List<UUID> everyone = new ArrayList<>(members);
        everyone.addAll(coordinators);
        // One lookup for members and coordinators alike.
        ParticipantDirectory directory = participants.lookup(everyone);
        requireKnown(directory);
        requireCoordinators(directory, coordinators, "coordinatorIds");
        return QuarkusTransaction.requiringNew().call(() -> {
            Project project = new Project();
            project.name = request.name().strip();
            project.purpose = request.purpose();
            project.members.addAll(members);
            project.coordinators.addAll(coordinators);
            project.persist();
            project.flush();
            return view(project);
        });
    }

    public ProjectResponse get(UUID id) {
        return view(find(id));
    }

    public Page<ProjectResponse> list(PageRequest paging) {
        var query = Project.<Project>findAll(Sort.by("name").and("id"));
        List<ProjectResponse> items = query.range(paging.offset(), paging.last()).list().stream()
                .map(ProjectService::view)
                .toList();
        return Page.of(items, paging, query.count());
    }

    /** Not transactional: a newcomer is asked for before the transaction opens; an existing member is not asked. */
    public ProjectResponse addMember(UUID projectId, UUID participantId) {
        Project current = find(projectId);
        if (current.members.contains(participantId)) {
            return view(current);
        }
        requireKnown(participants.lookup(List.of(participantId)));
        return QuarkusTransaction.requiringNew().call(() -> {
            Project project = find(projectId);
            // Adding twice at once is harmless: members is a set.
            if (project.members.add(participantId)) {
                project.flush();
            }
            return view(project);
        });
    }

    @Transactional
    public void removeMember(UUID projectId, UUID participantId) {
        Project project = find(projectId);
        if (!project.members.remove(participantId)) {
            throw new UnknownResourceException("Participant " + participantId + " is not a member of this project.");
        }
    }

    /**
     * Not transactional: a new coordinator is asked for (and must be registered as a COORDINATOR) before the
     * transaction opens; adding one already there changes nothing.
     */
    public ProjectResponse addCoordinator(UUID projectId, UUID participantId) {
        Project current = find(projectId);
        if (current.coordinators.contains(participantId)) {
            return view(current);
        }
        ParticipantDirectory directory = participants.lookup(List.of(participantId));
        requireKnown(directory);
        requireCoordinators(directory, List.of(participantId), "participantId");
        return QuarkusTransaction.requiringNew().call(() -> {
            Project project = find(projectId);
            if (project.coordinators.size() >= MAX_COORDINATORS && !project.coordinators.contains(participantId)) {
                throw InvalidInputException.of(
                        "participantId", "a project has at most " + MAX_COORDINATORS + " coordinators");
            }
            // Adding twice at once is harmless: coordinators is a set. The version (ETag) moves with it.
            if (project.coordinators.add(participantId)) {
                project.flush();
            }
            return view(project);
        });
    }

    @Transactional
    public void removeCoordinator(UUID projectId, UUID participantId) {
        Project project = find(projectId);
        if (!project.coordinators.remove(participantId)) {
            throw new UnknownResourceException(
                    "Participant " + participantId + " is not a coordinator of this project.");
        }
    }

    /** Everyone named as a coordinator must be registered with role COORDINATOR; the field names where. */
    static void requireCoordinators(ParticipantDirectory directory, List<UUID> ids, String field) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ParticipantView person = directory.found().get(ids.get(i));
            if (person != null && !COORDINATOR.equals(person.role())) {
                String path = "participantId".equals(field) ? field : field + "[" + i + "]";
                errors.add(new FieldError(path, "is not registered as a coordinator"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Project find(UUID id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw new UnknownResourceException("No project with id " + id + ".");
        }
        return project;
    }

    static void requireKnown(ParticipantDirectory directory) {
        if (!directory.missing().isEmpty()) {
            throw new UnknownResourceException("Unknown participant"
                    + (directory.missing().size() == 1 ? "" : "s") + ": "
                    + String.join(
                            ", ",
                            directory.missing().stream().map(UUID::toString).toList()) + ".");
        }
    }

    static ProjectResponse view(Project p) {
        return new ProjectResponse(
                p.id,
                p.name,
                p.purpose,
                new ArrayList<>(p.members),
                new ArrayList<>(p.coordinators),
                p.createdAt,
                p.updatedAt,
                p.version);
    }
}
