import { EligibilityStatus, STATUS_LABELS } from './status-labels';

export type StatusPattern = 'none' | 'stripes' | 'dots' | 'outline';

/** How a status looks on the map: colour, plus a symbol and a pattern so colour never carries it alone. */
export interface StatusStyle {
  readonly status: EligibilityStatus;
  readonly label: string;
  /** Shown in the tile and the legend (the marks used in Japanese tables: ○ △ × ?). */
  readonly symbol: string;
  readonly pattern: StatusPattern;
  readonly fill: string;
  /** Text and pattern colour on `fill`. */
  readonly ink: string;
}

/** In legend order: from "can host" to "cannot host", then "the data cannot decide". */
export const STATUS_STYLES: readonly StatusStyle[] = [
  { status: 'eligible', label: STATUS_LABELS.eligible, symbol: '○', pattern: 'none', fill: '#a5d6a7', ink: '#0d3b12' },
  { status: 'conditional', label: STATUS_LABELS.conditional, symbol: '△', pattern: 'stripes', fill: '#ffe082', ink: '#4d3300' },
  { status: 'ineligible', label: STATUS_LABELS.ineligible, symbol: '×', pattern: 'outline', fill: '#ffffff', ink: '#5f2120' },
  { status: 'undetermined', label: STATUS_LABELS.undetermined, symbol: '?', pattern: 'dots', fill: '#d6d6d6', ink: '#1f1f1f' },
];

export function statusStyle(status: EligibilityStatus): StatusStyle {
  const style = STATUS_STYLES.find((item) => item.status === status);
  if (!style) {
    throw new Error(`No map style for status ${status}`);
  }
  return style;
}
