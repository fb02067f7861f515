import { CurrentUserContext } from '../accounts/access/current-user';
import { Facility } from '../facilities/facility.entity';

/** Who may write a host's profile and places: its own host-facility users, and its prefecture on their behalf. */
export function mayEditHostProfile(user: CurrentUserContext, facility: Facility): boolean {
  return user.roles.some(
    (role) =>
      (role.role === 'host-facility' && role.facilityId === facility.id) ||
      (role.role === 'prefecture' && role.prefectureCode === facility.prefectureCode),
  );
}

/** Only the facility's prefecture approves what the public will see. */
export function mayReviewHostProfile(user: CurrentUserContext, facility: Facility): boolean {
  return user.roles.some((role) => role.role === 'prefecture' && role.prefectureCode === facility.prefectureCode);
}
