import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CompareSelectionService, MAX_COMPARED_HOSTS, SavedHostsService } from '../data-access/stored-host-lists.service';

/** 保存 and 比較に追加 toggles for one host (pressed state in words and aria-pressed, not only in colour). */
@Component({
  selector: 'rk-host-actions',
  imports: [MatButtonModule],
  template: `
    <div class="host-actions">
      <button mat-stroked-button type="button" [attr.aria-pressed]="saved()" (click)="toggleSave()" data-testid="save-host">
        <span class="host-actions__mark" aria-hidden="true">{{ saved() ? '✓' : '+' }}</span>
        <span i18n="@@hostDirectory.action.save">保存</span>
        <span class="rk-visually-hidden">{{ name() }}</span>
      </button>
      <button mat-stroked-button type="button" [attr.aria-pressed]="compared()" (click)="toggleCompare()" data-testid="compare-host">
        <span class="host-actions__mark" aria-hidden="true">{{ compared() ? '✓' : '+' }}</span>
        <span i18n="@@hostDirectory.action.compare">比較に追加</span>
        <span class="rk-visually-hidden">{{ name() }}</span>
      </button>
    </div>
    <p class="host-actions__message" role="status">
      @if (refused()) {
        <span i18n="@@hostDirectory.action.compareFull">比較できるのは {{ max }} 件までです。ほかの施設を外してから追加してください。</span>
      }
    </p>
  `,
  styles: `
    .host-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .host-actions__mark {
      display: inline-block;
      width: 1em;
      margin-right: 4px;
      font-weight: 700;
    }
    [aria-pressed='true'] {
      background: #e8f0fe;
    }
    .host-actions__message {
      margin: 4px 0 0;
      font-size: 0.875rem;
    }
    .host-actions__message:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostActions {
  private readonly savedHosts = inject(SavedHostsService);
  private readonly comparison = inject(CompareSelectionService);
  readonly facilityId = input.required<string>();
  readonly name = input.required<string>();

  protected readonly max = MAX_COMPARED_HOSTS;
  protected readonly saved = computed(() => this.savedHosts.ids().includes(this.facilityId()));
  protected readonly compared = computed(() => this.comparison.ids().includes(this.facilityId()));
  protected readonly refused = signal(false);
  protected toggleSave(): void {
    this.savedHosts.toggle({ facilityId: this.facilityId(), name: this.name() });
  }

  protected toggleCompare(): void {
    this.refused.set(!this.comparison.toggle({ facilityId: this.facilityId(), name: this.name() }));
  }
}
