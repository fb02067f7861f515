import { ChangeDetectionStrategy, Component, LOCALE_ID, inject, input } from '@angular/core';
import { CandidateResponse } from '@renkei/contract';
import { toAppLocale } from '../../core/locale/app-locales';
import { formatPeriods } from '../nomination-labels';

/** A candidate row's facts: facility, capacity, periods, contact, reason — shared by the prefecture's list and the society's review. */
@Component({
  selector: 'rk-candidate-facts',
  template: `
    @let row = candidate();
    <dl class="candidate-facts">
      <div>
        <dt i18n="@@nominations.col.facilityCode">施設管理コード</dt>
        <dd class="rk-code">{{ row.facility.facilityCode }}</dd>
      </div>
      <div>
        <dt i18n="@@nominations.col.address">住所</dt>
        <dd>
          {{ row.facility.address }}
          @if (row.facility.physicianScarceArea || row.facility.physicianScarceSpot) {
            <span i18n="@@nominations.col.inScarce">（医師少数区域・スポット）</span>
          }
        </dd>
      </div>
      @if (showBeds()) {
        <div>
          <dt i18n="@@review.beds">病床数</dt>
          <dd>{{ row.facility.bedCount ?? '—' }}</dd>
        </div>
      }
      <div>
        <dt i18n="@@nominations.field.acceptableNumber">受入可能数（年間）</dt>
        <dd>{{ row.acceptableNumber ?? '—' }}</dd>
      </div>
      <div>
        <dt i18n="@@nominations.field.acceptablePeriods">受入可能時期</dt>
        <dd>{{ periods(row) }}</dd>
      </div>
      <div>
        <dt i18n="@@nominations.field.contactName">担当者</dt>
        <dd>{{ row.contactName || '—' }} {{ row.contactEmail ?? '' }} {{ row.contactPhone }}</dd>
      </div>
      @if (row.reasonOutsideScarce) {
        <div>
          <dt i18n="@@nominations.field.reasonOutsideScarce">医師少数区域・スポット外の推薦理由</dt>
          <dd>{{ row.reasonOutsideScarce }}</dd>
        </div>
      }
      @if (showConsultations()) {
        <div>
          <dt i18n="@@nominations.col.consulted">協議</dt>
          <dd>
            @if (row.councilConsultedOn) {
              <span i18n="@@nominations.col.council">地域医療対策協議会 {{ row.councilConsultedOn }} {{ row.councilNote }}</span>
            }
            @if (row.universityConsultedOn) {
              <span i18n="@@nominations.col.university">大学 {{ row.universityConsultedOn }} {{ row.universityNote }}</span>
            }
            @if (!row.councilConsultedOn && !row.universityConsultedOn) {
              —
            }
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .candidate-facts {
      margin: 0;

      div {
        display: grid;
        grid-template-columns: 10em 1fr;
        gap: 8px;
      }

      dt {
        color: #4a4f57;
      }

      dd {
        margin: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateFactsView {
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  readonly candidate = input.required<CandidateResponse>();
  /** The society judges the facility too: show its beds. */
  readonly showBeds = input(false);
  /** The prefecture's own record of consulting the council and universities. */
  readonly showConsultations = input(false);

  protected periods(row: CandidateResponse): string {
    return formatPeriods(row.acceptablePeriods, this.locale);
  }
}
