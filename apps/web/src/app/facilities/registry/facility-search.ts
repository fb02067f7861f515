import { FacilityResponse } from '@renkei/contract';

/** Whether a facility matches the filter text (code, name, municipality or address; case-insensitive). */
export function matchesFacility(facility: FacilityResponse, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) {
    return true;
  }
  return [facility.facilityCode, facility.name, facility.municipality, facility.address].some((text) => text.toLowerCase().includes(needle));
}
