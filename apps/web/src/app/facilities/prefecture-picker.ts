import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PrefectureChoice } from './prefecture-choice';

/** Picks the prefecture a page works on; shown only to people who may work on more than one. */
@Component({
  selector: 'rk-prefecture-picker',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    @if (choice().options().length > 1) {
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@facilities.prefecture">都道府県</mat-label>
        <mat-select [value]="choice().selected()" (selectionChange)="choice().select($event.value)">
          @for (option of choice().options(); track option.code) {
            <mat-option [value]="option.code">{{ option.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrefecturePicker {
  readonly choice = input.required<PrefectureChoice>();
}
