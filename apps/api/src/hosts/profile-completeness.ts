import { HostProfileContent, ProfileCompleteness } from '@renkei/contract';

/** Every item a resident asks about (DOMAIN §6), as `section.field` paths of the profile. */
export const PROFILE_ITEMS = [
  'nameReading',
  'training.overview',
  'training.departments',
  'training.cases',
  'training.supervisingDoctors',
  'training.patientsPerResident',
  'training.conferencesPerWeek',
  'training.outpatientDaysPerWeek',
  'training.feedbackFrequency',
  'training.residentRoom',
  'training.literatureSearch',
  'training.simulators',
  'training.onCallNightsPerMonth',
  'training.onCallStaffing',
  'training.onCallBackup',
  'training.erVisitsPerMonth',
  'training.ambulancesPerMonth',
  'training.admissionsPerMonth',
  'training.pastExchanges',
  'training.familySupport',
  'training.wellbeingSupport',
  'training.salaryAndWelfare',
  'training.thirdPartyEvaluation',
  'living.dormitory',
  'living.housingAllowanceYen',
  'living.travelAllowance',
  'living.carNeeded',
  'living.licenceNeeded',
  'living.distanceToHospitalKm',
  'living.nightCallSafety',
  'living.childcareNearby',
  'living.schooling',
  'living.relocationSupport',
  'message',
  'contact.name',
  'contact.email',
  'contact.phone',
  'photos',
] as const;

/** Which items are filled in (an answer of "no" or 0 counts as filled; empty text and no photos do not). */
export function profileCompleteness(content: HostProfileContent): ProfileCompleteness {
  const missing = PROFILE_ITEMS.filter((path) => {
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
    return (
      value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
    );
  });
  return { percent: Math.round(((PROFILE_ITEMS.length - missing.length) / PROFILE_ITEMS.length) * 100), missing: [...missing] };
}

export function emptyProfile(): HostProfileContent {
  return { nameReading: null, training: {}, living: {}, message: null, contact: {}, photos: [] };
}
