import { TestBed } from '@angular/core/testing';
import { CompareSelectionService, SavedHostsService } from './stored-host-lists.service';

const host = (n: number) => ({ facilityId: `id-${n}`, name: `病院 ${n}` });

describe('SavedHostsService', () => {
  beforeEach(() => localStorage.clear());

  it('saves and unsaves a host, and keeps the list in localStorage for the next visit', () => {
    const saved = TestBed.inject(SavedHostsService);
    saved.toggle(host(1));
    saved.toggle(host(2));
    expect(saved.ids()).toEqual(['id-1', 'id-2']);
    expect(JSON.parse(localStorage.getItem('renkei.savedHosts') ?? '[]')).toEqual([host(1), host(2)]);

    saved.toggle(host(1));
    expect(saved.has('id-1')).toBe(false);
    saved.remove('id-2');
    expect(saved.hosts()).toEqual([]);
  });

  it('reads what an earlier visit stored and ignores damaged entries', () => {
    localStorage.setItem('renkei.savedHosts', JSON.stringify([host(3), { facilityId: 4 }, 'x']));
    expect(TestBed.inject(SavedHostsService).hosts()).toEqual([host(3)]);
  });

  it('starts empty when the stored value is not JSON', () => {
    localStorage.setItem('renkei.savedHosts', '{');
    expect(TestBed.inject(SavedHostsService).hosts()).toEqual([]);
  });
});

describe('CompareSelectionService', () => {
  beforeEach(() => sessionStorage.clear());

  it('takes at most 4 hosts and refuses a fifth', () => {
    const selection = TestBed.inject(CompareSelectionService);
    for (const n of [1, 2, 3, 4]) {
      expect(selection.toggle(host(n))).toBe(true);
    }
    expect(selection.full()).toBe(true);
    expect(selection.toggle(host(5))).toBe(false);
    expect(selection.ids()).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
    expect(selection.queryParams()).toEqual({ ids: 'id-1,id-2,id-3,id-4' });

    selection.toggle(host(2));
    expect(selection.toggle(host(5))).toBe(true);
    expect(selection.ids()).toEqual(['id-1', 'id-3', 'id-4', 'id-5']);
    expect(JSON.parse(sessionStorage.getItem('renkei.comparedHosts') ?? '[]')).toHaveLength(4);
  });
});
