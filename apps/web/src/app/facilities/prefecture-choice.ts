import { computed, inject, Signal, signal } from '@angular/core';
import { AuthService } from '../auth/data-access/auth.service';
import { ReferenceNamesService } from '../shared/data-access/reference-names.service';

export interface PrefectureChoice {
  /** The prefectures the person may pick: every one for the JMSB, their own for a prefectural officer. */
  readonly options: Signal<readonly { code: string; name: string }[]>;
  readonly selected: Signal<string | undefined>;
  select(code: string): void;
}

/** The prefecture a registry page works on (call in an injection context). */
export function prefectureChoice(): PrefectureChoice {
  const auth = inject(AuthService);
  const names = inject(ReferenceNamesService).use();
  const picked = signal<string | undefined>(undefined);
  const options = computed(() => {
    const codes = auth.isJmsb() ? names.prefectures().map((prefecture) => prefecture.code) : auth.prefectureCodes();
    return codes.map((code) => ({ code, name: names.prefectureName(code) }));
  });
  return {
    options,
    selected: computed(() => picked() ?? options()[0]?.code),
    select: (code: string) => picked.set(code),
  };
}
