import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { Role, UserSummaryResponse } from '@renkei/contract';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { UsersService } from './data-access/users.service';
import { FacilitySuggestion, roleScopeControls, roleScopeRequest } from './role-scope';
import { RoleScopeFields } from './role-scope-fields';

export interface AddRoleDialogData {
  user: UserSummaryResponse;
  roles: readonly Role[];
  facilitySuggestions: readonly FacilitySuggestion[];
}

/** Gives a user another role (`POST /api/users/:id/roles`); closes with the updated user. */
@Component({
  selector: 'rk-add-role-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, FormAlert, RoleScopeFields],
  template: `
    <h2 mat-dialog-title i18n="@@addRole.title">役割を追加</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="rk-form">
        <p class="rk-form-note" i18n="@@addRole.for">{{ data.user.displayName }}（{{ data.user.email }}）に役割を追加します。</p>
        <rk-role-scope-fields [controls]="scope" [roles]="data.roles" [facilitySuggestions]="data.facilitySuggestions" />
        <rk-form-alert [message]="formMessage()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@common.cancel">キャンセル</button>
        <button mat-flat-button type="submit" [disabled]="pending()" i18n="@@addRole.submit">追加する</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-dialog-content {
      min-width: min(480px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddRoleDialog {
  protected readonly data = inject<AddRoleDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<AddRoleDialog, UserSummaryResponse>>(MatDialogRef);
  private readonly usersService = inject(UsersService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly scope = roleScopeControls(this.data.roles[0] ?? 'host-facility');
  protected readonly form = new FormGroup({ ...this.scope });
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    this.usersService.addRole(this.data.user.id, roleScopeRequest(this.scope)).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error);
        this.formMessage.set(outcome.formMessage);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
