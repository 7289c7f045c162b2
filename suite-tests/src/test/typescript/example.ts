// How a web team calls the suite from the TypeScript clients generated from docs/openapi (typescript-fetch).
// The build type-checks this file with the generated code (scripts/typecheck-typescript-clients.sh), so it breaks
// when a document changes in a way that would break such a team's code. It is not run.
import * as participants from '../../../target/generated-typescript/participants';
import * as sessions from '../../../target/generated-typescript/sessions';
import * as notifications from '../../../target/generated-typescript/notifications';

export async function planAndTell(baseUrls: { participants: string; sessions: string; notifications: string },
                                  token: () => Promise<string>): Promise<string> {
  const people = new participants.ParticipantsApi(
    new participants.Configuration({ basePath: baseUrls.participants, accessToken: token }));
  const person: participants.Participant = await people.createParticipant({
    participantInput: {
      name: 'Aisha Khan',
      email: 'aisha@example.org',
      role: participants.ParticipantInputRoleEnum.LivedExperience,
      timeZone: 'Europe/London',
      accessNeeds: { needs: [participants.AccessNeed.StepFreeAccess] },
    },
  });

  const plans = new sessions.SlotSearchApi(
    new sessions.Configuration({ basePath: baseUrls.sessions, accessToken: token }));
  const found = await plans.searchSlots({
    slotSearchRequest: {
      participantIds: [person.id],
      from: new Date('2027-03-01T00:00:00Z'),
      to: new Date('2027-03-02T00:00:00Z'),
      durationMinutes: 90,
    },
  });

  const digests = new notifications.DigestsApi(
    new notifications.Configuration({ basePath: baseUrls.notifications, accessToken: token }));
  const run = await digests.startDigestRun({ digestRunInput: { participantIds: [person.id] } });

  const best = found.slots[0];
  return `${person.name}: ${best ? best.start.toISOString() : 'no time found'}; digest run ${run.id} ${run.status}`;
}
