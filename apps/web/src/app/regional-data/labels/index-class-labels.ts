import { IndexClass } from '@renkei/contract';

/** Class of a prefecture by its physician distribution index (医師多数県 / 中間 / 医師少数県). */
export const PREFECTURE_CLASS_LABELS: Readonly<Record<IndexClass, string>> = {
  many: $localize`:@@indexClass.prefecture.many:医師多数県`,
  middle: $localize`:@@indexClass.prefecture.middle:中間`,
  few: $localize`:@@indexClass.prefecture.few:医師少数県`,
};

/**
 * Class of a secondary medical area by its index. Kept apart from the physician-scarce
 * designation, which the prefecture decides.
 */
export const AREA_CLASS_LABELS: Readonly<Record<IndexClass, string>> = {
  many: $localize`:@@indexClass.area.many:医師多数`,
  middle: $localize`:@@indexClass.area.middle:中間`,
  few: $localize`:@@indexClass.area.few:医師少数`,
};

/** Published tercile thresholds of the 2024 index, for explanations. */
export const PREFECTURE_INDEX_THRESHOLDS = { many: 266.9, few: 228.0 } as const;
export const AREA_INDEX_THRESHOLDS = { many: 217.6, few: 179.3 } as const;
