import { ConnectionRequestResponse, ProgramFacility, ProgramResponse } from '@renkei/contract';
import { EntityManager, In } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { Facility } from '../facilities/facility.entity';
import { ConnectionComment } from './entities/connection-comment.entity';
import { ConnectionRequest } from './entities/connection-request.entity';
import { Program } from './entities/program.entity';
import { RotationRecord } from './entities/rotation-record.entity';
import { isBaseUser, isHostUser, isJmsb, isPrefectureOfficer } from './program-scope';

/**
 * Programs as `viewer` sees them: with their facilities, requests and rotations, and the comments of
 * the requests the viewer is party to (the base, that host, either prefecture, the JMSB).
 */
export async function toProgramResponses(manager: EntityManager, programs: Program[], viewer: CurrentUserContext): Promise<ProgramResponse[]> {
  if (programs.length === 0) {
    return [];
  }
  const requests = await manager.find(ConnectionRequest, {
    where: { programId: In(programs.map((program) => program.id)) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const requestIds = requests.map((request) => request.id);
  const facilityIds = [...new Set([...programs.map((program) => program.baseFacilityId), ...requests.map((request) => request.hostFacilityId)])];
  const facilities = await manager.findBy(Facility, { id: In(facilityIds) });
  const comments = requestIds.length
    ? await manager.find(ConnectionComment, { where: { requestId: In(requestIds) }, order: { createdAt: 'ASC' } })
    : [];
  const rotations = requestIds.length
    ? await manager.find(RotationRecord, { where: { requestId: In(requestIds) }, order: { startedOn: 'ASC', createdAt: 'ASC' } })
    : [];
  const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
  const facilityOf = (id: string): ProgramFacility => {
    const facility = facilityById.get(id);
    if (!facility) {
      throw new Error(`program refers to a missing facility ${id}`);
    }
    return { id: facility.id, facilityCode: facility.facilityCode, name: facility.name, prefectureCode: facility.prefectureCode };
  };
  const mayReadComments = (program: Program, request: ConnectionRequest): boolean => {
    const base = facilityOf(program.baseFacilityId);
    const host = facilityOf(request.hostFacilityId);
    return (
      isJmsb(viewer) ||
      isBaseUser(viewer, base.id) ||
      isHostUser(viewer, host.id) ||
      isPrefectureOfficer(viewer, base.prefectureCode) ||
      isPrefectureOfficer(viewer, host.prefectureCode)
    );
  };
  const requestResponse = (program: Program, request: ConnectionRequest): ConnectionRequestResponse => ({
    id: request.id,
    programId: request.programId,
    host: facilityOf(request.hostFacilityId),
    placesRequested: request.placesRequested,
    monthsRequested: request.monthsRequested,
    status: request.status,
    placesAccepted: request.placesAccepted,
    monthsAccepted: request.monthsAccepted,
    declineReason: request.declineReason,
    respondedAt: request.respondedAt?.toISOString() ?? null,
    comments: comments
      .filter((comment) => comment.requestId === request.id && mayReadComments(program, request))
      .map((comment) => ({ authorEmail: comment.authorEmail, comment: comment.comment, createdAt: comment.createdAt.toISOString() })),
    rotations: rotations
      .filter((rotation) => rotation.requestId === request.id)
      .map((rotation) => ({ id: rotation.id, residentLabel: rotation.residentLabel, startedOn: rotation.startedOn, endedOn: rotation.endedOn })),
    version: request.version,
  });
  return programs.map((program) => ({
    id: program.id,
    base: facilityOf(program.baseFacilityId),
    roundId: program.roundId,
    recruitmentYear: program.recruitmentYear,
    specialtyCode: program.specialtyCode,
    categoryCode: program.categoryCode,
    places: program.places,
    decisions: program.decisions,
    requests: requests.filter((request) => request.programId === program.id).map((request) => requestResponse(program, request)),
    contactName: program.contactName,
    contactEmail: program.contactEmail,
    contactPhone: program.contactPhone,
    recruited: program.recruited,
    createdAt: program.createdAt.toISOString(),
    version: program.version,
  }));
}
