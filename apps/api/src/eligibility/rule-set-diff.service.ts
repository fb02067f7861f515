import { Injectable } from '@nestjs/common';
import { DecisionDiffSummary, RuleSetDiffResponse } from '@renkei/contract';
import { diffDecisions, EligibilityResult, FacilityContext } from '@renkei/eligibility';
import { DataSource } from 'typeorm';
import { Facility } from '../facilities/facility.entity';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../reference-data/entities/physician-scarce-spot.entity';
import { EligibilityDataService, EngineInputs, evaluatorOf } from './eligibility-data.service';
import { RuleSetRecord } from './entities/rule-set.entity';
import { EligibilityErrorCode, EligibilityException } from './eligibility.exception';

interface HostContext {
  facility: Facility;
  scarceArea: boolean;
  scarceSpot: boolean;
}

/**
 * Re-evaluates every decision under a rule set version and compares it with the active version of
 * its year: prefecture × specialty (what the committee tables list) and every host facility ×
 * specialty. Shown to the JMSB before activating; saves nothing.
 */
@Injectable()
export class RuleSetDiffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly data: EligibilityDataService,
  ) {}

  async diff(id: string): Promise<RuleSetDiffResponse> {
    const target = await this.dataSource.getRepository(RuleSetRecord).findOneBy({ id });
    if (!target) {
      throw new EligibilityException(EligibilityErrorCode.RuleSetNotFound, `Rule set ${id} does not exist.`);
    }
    const active = await this.data.findActiveRuleSet(target.recruitmentYear);
    const after = await this.data.loadFor(target);
    const before = active ? await this.data.loadFor(active) : null;
    const hosts = await this.hostContexts();
    return {
      from: before
        ? {
            id: before.record.id,
            version: before.record.version,
            datasets: [...before.selection.sufficiency, ...before.selection.ceiling],
          }
        : null,
      to: {
        id: after.record.id,
        version: after.record.version,
        datasets: [...after.selection.sufficiency, ...after.selection.ceiling],
      },
      prefectures: summarize(before ? prefectureDecisions(before) : [], prefectureDecisions(after)),
      facilities: summarize(before ? facilityDecisions(before, hosts) : [], facilityDecisions(after, hosts)),
    };
  }

  private async hostContexts(): Promise<HostContext[]> {
    const [facilities, designations, spots] = await Promise.all([
      this.dataSource.getRepository(Facility).find({ where: { isHost: true }, order: { facilityCode: 'ASC' } }),
      this.dataSource.getRepository(PhysicianScarceDesignation).find(),
      this.dataSource.getRepository(PhysicianScarceSpot).find(),
    ]);
    const scarce = new Set(designations.filter((designation) => designation.physicianScarce).map((designation) => designation.areaCode));
    const spotKeys = new Set(spots.map((spot) => `${spot.prefectureCode}/${spot.municipality}`));
    return facilities.map((facility) => ({
      facility,
      scarceArea: scarce.has(facility.secondaryMedicalAreaCode),
      scarceSpot: spotKeys.has(`${facility.prefectureCode}/${facility.municipality}`),
    }));
  }
}

function prefectureDecisions(inputs: EngineInputs): EligibilityResult[] {
  const evaluator = evaluatorOf(inputs);
  return inputs.prefectures.flatMap((prefecture) =>
    inputs.specialties.map((specialty) => {
      const result = evaluator.evaluatePrefecture({
        prefectureCode: prefecture.code,
        specialtyCode: specialty.code,
      });
      return {
        ...result,
        key: `${prefecture.code}|${specialty.code}`,
        ruleSetVersion: inputs.record.version,
        datasets: inputs.selection,
        facilityCode: null,
      };
    }),
  );
}

/** A host as it stands today: its area's designation, no nomination yet (the nomination issue adds them). */
function facilityDecisions(inputs: EngineInputs, hosts: HostContext[]): EligibilityResult[] {
  const evaluator = evaluatorOf(inputs);
  return hosts.flatMap(({ facility, scarceArea, scarceSpot }) =>
    inputs.specialties.map((specialty) => {
      const context: FacilityContext = {
        key: `${facility.facilityCode}|${specialty.code}`,
        facilityCode: facility.facilityCode,
        specialtyCode: specialty.code,
        prefectureCode: facility.prefectureCode,
        secondaryAreaCode: facility.secondaryMedicalAreaCode,
        scarceArea,
        scarceSpot,
      };
      return evaluator.evaluate(context);
    }),
  );
}

function summarize(before: EligibilityResult[], after: EligibilityResult[]): DecisionDiffSummary {
  const diff = diffDecisions(before, after);
  const byKey = new Map([...before, ...after].map((result) => [result.key, result]));
  const count = (kind: string) => diff.changes.filter((change) => change.kind === kind).length;
  return {
    gained: count('gained'),
    lost: count('lost'),
    becameUndetermined: count('became-undetermined'),
    changed: count('changed'),
    unchanged: diff.unchanged,
    changes: diff.changes.map((change) => {
      const [first = '', specialtyCode = ''] = change.key.split('|');
      const isFacility = !/^\d{2}$/.test(first);
      const result = byKey.get(change.key);
      return {
        key: change.key,
        prefectureCode: result?.prefectureCode ?? first,
        specialtyCode,
        facilityCode: isFacility ? first : null,
        category: change.categoryCode,
        before: change.before,
        after: change.after,
        kind: change.kind,
      };
    }),
  };
}
