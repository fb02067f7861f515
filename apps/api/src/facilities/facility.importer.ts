import { Injectable } from '@nestjs/common';
import { FACILITY_IMPORT_COLUMNS, FACILITY_KINDS, FacilityKind, ImportSummaryResponse } from '@renkei/contract';
import { EntityManager, In } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { HostListingIndexer } from '../hosts/directory/host-listing.indexer';
import { readTabularFile, TableValidator } from '../common/tabular/tabular-file';
import { Importer, ImportPlan, ImportUpload } from '../imports/importer';
import { ImportsErrorCode, ImportsException } from '../imports/imports.exception';
import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';
import { Facility } from './facility.entity';
import { facilityScopeOf } from './facility-scope';

interface FacilityRecord {
  /** The registry row's version when previewed (null: a new facility); a later edit makes the commit stale. */
  expectedVersion: number | null;
  facilityCode: string;
  name: string;
  kind: FacilityKind;
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  municipality: string;
  address: string;
  bedCount: number | null;
  isBase: boolean;
  isHost: boolean;
}

export interface FacilityImportPayload {
  /** Whose import it is: a prefecture officer's rows must all lie in their prefectures. */
  prefectureCodes: string[] | null;
  facilities: FacilityRecord[];
}

const YES_NO = ['true', 'false', '1', '0', 'yes', 'no', '○', '×'] as const;
const truthy = (value: string) => ['true', '1', 'yes', '○'].includes(value);

/** The facility registry from a CSV/.xlsx file, matched on the facility code (施設管理コード). */
@Injectable()
export class FacilityImporter implements Importer<FacilityImportPayload> {
  readonly kind = 'facilities' as const;

  constructor(
    private readonly audit: AuditService,
    private readonly listings: HostListingIndexer,
  ) {}

  mayImport(user: CurrentUserContext): boolean {
    return user.roles.some((role) => role.role === 'jmsb' || role.role === 'prefecture');
  }

  async plan(upload: ImportUpload, manager: EntityManager, user: CurrentUserContext): Promise<ImportPlan<FacilityImportPayload>> {
    const scope = facilityScopeOf(user);
    const prefectureCodes = user.roles.some((role) => role.role === 'jmsb') ? null : scope.prefectureCodes;
    const table = await readTabularFile(upload.fileName, upload.content, FACILITY_IMPORT_COLUMNS);
    const check = new TableValidator(upload.fileName, FACILITY_IMPORT_COLUMNS);
    const areas = new Map((await manager.find(SecondaryMedicalArea)).map((area) => [area.code, area.prefectureCode]));
    const seen = new Map<string, number>();
    const facilities: FacilityRecord[] = [];
    for (const row of table.rows) {
      const facilityCode = check.text(row, 'facility_code', /^[0-9A-Za-z-]{1,20}$/, 'a facility code (1–20 letters, digits or dashes)');
      const name = check.text(row, 'name', /^\S.{0,199}$/u, 'a name (1–200 characters)');
      const kind = check.oneOf(row, 'kind', FACILITY_KINDS);
      const areaCode = check.text(row, 'secondary_medical_area_code', /^\d{4}$/, 'a four-digit secondary medical area code');
      const municipality = check.text(row, 'municipality', /^\S.{0,99}$/u, 'a municipality (1–100 characters)');
      const address = check.text(row, 'address', /^\S.{0,299}$/u, 'an address (1–300 characters)');
      const bedCount = check.number(row, 'bed_count', {
        optional: true,
        min: 0,
        max: 5000,
      });
      const isBase = check.oneOf(row, 'base_facility', YES_NO);
      const isHost = check.oneOf(row, 'host_facility', YES_NO);
      const prefectureCode = areaCode ? areas.get(areaCode) : undefined;
      if (areaCode && !prefectureCode) {
        check.report(row, 'secondary_medical_area_code', `area ${areaCode} does not exist`);
        continue;
      }
      if (prefectureCode && prefectureCodes && !prefectureCodes.includes(prefectureCode)) {
        check.report(
          row,
          'secondary_medical_area_code',
          `area ${areaCode} is in prefecture ${prefectureCode}; you can import only your own prefecture's facilities`,
        );
        continue;
      }
      if (bedCount !== undefined && bedCount !== null && !Number.isInteger(bedCount)) {
        check.report(row, 'bed_count', `${bedCount} is not a whole number`);
        continue;
      }
      if (
        facilityCode &&
        name &&
        kind &&
        areaCode &&
        prefectureCode &&
        municipality &&
        address &&
        bedCount !== undefined &&
        isBase &&
        isHost &&
        check.unique(seen, facilityCode, row, 'facility_code')
      ) {
        facilities.push({
          expectedVersion: null,
          facilityCode,
          name,
          kind,
          prefectureCode,
          secondaryMedicalAreaCode: areaCode,
          municipality,
          address,
          bedCount,
          isBase: truthy(isBase),
          isHost: truthy(isHost),
        });
      }
    }
    const existing = await this.existing(manager, facilities);
    for (const record of facilities) {
      const current = existing.get(record.facilityCode);
      record.expectedVersion = current?.version ?? null;
      if (current && prefectureCodes && !prefectureCodes.includes(current.prefectureCode)) {
        const line = seen.get(record.facilityCode) ?? 0;
        check.issues.push({
          file: upload.fileName,
          line,
          column: 1,
          columnName: 'facility_code',
          message: `facility ${record.facilityCode} is registered in prefecture ${current.prefectureCode}`,
        });
      }
    }
    const counts = countChanges(facilities, existing);
    return {
      payload: { prefectureCodes, facilities },
      issues: [...table.issues, ...check.issues],
      summary: {
        rows: table.rows.length,
        ...counts,
        description: `${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged facilities.`,
      },
    };
  }

