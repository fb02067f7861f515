import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { UserSummaryResponse } from '@renkei/contract';
import { Observable, filter } from 'rxjs';
import { AuthService } from '../../auth/data-access/auth.service';
import { describeAssignment } from '../../auth/roles/role-labels';
import { localizedApiError } from '../../core/forms/server-messages';
import { joinList } from '../../core/locale/list-format';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { RequestState } from '../../shared/ui/request-state';
import { AddRoleDialog, AddRoleDialogData } from './add-role-dialog';
import { UsersService } from './data-access/users.service';
import { InviteForm } from './invite-form';
import { facilitySuggestions, grantableRoles } from './role-scope';

type UserRole = UserSummaryResponse['roles'][number];

/**
 * `/admin/users`: the people the signed-in officer manages (JMSB: everyone; prefecture: facility
 * users of its prefecture), with their roles and status; invite, add or remove a role, deactivate.
 */
@Component({
  selector: 'rk-users-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, JstPipe, AutoFocus, RequestState, InviteForm],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly usersService = inject(UsersService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly names = inject(ReferenceNamesService).use();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly users = this.usersService.users();
  protected readonly isJmsb = this.auth.isJmsb;
  protected readonly grantable = computed(() => grantableRoles(this.auth.isJmsb(), this.auth.hasRole('prefecture')));
  protected readonly myEmail = computed(() => this.auth.user()?.email);
  protected readonly prefectureNames = computed(() => joinList(this.auth.prefectureCodes().map((code) => this.names.prefectureName(code))));

  protected readonly query = signal('');
  private readonly all = computed(() => loadedValue(this.users) ?? []);
  protected readonly suggestions = computed(() => facilitySuggestions(this.all()));
  protected readonly rows = computed(() => {
    const query = this.query().trim().toLowerCase();
    return this.all()
      .filter((user) => !query || user.email.includes(query) || user.displayName.toLowerCase().includes(query))
      .map((user) => ({
        user,
        roles: user.roles.map((assignment) => ({ assignment, label: describeAssignment(assignment, this.names) })),
        status: !user.active ? ('inactive' as const) : user.invitationPending ? ('pending' as const) : ('active' as const),
        isMe: user.email === this.myEmail(),
      }));
  });
  protected readonly inviteOpen = signal(false);
  /** The user an action is running for (their buttons are disabled meanwhile). */
  protected readonly busyUserId = signal<string | null>(null);

  protected onQuery(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  /** Accessible names that start with the visible label and say whom the button is for. */
  protected addRoleLabel(name: string): string {
    return $localize`:@@users.addRoleLabel:役割を追加（${name}:name: さん）`;
  }

  protected deactivateLabel(name: string): string {
    return $localize`:@@users.deactivateLabel:無効にする（${name}:name: さん）`;
  }

  protected removeRoleLabel(role: string, name: string): string {
    return $localize`:@@users.removeRoleLabel:削除（${name}:name: さんの${role}:role:）`;
  }

  protected toggleInvite(): void {
    const open = !this.inviteOpen();
    this.inviteOpen.set(open);
    if (open) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#invite-title')?.focus(), { injector: this.injector });
    }
  }

  protected onInvited(): void {
    this.users.reload();
  }

  protected addRole(user: UserSummaryResponse): void {
    const data: AddRoleDialogData = { user, roles: this.grantable(), facilitySuggestions: this.suggestions() };
    this.dialog
      .open<AddRoleDialog, AddRoleDialogData, UserSummaryResponse>(AddRoleDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((updated): updated is UserSummaryResponse => updated !== undefined))
      .subscribe((updated) => {
        this.replace(updated);
        this.announce($localize`:@@users.roleAdded:役割を追加しました。`);
      });
  }

  protected removeRole(user: UserSummaryResponse, assignment: UserRole, label: string): void {
    const name = user.displayName;
    this.confirm({
      title: $localize`:@@users.removeRoleTitle:役割を削除しますか？`,
      message: $localize`:@@users.removeRoleMessage:${name}:name: さんから「${label}:role:」の役割を削除します。`,
      confirmLabel: $localize`:@@users.removeRoleConfirm:削除する`,
      destructive: true,
    }).subscribe(() => {
      this.run(user, this.usersService.removeRole(user.id, assignment.id), $localize`:@@users.roleRemoved:役割を削除しました。`);
    });
  }

  protected deactivate(user: UserSummaryResponse): void {
    const name = user.displayName;
    const email = user.email;
    this.confirm({
      title: $localize`:@@users.deactivateTitle:アカウントを無効にしますか？`,
      message: $localize`:@@users.deactivateMessage:${name}:name: さん（${email}:email:）はサインインできなくなり、サインイン中のセッションもすぐに終了します。無効にしたアカウントは後で再び有効にできます。`,
      confirmLabel: $localize`:@@users.deactivateConfirm:無効にする`,
      destructive: true,
    }).subscribe(() => {
      this.run(user, this.usersService.deactivate(user.id), $localize`:@@users.deactivated:アカウントを無効にしました。`);
    });
  }

  protected reactivate(user: UserSummaryResponse): void {
    this.run(user, this.usersService.reactivate(user.id), $localize`:@@users.reactivated:アカウントを再び有効にしました。`);
  }

  protected resendInvitation(user: UserSummaryResponse): void {
    this.busyUserId.set(user.id);
    this.usersService.resendInvitation(user.id).subscribe({
      next: () => {
        this.busyUserId.set(null);
        this.announce($localize`:@@users.invitationResent:招待メールを再送しました。以前のリンクは使えなくなります。`);
      },
      error: (error: unknown) => {
        this.busyUserId.set(null);
        this.snackBar.open(localizedApiError(error), $localize`:@@common.close:閉じる`, { duration: 10000 });
      },
    });
  }

  protected reactivateLabel(name: string): string {
    return $localize`:@@users.reactivateLabel:再び有効にする（${name}:name: さん）`;
  }

  protected resendLabel(name: string): string {
    return $localize`:@@users.resendLabel:招待を再送（${name}:name: さん）`;
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  private run(user: UserSummaryResponse, request: Observable<UserSummaryResponse>, done: string): void {
    this.busyUserId.set(user.id);
    request.subscribe({
      next: (updated) => {
        this.busyUserId.set(null);
        this.replace(updated);
        this.announce(done);
      },
      error: (error: unknown) => {
        this.busyUserId.set(null);
        this.snackBar.open(localizedApiError(error), $localize`:@@common.close:閉じる`, { duration: 10000 });
      },
    });
  }

  private replace(updated: UserSummaryResponse): void {
    this.users.update((users) => users?.map((user) => (user.id === updated.id ? updated : user)));
  }

  private announce(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
