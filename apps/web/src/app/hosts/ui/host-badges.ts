import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DirectoryLivingFlags } from '@renkei/contract';

/** The facts residents filter by, as words (the chip's colour only groups them). */
@Component({
  selector: 'rk-host-badges',
  template: `
    <ul class="host-badges" aria-label="特徴" i18n-aria-label="@@hostDirectory.badges.label">
      @if (host().physicianScarceArea) {
        <li class="host-badge host-badge--scarce" i18n="@@hostDirectory.badge.scarceArea">医師少数区域</li>
      }
      @if (host().physicianScarceSpot) {
        <li class="host-badge host-badge--scarce" i18n="@@hostDirectory.badge.scarceSpot">医師少数スポット</li>
      }
      @if (host().living?.dormitory) {
        <li class="host-badge" i18n="@@hostDirectory.badge.dormitory">寮あり</li>
      }
      @if (host().living?.carNotNeeded) {
        <li class="host-badge" i18n="@@hostDirectory.badge.carNotNeeded">車不要</li>
      }
      @if (host().living?.childcareNearby) {
        <li class="host-badge" i18n="@@hostDirectory.badge.childcare">保育</li>
      }
      @if (host().sample) {
        <li class="host-badge host-badge--sample" i18n="@@nominations.sample">サンプル</li>
      }
    </ul>
  `,
  styles: `
    .host-badges {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .host-badge {
      padding: 2px 10px;
      border: 1px solid #5f6368;
      border-radius: 999px;
      color: #1f1f1f;
      background: #f1f3f4;
      font-size: 0.8125rem;
      line-height: 1.5;
    }
    .host-badge--scarce {
      border-color: #0b57d0;
      color: #0842a0;
      background: #e8f0fe;
      font-weight: 700;
    }
    .host-badge--sample {
      border-style: dashed;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostBadges {
  readonly host = input.required<{
    physicianScarceArea: boolean;
    physicianScarceSpot: boolean;
    sample: boolean;
    living?: Pick<DirectoryLivingFlags, 'dormitory' | 'carNotNeeded' | 'childcareNearby'> | null;
  }>();
}
