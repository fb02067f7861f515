import { round } from '../../testing/nomination.fixtures';
import { expectedPlacesForm, expectedPlacesRequest } from './expected-places';
import { publishState, returnSubmissionState, sendToSocietiesState } from './round-actions';

const overview = (status: 'draft' | 'submitted' | 'returned') => ({
  prefectureCode: '02',
  status,
  submittedAt: null,
  candidateCount: 1,
  acceptableTotal: 2,
  version: 1,
});

describe('round actions', () => {
  it('sends to societies only while collecting and once a prefecture has submitted', () => {
    expect(sendToSocietiesState(round(), [overview('draft')])).toEqual({ allowed: false, reason: '候補リストを提出した都道府県がまだありません。' });
    expect(sendToSocietiesState(round(), [overview('draft'), overview('submitted')])).toEqual({ allowed: true, reason: null });
    expect(sendToSocietiesState(round({ status: 'reviewing' }), [overview('submitted')]).reason).toBe('候補はすでに学会へ送付済みです。');
  });

  it('publishes only while the societies review', () => {
    expect(publishState(round({ status: 'reviewing' })).allowed).toBe(true);
    expect(publishState(round()).reason).toContain('先に候補を学会へ送付');
    expect(publishState(round({ status: 'published' })).reason).toContain('公表済み');
  });

  it('returns a submitted list, or a draft once the deadline has passed', () => {
    const open = round({ prefectureDeadline: '2027-01-31T14:59:59.000Z' });
    const before = new Date('2027-01-01T00:00:00Z');
    const after = new Date('2027-02-01T00:00:00Z');
    expect(returnSubmissionState(open, overview('submitted'), before).allowed).toBe(true);
    expect(returnSubmissionState(open, overview('draft'), before).allowed).toBe(false);
    expect(returnSubmissionState(open, overview('draft'), after).allowed).toBe(true);
    // Once the societies have the candidates, a draft is frozen: only the JMSB can reopen it.
    expect(returnSubmissionState({ ...open, status: 'reviewing' }, overview('draft'), before).allowed).toBe(true);
    expect(returnSubmissionState(open, overview('returned'), after).allowed).toBe(false);
    expect(returnSubmissionState({ ...open, status: 'published' }, overview('submitted'), before).allowed).toBe(false);
  });
});

describe('expected places', () => {
  it('sends the specialties with a number, with the round version', () => {
    const form = expectedPlacesForm([
      { specialtyCode: 'internal-medicine', expectedPlaces: 100, offered: 2, short: true, byPrefecture: [] },
      { specialtyCode: 'pediatrics', expectedPlaces: null, offered: 0, short: false, byPrefecture: [] },
      { specialtyCode: 'surgery', expectedPlaces: 5, offered: 0, short: true, byPrefecture: [] },
    ]);
    form.controls['surgery']?.setValue(null);
    form.controls['pediatrics']?.setValue(0);

    expect(expectedPlacesRequest(form.getRawValue(), 4)).toEqual({
      places: [
        { specialtyCode: 'internal-medicine', places: 100 },
        { specialtyCode: 'pediatrics', places: 0 },
      ],
      version: 4,
    });
    form.controls['pediatrics']?.setValue(-1);
    expect(form.invalid).toBe(true);
  });
});
