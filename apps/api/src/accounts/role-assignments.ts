import { RoleAssignmentRequest } from '@renkei/contract';
import { EntityManager } from 'typeorm';
import { Facility } from '../facilities/facility.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { AccountsErrorCode, AccountsException } from './accounts.exception';
import { CurrentUserContext } from './access/current-user';

export interface ScopedAssignment {
  role: RoleAssignmentRequest['role'];
  prefectureCode: string | null;
  specialtyCode: string | null;
  facilityId: string | null;
  /** The prefecture whose data this assignment touches (a facility's prefecture for facility roles). */
  scopePrefectureCode: string | null;
}

const SCOPE_FIELD = {
  jmsb: null,
  prefecture: 'prefectureCode',
  society: 'specialtyCode',
  'base-facility': 'facilityId',
  'host-facility': 'facilityId',
} as const;

/** Checks that the role carries exactly its kind of scope and that the scope exists. */
export async function resolveAssignment(manager: EntityManager, request: RoleAssignmentRequest): Promise<ScopedAssignment> {
  const wanted = SCOPE_FIELD[request.role];
  const fieldErrors: Record<string, string[]> = {};
  for (const field of ['prefectureCode', 'specialtyCode', 'facilityId'] as const) {
    if (field === wanted && !request[field]) {
      fieldErrors[field] = [`${field} is required for the ${request.role} role`];
    }
    if (field !== wanted && request[field]) {
      fieldErrors[field] = [`${field} does not apply to the ${request.role} role`];
    }
  }
  let scopePrefectureCode: string | null = null;
  if (request.role === 'prefecture' && request.prefectureCode) {
    if (!(await manager.existsBy(Prefecture, { code: request.prefectureCode }))) {
      fieldErrors['prefectureCode'] = [`prefecture ${request.prefectureCode} does not exist`];
    }
    scopePrefectureCode = request.prefectureCode;
  }
  if (request.role === 'society' && request.specialtyCode && !(await manager.existsBy(Specialty, { code: request.specialtyCode }))) {
    fieldErrors['specialtyCode'] = [`specialty ${request.specialtyCode} does not exist`];
  }
  if ((request.role === 'base-facility' || request.role === 'host-facility') && request.facilityId) {
    const facility = await manager.findOneBy(Facility, {
      id: request.facilityId,
    });
    if (!facility) {
      fieldErrors['facilityId'] = ['this facility does not exist'];
    }
    scopePrefectureCode = facility?.prefectureCode ?? null;
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AccountsException(AccountsErrorCode.InvalidScope, `Invalid role scope: ${Object.keys(fieldErrors).join(', ')}`, fieldErrors);
  }
  return {
    role: request.role,
    prefectureCode: request.prefectureCode ?? null,
    specialtyCode: request.specialtyCode ?? null,
    facilityId: request.facilityId ?? null,
    scopePrefectureCode,
  };
}

/**
 * The JMSB grants any role; a prefectural officer grants facility roles for facilities in their
 * own prefecture only.
 */
export function mayGrant(grantor: CurrentUserContext, assignment: ScopedAssignment): boolean {
  return grantor.roles.some(
    (held) =>
      held.role === 'jmsb' ||
      (held.role === 'prefecture' &&
        (assignment.role === 'base-facility' || assignment.role === 'host-facility') &&
        assignment.scopePrefectureCode !== null &&
        held.prefectureCode === assignment.scopePrefectureCode),
  );
}

/** The columns a role assignment row stores. */
export function roleColumns(assignment: ScopedAssignment): Pick<ScopedAssignment, 'role' | 'prefectureCode' | 'specialtyCode' | 'facilityId'> {
  return {
    role: assignment.role,
    prefectureCode: assignment.prefectureCode,
    specialtyCode: assignment.specialtyCode,
    facilityId: assignment.facilityId,
  };
}
