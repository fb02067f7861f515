/** One prefecture's cell in the tile-grid map: column and row counted from the top left. */
export interface TileCell {
  readonly code: string;
  readonly column: number;
  readonly row: number;
}

/**
 * A tile-grid map of Japan (タイルグリッドマップ): every prefecture is one equal square at its
 * conventional place, so small prefectures (Tokyo, Kagawa) are as easy to see and to click as
 * Hokkaido. Neighbours touch where they can; Okinawa sits apart, south-west of Kyushu.
 */
export const JAPAN_TILE_GRID: readonly TileCell[] = [
  { code: '01', column: 12, row: 0 },
  { code: '02', column: 12, row: 1 },
  { code: '05', column: 11, row: 2 },
  { code: '03', column: 12, row: 2 },
  { code: '06', column: 11, row: 3 },
  { code: '04', column: 12, row: 3 },
  { code: '18', column: 7, row: 4 },
  { code: '17', column: 8, row: 4 },
  { code: '16', column: 9, row: 4 },
  { code: '15', column: 10, row: 4 },
  { code: '07', column: 11, row: 4 },
  { code: '32', column: 3, row: 5 },
  { code: '31', column: 4, row: 5 },
  { code: '28', column: 5, row: 5 },
  { code: '26', column: 6, row: 5 },
  { code: '25', column: 7, row: 5 },
  { code: '21', column: 8, row: 5 },
  { code: '20', column: 9, row: 5 },
  { code: '10', column: 10, row: 5 },
  { code: '09', column: 11, row: 5 },
  { code: '08', column: 12, row: 5 },
  { code: '41', column: 0, row: 6 },
  { code: '40', column: 1, row: 6 },
  { code: '35', column: 2, row: 6 },
  { code: '34', column: 3, row: 6 },
  { code: '33', column: 4, row: 6 },
  { code: '27', column: 5, row: 6 },
  { code: '29', column: 6, row: 6 },
  { code: '24', column: 7, row: 6 },
  { code: '23', column: 8, row: 6 },
  { code: '19', column: 9, row: 6 },
  { code: '11', column: 10, row: 6 },
  { code: '13', column: 11, row: 6 },
  { code: '12', column: 12, row: 6 },
  { code: '42', column: 0, row: 7 },
  { code: '43', column: 1, row: 7 },
  { code: '44', column: 2, row: 7 },
  { code: '38', column: 3, row: 7 },
  { code: '37', column: 4, row: 7 },
  { code: '36', column: 5, row: 7 },
  { code: '30', column: 6, row: 7 },
  { code: '22', column: 9, row: 7 },
  { code: '14', column: 10, row: 7 },
  { code: '46', column: 1, row: 8 },
  { code: '45', column: 2, row: 8 },
  { code: '39', column: 4, row: 8 },
  { code: '47', column: 0, row: 9 },
];

export const TILE_GRID_COLUMNS = Math.max(...JAPAN_TILE_GRID.map((cell) => cell.column)) + 1;
export const TILE_GRID_ROWS = Math.max(...JAPAN_TILE_GRID.map((cell) => cell.row)) + 1;
