import { CurrentUserContext } from '../accounts/access/current-user';
import { Facility } from '../facilities/facility.entity';

/** Who may write a host's profile: its own host-facility users, and its prefecture on their behalf. */
export function mayEdit(user: CurrentUserContext, facility: Facility): boolean {
  return user.roles.some(
    (role) =>
      (role.role === 'host-facility' && role.facilityId === facility.id) ||
      (role.role === 'prefecture' && role.prefectureCode === facility.prefectureCode),
  );
}

/** Only the facility's prefecture approves what the public will see. */
export function mayReview(user: CurrentUserContext, facility: Facility): boolean {
  return user.roles.some((role) => role.role === 'prefecture' && role.prefectureCode === facility.prefectureCode);
}

/** Who may read the draft: its editors and the JMSB. */
export function mayView(user: CurrentUserContext, facility: Facility): boolean {
  return mayEdit(user, facility) || user.roles.some((role) => role.role === 'jmsb');
}
