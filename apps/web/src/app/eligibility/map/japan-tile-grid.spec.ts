import { JAPAN_TILE_GRID, TILE_GRID_COLUMNS, TILE_GRID_ROWS } from './japan-tile-grid';

describe('JAPAN_TILE_GRID', () => {
  const codes = JAPAN_TILE_GRID.map((cell) => cell.code);

  it('has every prefecture 01–47 exactly once', () => {
    expect(codes).toHaveLength(47);
    expect([...codes].sort()).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('puts no two prefectures in the same cell', () => {
    const cells = new Set(JAPAN_TILE_GRID.map((cell) => `${cell.column},${cell.row}`));
    expect(cells.size).toBe(JAPAN_TILE_GRID.length);
  });

  it('keeps every cell inside the grid', () => {
    for (const cell of JAPAN_TILE_GRID) {
      expect(Number.isInteger(cell.column) && cell.column >= 0 && cell.column < TILE_GRID_COLUMNS).toBe(true);
      expect(Number.isInteger(cell.row) && cell.row >= 0 && cell.row < TILE_GRID_ROWS).toBe(true);
    }
    expect([TILE_GRID_COLUMNS, TILE_GRID_ROWS]).toEqual([13, 10]);
  });

  it('keeps the conventional order: Hokkaido top right, Okinawa bottom left, Tokyo between Saitama and Chiba', () => {
    const at = (code: string) => JAPAN_TILE_GRID.find((cell) => cell.code === code);
    expect(at('01')).toMatchObject({ column: 12, row: 0 });
    expect(at('47')).toMatchObject({ column: 0, row: 9 });
    expect(at('13')?.column).toBeGreaterThan(at('11')?.column ?? 99);
    expect(at('13')?.column).toBeLessThan(at('12')?.column ?? -1);
  });
});
