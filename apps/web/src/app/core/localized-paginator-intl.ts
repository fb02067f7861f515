import { Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

/** Angular Material's paginator labels in the UI language. */
@Injectable()
export class LocalizedPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = $localize`:@@paginator.itemsPerPage:1ページの件数`;
  override nextPageLabel = $localize`:@@paginator.next:次のページ`;
  override previousPageLabel = $localize`:@@paginator.previous:前のページ`;
  override firstPageLabel = $localize`:@@paginator.first:最初のページ`;
  override lastPageLabel = $localize`:@@paginator.last:最後のページ`;

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) {
      return $localize`:@@paginator.rangeEmpty:0 件`;
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return $localize`:@@paginator.range:${length}:total: 件中 ${start}:start: – ${end}:end: 件`;
  };
}
