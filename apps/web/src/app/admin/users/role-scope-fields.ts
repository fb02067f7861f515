import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Role } from '@renkei/contract';
import { ROLE_LABELS, ROLE_SCOPE_FIELD } from '../../auth/roles/role-labels';
import { FIELD_MESSAGES } from '../../core/forms/field-messages';
import { SERVER_ERROR, fieldErrorMessage } from '../../core/forms/form-errors';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { FacilitySuggestion, RoleScopeControls } from './role-scope';

/**
 * Role picker (only the roles the signed-in person may grant) and the scope field that role
 * needs: a prefecture, a specialty or a facility id.
 */
@Component({
  selector: 'rk-role-scope-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, MatInputModule, MatAutocompleteModule, LocalizedNamePipe],
  templateUrl: './role-scope-fields.html',
  styles: `
    :host {
      display: contents;
    }

    .role-scope__option-holders {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
      line-height: 1.3;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleScopeFields {
  readonly controls = input.required<RoleScopeControls>();
  readonly roles = input.required<readonly Role[]>();
  readonly facilitySuggestions = input<readonly FacilitySuggestion[]>([]);

  protected readonly reference = inject(ReferenceNamesService).use();
  protected readonly roleLabels = ROLE_LABELS;

  constructor() {
    // The role decides which scope field shows; errors arrive from outside: re-render on any change.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const { role, prefectureCode, specialtyCode, facilityId } = this.controls();
      const subscriptions = [role, prefectureCode, specialtyCode, facilityId].map((control) =>
        control.events.subscribe(() => changeDetector.markForCheck()),
      );
      onCleanup(() => subscriptions.forEach((subscription) => subscription.unsubscribe()));
    });
  }

  /** For pickers, "required" means "choose one". */
  protected choiceError(errors: ValidationErrors | null): string | null {
    return errors?.['required'] && !errors[SERVER_ERROR] ? FIELD_MESSAGES.requiredChoice() : fieldErrorMessage(errors);
  }

  protected facilityError(): string | null {
    const errors = this.controls().facilityId.errors;
    return errors?.['pattern'] && !errors[SERVER_ERROR] ? FIELD_MESSAGES.facilityIdFormat() : fieldErrorMessage(errors);
  }

  protected scopeField(): 'prefectureCode' | 'specialtyCode' | 'facilityId' | null {
    return ROLE_SCOPE_FIELD[this.controls().role.value];
  }
}
