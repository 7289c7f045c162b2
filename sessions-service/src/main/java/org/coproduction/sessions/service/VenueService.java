package org.coproduction.sessions.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.CreateVenueRequest;
import org.coproduction.sessions.api.VenueResponse;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.Venue;

/** Rooms and online spaces with the access features they offer. */
@ApplicationScoped
public class VenueService {
    private final RequestValidator validator;

    public VenueService(RequestValidator validator) {
        this.validator = validator;
    }

    @Transactional
    public VenueResponse create(CreateVenueRequest request) {
        validator.check(request);
        Venue venue = new Venue();
        venue.name = request.name().strip();
        venue.address = request.address();
        venue.format = request.format();
        if (request.features() != null) {
            venue.features.addAll(request.features());
        }
        venue.persist();
        venue.flush();
        return view(venue);
    }

    public VenueResponse get(UUID id) {
        return view(find(id));
    }

    public Page<VenueResponse> list(PageRequest paging) {
        var query = Venue.<Venue>findAll(Sort.by("name").and("id"));
        List<VenueResponse> items = query.range(paging.offset(), paging.last()).list().stream()
                .map(VenueService::view)
                .toList();
        return Page.of(items, paging, query.count());
    }

    static Venue find(UUID id) {
        Venue venue = Venue.findById(id);
        if (venue == null) {
            throw new UnknownResourceException("No venue with id " + id + ".");
        }
        return venue;
    }

    static VenueResponse view(Venue v) {
        EnumSet<AccessNeed> features =
                v.features.isEmpty() ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(v.features);
        return new VenueResponse(v.id, v.name, v.address, v.format, features, v.createdAt, v.version);
    }
}