  /** Re-checks scope against the committer and refuses rows someone changed since the preview. */
  async commit(payload: FacilityImportPayload, manager: EntityManager, user: CurrentUserContext): Promise<ImportSummaryResponse> {
    const allowed = user.roles.some((role) => role.role === 'jmsb') ? null : facilityScopeOf(user).prefectureCodes;
    const existing = await this.existing(manager, payload.facilities, true);
    const counts = countChanges(payload.facilities, existing);
    for (const { expectedVersion, ...record } of payload.facilities) {
      const current = existing.get(record.facilityCode);
      if ((current?.version ?? null) !== expectedVersion) {
        throw new ImportsException(
          ImportsErrorCode.Stale,
          `Facility ${record.facilityCode} changed after this preview; upload the file again. Nothing was imported.`,
        );
      }
      if (allowed && (!allowed.includes(record.prefectureCode) || (current && !allowed.includes(current.prefectureCode)))) {
        throw new ImportsException(ImportsErrorCode.NotAllowed, `Facility ${record.facilityCode} is outside your prefecture. Nothing was imported.`);
      }
      if (!current) {
        const created = await manager.save(manager.create(Facility, { ...record, sample: false }));
        await this.audit.record(
          {
            action: 'facility.created',
            actorUserId: user.id,
            actorEmail: user.email,
            entityType: 'facility',
            entityId: created.id,
            after: record,
            prefectureCode: record.prefectureCode,
            facilityId: created.id,
          },
          manager,
        );
      } else if (!sameFacility(current, record)) {
        await manager.update(Facility, { id: current.id }, { ...record, version: () => 'version + 1' });
        await this.listings.refreshFacility(manager, current.id);
        await this.audit.record(
          {
            action: 'facility.updated',
            actorUserId: user.id,
            actorEmail: user.email,
            entityType: 'facility',
            entityId: current.id,
            before: pick(current, record),
            after: record,
            prefectureCode: record.prefectureCode,
            facilityId: current.id,
          },
          manager,
        );
      }
    }
    return {
      rows: payload.facilities.length,
      ...counts,
      description: `${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged facilities.`,
    };
  }

  private async existing(manager: EntityManager, records: FacilityRecord[], lock = false): Promise<Map<string, Facility>> {
    const codes = records.map((record) => record.facilityCode);
    const found =
      codes.length > 0
        ? await manager.find(Facility, {
            where: { facilityCode: In(codes) },
            ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          })
        : [];
    return new Map(found.map((facility) => [facility.facilityCode, facility]));
  }
}

type FacilityFields = Omit<FacilityRecord, 'expectedVersion'>;

function sameFacility(current: Facility, record: FacilityFields): boolean {
  return (Object.keys(record) as (keyof FacilityFields)[])
    .filter((field) => field !== ('expectedVersion' as string))
    .every((field) => current[field] === record[field]);
}

function pick(current: Facility, record: FacilityFields): Record<string, unknown> {
  return Object.fromEntries(Object.keys(record).map((field) => [field, current[field as keyof FacilityFields]]));
}

function countChanges(records: FacilityRecord[], existing: Map<string, Facility>): { created: number; updated: number; unchanged: number } {
  let created = 0;
  let updated = 0;
  for (const record of records) {
    const current = existing.get(record.facilityCode);
    if (!current) {
      created += 1;
    } else if (!sameFacility(current, record)) {
      updated += 1;
    }
  }
  return { created, updated, unchanged: records.length - created - updated };
}
