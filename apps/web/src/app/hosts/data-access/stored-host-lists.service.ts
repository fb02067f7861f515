import { Injectable, Signal, WritableSignal, computed, signal } from '@angular/core';

/** What the saved list shows without asking the API again. */
export interface HostRef {
  facilityId: string;
  name: string;
}

const STORAGE_KEY = 'renkei.savedHosts';

function read(storage: Storage | undefined, key: string): HostRef[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(value)
      ? value.filter((item): item is HostRef => typeof item?.facilityId === 'string' && typeof item?.name === 'string')
      : [];
  } catch {
    return [];
  }
}

function storageOf(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    // Storage can be switched off in the browser: the lists then last as long as the page.
    return undefined;
  }
}

/** A list of hosts kept in the browser's storage (no account needed). */
abstract class StoredHostList {
  private readonly storage: Storage | undefined;
  private readonly items: WritableSignal<HostRef[]>;
  readonly hosts: Signal<HostRef[]>;
  readonly ids = computed(() => this.hosts().map((host) => host.facilityId));

  protected constructor(
    kind: 'localStorage' | 'sessionStorage',
    private readonly key: string,
  ) {
    this.storage = storageOf(kind);
    this.items = signal<HostRef[]>(read(this.storage, key));
    this.hosts = this.items.asReadonly();
  }

  has(facilityId: string): boolean {
    return this.hosts().some((host) => host.facilityId === facilityId);
  }

  remove(facilityId: string): void {
    this.write(this.hosts().filter((host) => host.facilityId !== facilityId));
  }

  protected write(hosts: HostRef[]): void {
    this.items.set(hosts);
    try {
      this.storage?.setItem(this.key, JSON.stringify(hosts));
    } catch {
      // Full or switched off: keep the in-memory list.
    }
  }
}

/** The visitor's saved hosts, kept in localStorage across visits. */
@Injectable({ providedIn: 'root' })
export class SavedHostsService extends StoredHostList {
  constructor() {
    super('localStorage', STORAGE_KEY);
  }

  toggle(host: HostRef): void {
    this.write(this.has(host.facilityId) ? this.hosts().filter((item) => item.facilityId !== host.facilityId) : [...this.hosts(), host]);
  }
}

export const MAX_COMPARED_HOSTS = 4;

/** The hosts picked for comparison (at most 4), for this browser tab (sessionStorage). */
@Injectable({ providedIn: 'root' })
export class CompareSelectionService extends StoredHostList {
  readonly full = computed(() => this.hosts().length >= MAX_COMPARED_HOSTS);

  constructor() {
    super('sessionStorage', 'renkei.comparedHosts');
  }

  /** Adds or removes a host; returns false when adding would exceed the maximum. */
  toggle(host: HostRef): boolean {
    if (this.has(host.facilityId)) {
      this.remove(host.facilityId);
      return true;
    }
    if (this.full()) {
      return false;
    }
    this.write([...this.hosts(), host]);
    return true;
  }

  /** Makes the selection what a comparison URL lists (names as far as known). */
  replace(hosts: HostRef[]): void {
    this.write(hosts.slice(0, MAX_COMPARED_HOSTS));
  }

  /** The comparison page's query parameters. */
  queryParams(): { ids: string } {
    return { ids: this.ids().join(',') };
  }
}
