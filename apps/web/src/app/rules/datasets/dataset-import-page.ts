import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { ImportKind } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { RulesService } from '../data-access/rules.service';
import { FileImport, ImportCommitted } from '../../shared/import/file-import';
import { ImportField } from '../../shared/import/import-fields';

type DatasetKind = Extract<ImportKind, 'sufficiency-dataset' | 'ceiling-dataset'>;

const HEADER_FIELDS: readonly ImportField[] = [
  {
    name: 'code',
    label: $localize`:@@datasetImport.code:データセットのコード`,
    hint: $localize`:@@datasetImport.codeHint:英数字・ドット・ハイフン・下線（例: 2024）。既存のコードと同じ数値なら何も変わりません。`,
    required: true,
    maxLength: 40,
  },
  { name: 'nameJa', label: $localize`:@@datasetImport.nameJa:名称（日本語）`, required: true, maxLength: 200 },
  { name: 'nameEn', label: $localize`:@@datasetImport.nameEn:名称（英語）`, required: true, maxLength: 200 },
  { name: 'sourceNote', label: $localize`:@@datasetImport.sourceNote:出典`, required: true, maxLength: 2000, multiline: true },
];

/** What each dataset kind's import asks for: its fields and the file's columns (as the API checks them). */
export const DATASET_IMPORTS: Record<DatasetKind, { label: string; fields: readonly ImportField[]; columns: readonly string[] }> = {
  'sufficiency-dataset': {
    label: $localize`:@@datasetImport.kindSufficiency:足下充足率`,
    fields: [
      ...HEADER_FIELDS,
      {
        name: 'unlistedAbove',
        label: $localize`:@@datasetImport.unlistedAbove:一覧にない都道府県の充足率（この値より大きい）`,
        hint: $localize`:@@datasetImport.unlistedAboveHint:任意。例: 0.8（ファイルが 0.8 以下の都道府県だけを載せている場合）`,
        required: false,
        maxLength: 10,
      },
    ],
    columns: ['specialty_code', 'prefecture_code', 'ratio', 'ratio_lower_bound', 'ratio_upper_bound'],
  },
  'ceiling-dataset': {
    label: $localize`:@@datasetImport.kindCeiling:シーリング`,
    fields: HEADER_FIELDS,
    columns: ['recruitment_year', 'specialty_code', 'prefecture_code', 'under_ceiling', 'cap'],
  },
};

/**
 * Imports a sufficiency or ceiling dataset from a file; once it is in, offers to create a rule set
 * draft (from each year's active version) that reads the new dataset.
 */
@Component({
  selector: 'rk-dataset-import-page',
  imports: [MatRadioModule, RouterLink, FileImport],
  templateUrl: './dataset-import-page.html',
  styleUrl: '../rules-feature.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetImportPage {
  private readonly ruleSets = inject(RulesService).ruleSets();

  protected readonly kinds = Object.keys(DATASET_IMPORTS) as DatasetKind[];
  protected readonly imports = DATASET_IMPORTS;
  protected readonly kind = signal<DatasetKind>('sufficiency-dataset');
  protected readonly imported = signal<{ kind: DatasetKind; code: string } | null>(null);
  protected readonly activeVersions = computed(() =>
    (loadedValue(this.ruleSets) ?? []).filter((ruleSet) => ruleSet.status === 'active').sort((a, b) => b.recruitmentYear - a.recruitmentYear),
  );
  /** Query parameters of the draft page: the new dataset, under its kind. */
  protected readonly draftQuery = computed(() => {
    const imported = this.imported();
    return imported ? { [imported.kind === 'sufficiency-dataset' ? 'sufficiency' : 'ceiling']: imported.code } : {};
  });

  protected choose(kind: DatasetKind): void {
    this.kind.set(kind);
    this.imported.set(null);
  }

  protected onCommitted(event: ImportCommitted): void {
    this.imported.set({ kind: this.kind(), code: event.fields['code'] ?? '' });
  }

  protected draftLabel(year: number, version: number): string {
    return $localize`:@@datasetImport.draftLink:${year}:year: 年度募集（有効な第 ${version}:version: 版）をもとに下書きを作成`;
  }
}
