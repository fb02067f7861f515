import { FacilityResponse } from '@renkei/contract';
import { facilityForm, facilityRequest } from './facility-form';
import { matchesFacility } from './facility-search';

const FACILITY: FacilityResponse = {
  id: 'f1',
  facilityCode: 'SAMPLE-02-1',
  name: '西北五さくら病院',
  kind: 'hospital',
  prefectureCode: '02',
  secondaryMedicalAreaCode: '0204',
  municipality: '五所川原市',
  address: '青森県五所川原市岩木町1',
  bedCount: 250,
  isBase: false,
  isHost: true,
  sample: true,
  physicianScarceArea: true,
  physicianScarceSpot: false,
  version: 3,
};

describe('facility form', () => {
  it('starts from the facility being edited and sends trimmed text', () => {
    const form = facilityForm(FACILITY);
    form.controls.name.setValue('  西北五さくら病院 本院 ');
    expect(facilityRequest(form)).toEqual({
      facilityCode: 'SAMPLE-02-1',
      name: '西北五さくら病院 本院',
      kind: 'hospital',
      secondaryMedicalAreaCode: '0204',
      municipality: '五所川原市',
      address: '青森県五所川原市岩木町1',
      bedCount: 250,
      isBase: false,
      isHost: true,
    });
  });

  it('sends an empty bed count as null and refuses a malformed facility code', () => {
    const form = facilityForm();
    form.controls.bedCount.setValue(null);
    expect(facilityRequest(form).bedCount).toBeNull();
    form.controls.facilityCode.setValue('コード 1');
    expect(form.controls.facilityCode.hasError('pattern')).toBe(true);
    form.controls.facilityCode.setValue('T-0204-1');
    expect(form.controls.facilityCode.valid).toBe(true);
    expect(form.controls.isHost.value).toBe(true);
  });
});

describe('facility filter', () => {
  it('matches code, name, municipality and address, ignoring case and spaces around the query', () => {
    expect(matchesFacility(FACILITY, ' sample-02 ')).toBe(true);
    expect(matchesFacility(FACILITY, 'さくら')).toBe(true);
    expect(matchesFacility(FACILITY, '五所川原')).toBe(true);
    expect(matchesFacility(FACILITY, '弘前')).toBe(false);
    expect(matchesFacility(FACILITY, '')).toBe(true);
  });
});
