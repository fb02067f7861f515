import { FormControl, FormRecord, Validators } from '@angular/forms';
import { CapacityRow, ExpectedPlacesRequest } from '@renkei/contract';

export type ExpectedPlacesForm = FormRecord<FormControl<number | null>>;

/** One control per specialty, holding the places entered so far (empty = not entered). */
export function expectedPlacesForm(capacity: readonly CapacityRow[]): ExpectedPlacesForm {
  const form: ExpectedPlacesForm = new FormRecord<FormControl<number | null>>({});
  for (const row of capacity) {
    form.addControl(row.specialtyCode, new FormControl<number | null>(row.expectedPlaces, [Validators.min(0), Validators.max(100000)]));
  }
  return form;
}

/** The request: specialties with a number entered (an emptied field removes that specialty's target). */
export function expectedPlacesRequest(value: Partial<Record<string, number | null>>, version: number): ExpectedPlacesRequest {
  const places = Object.entries(value)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]))
    .map(([specialtyCode, count]) => ({ specialtyCode, places: Math.trunc(count) }));
  return { places, version };
}
