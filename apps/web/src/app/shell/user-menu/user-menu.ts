import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../auth/data-access/auth.service';
import { summarizeRoles } from '../../auth/roles/role-labels';
import { localizedApiError } from '../../core/forms/server-messages';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';

/**
 * The header's account area for a signed-in person: their name and roles, with a menu for their
 * account and signing out. (Loaded lazily by the header: anonymous visitors never need it.)
 */
@Component({
  selector: 'rk-user-menu',
  imports: [MatButtonModule, MatMenuModule, RouterLink],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly names = inject(ReferenceNamesService);

  protected readonly user = this.auth.user;
  protected readonly signingOut = signal(false);
  protected readonly roleSummary = computed(() => {
    const user = this.user();
    if (!user) {
      return '';
    }
    return summarizeRoles(user.roles, this.names, $localize`:@@list.separator:、`);
  });

  constructor() {
    effect(() => {
      if (this.user()) {
        untracked(() => this.names.use());
      }
    });
  }

  protected signOut(): void {
    this.signingOut.set(true);
    this.auth.signOut().subscribe({
      next: () => {
        this.signingOut.set(false);
        void this.router.navigateByUrl('/');
        this.snackBar.open($localize`:@@userMenu.signedOut:サインアウトしました。`, undefined, { duration: 5000 });
      },
      error: (error: unknown) => {
        this.signingOut.set(false);
        this.snackBar.open(localizedApiError(error), $localize`:@@common.close:閉じる`, { duration: 10000 });
      },
    });
  }
}
