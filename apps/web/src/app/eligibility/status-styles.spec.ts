import { STATUS_LABELS } from './status-labels';
import { STATUS_STYLES, statusStyle } from './status-styles';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('status styles of the map', () => {
  it('has one style per status, with the status text', () => {
    expect(STATUS_STYLES.map((style) => style.status).sort()).toEqual(Object.keys(STATUS_LABELS).sort());
    expect(statusStyle('conditional').label).toBe('条件付き');
    expect(statusStyle('eligible')).toMatchObject({ symbol: '○', pattern: 'none' });
    expect(statusStyle('undetermined')).toMatchObject({ symbol: '?', pattern: 'dots' });
  });

  it('tells statuses apart without colour: distinct symbols and distinct patterns', () => {
    expect(new Set(STATUS_STYLES.map((style) => style.symbol)).size).toBe(STATUS_STYLES.length);
    expect(new Set(STATUS_STYLES.map((style) => style.pattern)).size).toBe(STATUS_STYLES.length);
    expect(new Set(STATUS_STYLES.map((style) => style.fill)).size).toBe(STATUS_STYLES.length);
  });

  it('keeps the text readable on every fill (contrast ≥ 4.5:1)', () => {
    for (const style of STATUS_STYLES) {
      expect({ status: style.status, enough: contrast(style.fill, style.ink) >= 4.5 }).toEqual({ status: style.status, enough: true });
    }
  });
});
