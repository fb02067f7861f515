import { ChangeDetectionStrategy, Component, LOCALE_ID, inject, input } from '@angular/core';
import { CandidateEligibility } from '@renkei/contract';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { STATUS_LABELS } from '../../eligibility/status-labels';
import { problemText } from '../nomination-labels';

/** A row's live eligibility: each category's status with its reasons, then what still blocks it. */
@Component({
  selector: 'rk-candidate-eligibility',
  imports: [LocalizedNamePipe],
  template: `
    <ul class="eligibility__categories">
      @for (result of eligibility().results; track result.category) {
        <li [attr.data-category]="result.category">
          <span class="eligibility__category">{{ result.label }} {{ result | localizedName }}:</span>
          <span class="rk-chip eligibility__status" [attr.data-status]="result.status">{{ statusLabels[result.status] }}</span>
          @if (showReasons()) {
            <ul class="eligibility__reasons">
              @for (reason of result.reasons; track $index) {
                <li>{{ locale === 'en' ? reason.messageEn : reason.messageJa }}</li>
              }
            </ul>
          }
        </li>
      }
    </ul>
    @if (eligibility().problems.length > 0) {
      <div class="eligibility__problems" data-testid="problems">
        <p class="eligibility__problems-title" i18n="@@nominations.eligibility.problems">提出できない理由:</p>
        <ul>
          @for (problem of eligibility().problems; track problem.code + (problem.field ?? '')) {
            <li>{{ text(problem) }}</li>
          }
        </ul>
      </div>
    } @else {
      <p class="eligibility__ready" i18n="@@nominations.eligibility.ready">提出できます</p>
    }
  `,
  styles: `
    :host {
      display: block;
      font-size: 0.875rem;
    }
    ul {
      margin: 0;
      padding-left: 1.1em;
    }
    .eligibility__categories {
      list-style: none;
      padding: 0;
    }
    .eligibility__status[data-status='eligible'] {
      background: #e3f2e6;
    }
    .eligibility__status[data-status='ineligible'] {
      background: #fde7e9;
    }
    .eligibility__status[data-status='conditional'] {
      background: #fff4d6;
    }
    .eligibility__reasons {
      color: #4a4f57;
    }
    .eligibility__problems {
      margin-top: 4px;
      color: #9a1c25;
    }
    .eligibility__problems-title,
    .eligibility__ready {
      margin: 4px 0 0;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateEligibilityView {
  readonly eligibility = input.required<CandidateEligibility>();
  readonly showReasons = input(true);
  protected readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly statusLabels = STATUS_LABELS;

  protected text(problem: CandidateEligibility['problems'][number]): string {
    return problemText(problem, this.locale);
  }
}
