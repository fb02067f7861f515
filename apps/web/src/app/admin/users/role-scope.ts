import { FormControl, Validators } from '@angular/forms';
import { ROLES, Role, RoleAssignmentRequest, UserSummaryResponse } from '@renkei/contract';
import { ROLE_SCOPE_FIELD } from '../../auth/roles/role-labels';

/** The controls of one role in one scope; the names are the API's field names. */
export interface RoleScopeControls {
  role: FormControl<Role>;
  prefectureCode: FormControl<string>;
  specialtyCode: FormControl<string>;
  facilityId: FormControl<string>;
}

/** UUID v4, as the API's `@IsUUID('4')` expects of a facility id. */
const FACILITY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Controls for a role and its scope. Only the scope field the chosen role needs is enabled (and
 * required); the others are disabled and empty, so they are neither validated nor sent.
 */
export function roleScopeControls(initialRole: Role): RoleScopeControls {
  const controls: RoleScopeControls = {
    role: new FormControl<Role>(initialRole, { nonNullable: true, validators: [Validators.required] }),
    prefectureCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    specialtyCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    facilityId: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(FACILITY_ID)] }),
  };
  const sync = (role: Role) => {
    for (const field of ['prefectureCode', 'specialtyCode', 'facilityId'] as const) {
      const control = controls[field];
      if (ROLE_SCOPE_FIELD[role] === field) {
        control.enable({ emitEvent: false });
      } else {
        control.reset('', { emitEvent: false });
        control.disable({ emitEvent: false });
      }
    }
  };
  sync(initialRole);
  // Lives as long as the controls do.
  controls.role.valueChanges.subscribe(sync);
  return controls;
}

/** The API request for the chosen role: the role plus only its own scope field. */
export function roleScopeRequest(controls: RoleScopeControls): RoleAssignmentRequest {
  const role = controls.role.value;
  const field = ROLE_SCOPE_FIELD[role];
  return field ? { role, [field]: controls[field].value.trim() } : { role };
}

/** Roles a person may grant: the JMSB any; a prefectural officer facility roles (in its prefecture). */
export function grantableRoles(isJmsb: boolean, isPrefecture: boolean): readonly Role[] {
  if (isJmsb) {
    return ROLES;
  }
  return isPrefecture ? ['base-facility', 'host-facility'] : [];
}

/** A facility id seen in the user list, with who holds a role there (until there is a facility API). */
export interface FacilitySuggestion {
  id: string;
  holders: string[];
}

export function facilitySuggestions(users: readonly UserSummaryResponse[]): FacilitySuggestion[] {
  const byId = new Map<string, string[]>();
  for (const user of users) {
    for (const assignment of user.roles) {
      if (assignment.facilityId) {
        byId.set(assignment.facilityId, [...(byId.get(assignment.facilityId) ?? []), user.displayName]);
      }
    }
  }
  return [...byId.entries()].map(([id, holders]) => ({ id, holders: [...new Set(holders)] }));
}
