import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { HOST_PHOTO_CONTENT_TYPES, HOST_PHOTO_MAX_BYTES, HostPlaceResponse, HostProfileResponse } from '@renkei/contract';
import { Observable, filter, of, switchMap } from 'rxjs';
import { AuthService } from '../../auth/data-access/auth.service';
import { httpStatusOf } from '../../core/api-error';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { localizedApiError } from '../../core/forms/server-messages';
import { toAppLocale } from '../../core/locale/app-locales';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { formatPeriods } from '../../nominations/nomination-labels';
import { CommentDialog, CommentDialogData } from '../../nominations/ui/comment-dialog';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { HostProfilesService } from '../data-access/host-profiles.service';
import { PlaceDialog, PlaceDialogData } from '../places/place-dialog';
import { CATEGORY_LABELS, PROFILE_STATUS_LABELS } from '../profile-labels';
import { profileErrorMessage } from './profile-errors';
import { PROFILE_SECTIONS, ProfileField, fieldId, fieldLabel } from './profile-fields';
import { FieldValue, MAX_HOST_PHOTOS, ProfileForm, changedItems, photoForm, profileContent, profileFieldMessage, profileForm } from './profile-form';

type Message = { kind: 'error' | 'success' | 'info'; text: string } | null;

/**
 * A host's profile: the draft's every item (training, living, message, contact), photos, the acceptable
 * number and periods per specialty, completeness, save and submit. For the facility's prefecture
 * also approve and return. Read-only while the prefecture reviews it.
 */
@Component({
  selector: 'rk-profile-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatProgressBarModule,
    JstPipe,
    AutoFocus,
    FormAlert,
    RequestState,
  ],
  templateUrl: './profile-editor.html',
  styleUrl: './profile-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileEditor {
  private readonly profiles = inject(HostProfilesService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly names = inject(ReferenceNamesService).use();

  readonly facilityId = input.required<string>();

  protected readonly resource = this.profiles.profile(() => this.facilityId());
  protected readonly profile = computed(() => loadedValue(this.resource));
  /** The draft as loaded or saved: changes to the places alone keep it (and so the form's unsaved edits). */
  private readonly draft = computed(
    () => {
      const profile = this.profile();
      return profile ? { content: profile.draft, status: profile.status, version: profile.version } : null;
    },
    { equal: (a, b) => a?.content === b?.content && a?.status === b?.status && a?.version === b?.version },
  );
  /** A fresh form for every loaded or saved version of the draft; disabled while it is under review. */
  protected readonly form = computed(() => {
    const draft = this.draft();
    if (!draft) {
      return null;
    }
    const form = profileForm(draft.content);
    if (draft.status === 'submitted') {
      form.disable();
    }
    return form;
  });
  protected readonly readOnly = computed(() => this.profile()?.status === 'submitted');
  protected readonly isReviewer = computed(() => {
    const profile = this.profile();
    return !!profile && this.auth.prefectureCodes().includes(profile.prefectureCode);
  });
  protected readonly changes = computed(() => {
    const profile = this.profile();
    return profile ? changedItems(profile.draft, profile.published) : [];
  });
  protected readonly retryable = computed(() => ![403, 404].includes(httpStatusOf(this.resource.error()) ?? 0));
  protected readonly refusal = computed(() => (this.retryable() ? null : profileErrorMessage(this.resource.error())));

  protected readonly busy = signal(false);
  protected readonly uploading = signal(false);
  protected readonly message = signal<Message>(null);
  protected readonly photoMessage = signal<string | null>(null);
  protected readonly conflict = signal(false);

  protected readonly sections = PROFILE_SECTIONS;
  protected readonly statusLabels = PROFILE_STATUS_LABELS;
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly maxPhotos = MAX_HOST_PHOTOS;
  protected readonly photoTypes = HOST_PHOTO_CONTENT_TYPES.join(',');
  protected readonly errorOf = profileFieldMessage;
  protected readonly idOf = fieldId;
  protected readonly labelOf = fieldLabel;

  protected control(form: ProfileForm, path: string): FormControl<FieldValue> {
    return form.get(path) as FormControl<FieldValue>;
  }

  protected photoUrl(photoId: string): string {
    return this.profiles.photoUrl(photoId);
  }

  protected periods(place: HostPlaceResponse): string {
    return formatPeriods(place.acceptablePeriods, this.locale);
  }

  protected photoAlt(caption: string, index: number): string {
    const number = index + 1;
    return caption.trim() || $localize`:@@hostProfiles.photos.alt:写真 ${number}:number:`;
  }

  protected removePhotoLabel(index: number): string {
    const number = index + 1;
    return $localize`:@@hostProfiles.photos.removeLabel:写真 ${number}:number: を削除`;
  }

  protected captionLabel(index: number): string {
    const number = index + 1;
    return $localize`:@@hostProfiles.photos.caption:写真 ${number}:number: の説明`;
  }

  protected editPlaceLabel(place: HostPlaceResponse): string {
    const specialty = this.names.specialtyName(place.specialtyCode);
    return $localize`:@@hostProfiles.places.editLabel:受入可能数と時期を変更: ${specialty}:specialty:`;
  }

  protected textLength(field: ProfileField, form: ProfileForm): number {
    const value = this.control(form, field.path).value;
    return typeof value === 'string' ? value.length : 0;
  }

  /** Moves focus to a missing item's control (the checked or first radio of a yes/no item). */
  protected focusItem(path: string): void {
    const element = this.host.nativeElement.querySelector<HTMLElement>(`#${fieldId(path)}`);
    if (!element) {
      return;
    }
    const target = element.matches('input, textarea, mat-select')
      ? element
      : (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>('input'));
    target?.focus();
  }

  protected reload(): void {
    this.conflict.set(false);
    this.message.set(null);
    this.resource.reload();
  }

  protected save(): void {
    const form = this.form();
    const profile = this.profile();
    if (!form || !profile || this.busy()) {
      return;
    }
    if (!this.checkForm(form)) {
      return;
    }
    this.run(this.saveRequest(form, profile), $localize`:@@hostProfiles.saved:下書きを保存しました。`, form);
  }

  protected submit(): void {
    const form = this.form();
    const profile = this.profile();
    if (!form || !profile || this.busy() || !this.checkForm(form)) {
      return;
    }
    this.confirm({
      title: $localize`:@@hostProfiles.submitTitle:審査に提出しますか？`,
      message: $localize`:@@hostProfiles.submitMessage:都道府県の担当者が内容を確認します。承認されると公開され、審査中は編集できません。`,
      confirmLabel: $localize`:@@hostProfiles.submitConfirm:提出する`,
    }).subscribe(() => {
      // Unsaved edits (or a profile never saved) are saved first, so what is submitted is what the form shows.
      const saved: Observable<HostProfileResponse> = form.dirty || profile.version === 0 ? this.saveRequest(form, profile) : of(profile);
      this.run(
        saved.pipe(switchMap((current) => this.profiles.submit(current.facilityId, current.version))),
        $localize`:@@hostProfiles.submitted:審査に提出しました。`,
        form,
      );
    });
  }

  protected approve(profile: HostProfileResponse): void {
    this.confirm({
      title: $localize`:@@hostProfiles.approveTitle:このプロフィールを承認しますか？`,
      message: $localize`:@@hostProfiles.approveMessage:承認すると、この内容が連携先施設一覧で公開されます。`,
      confirmLabel: $localize`:@@hostProfiles.approveConfirm:承認する`,
    }).subscribe(() =>
      this.run(
        this.profiles.approve(profile.facilityId, profile.version),
        $localize`:@@hostProfiles.approved:承認しました。公開中の内容を更新しました。`,
      ),
    );
  }

  protected returnToHost(profile: HostProfileResponse): void {
    this.dialog
      .open<CommentDialog, CommentDialogData, string>(CommentDialog, {
        data: {
          title: $localize`:@@hostProfiles.returnTitle:施設に差し戻しますか？`,
          message: $localize`:@@hostProfiles.returnMessage:直してほしい点を書いてください。施設の担当者に表示されます。公開中の内容は変わりません。`,
          commentLabel: $localize`:@@hostProfiles.returnComment:差し戻しの理由（必須）`,
          confirmLabel: $localize`:@@hostProfiles.returnConfirm:差し戻す`,
        },
      })
      .afterClosed()
      .pipe(filter((comment): comment is string => typeof comment === 'string' && comment !== ''))
      .subscribe((comment) =>
        this.run(
          this.profiles.returnToHost(profile.facilityId, comment, profile.version),
          $localize`:@@hostProfiles.returned:施設に差し戻しました。`,
        ),
      );
  }

  protected editPlace(place: HostPlaceResponse): void {
    this.dialog
      .open<PlaceDialog, PlaceDialogData, HostPlaceResponse>(PlaceDialog, {
        data: { facilityId: this.facilityId(), place },
        autoFocus: 'first-tabbable',
        maxHeight: '90vh',
      })
      .afterClosed()
      .pipe(filter((saved): saved is HostPlaceResponse => saved !== undefined))
      .subscribe((saved) => {
        this.resource.update((profile) =>
          profile ? { ...profile, places: profile.places.map((row) => (row.roundId === saved.roundId && row.specialtyCode === saved.specialtyCode ? saved : row)) } : profile,
        );
        this.announce($localize`:@@hostProfiles.places.saved:受入可能数と時期を保存しました。`);
      });
  }

  protected choosePhoto(fileInput: HTMLInputElement): void {
    fileInput.click();
  }

  protected upload(event: Event, form: ProfileForm): void {
    const fileInput = event.target as HTMLInputElement;
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) {
      return;
    }
    this.photoMessage.set(null);
    if (file.size > HOST_PHOTO_MAX_BYTES) {
      this.photoMessage.set($localize`:@@hostProfiles.photos.tooLarge:写真は 2 MB 以下にしてください。`);
      return;
    }
    this.uploading.set(true);
    this.profiles.uploadPhoto(this.facilityId(), file).subscribe({
      next: (photo) => {
        this.uploading.set(false);
        form.controls.photos.push(photoForm({ id: photo.id, caption: null }));
        form.markAsDirty();
        this.changeDetector.markForCheck();
        this.announce($localize`:@@hostProfiles.photos.added:写真を追加しました。保存すると下書きに入ります。`);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.photoMessage.set(localizedApiError(error));
      },
    });
  }

  protected removePhoto(form: ProfileForm, index: number): void {
    form.controls.photos.removeAt(index);
    form.markAsDirty();
  }

  private saveRequest(form: ProfileForm, profile: HostProfileResponse): Observable<HostProfileResponse> {
    return this.profiles.update(profile.facilityId, { ...profileContent(form), version: profile.version });
  }

  private checkForm(form: ProfileForm): boolean {
    this.message.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.message.set({
        kind: 'error',
        text: $localize`:@@hostProfiles.checkFields:入力内容に誤りがあります。各項目のメッセージを確認してください。`,
      });
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return false;
    }
    return true;
  }

  private run(request: Observable<HostProfileResponse>, done: string, form?: ProfileForm): void {
    this.busy.set(true);
    this.message.set(null);
    this.conflict.set(false);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.resource.set(saved);
        this.message.set({ kind: 'success', text: done });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const outcome = form && httpStatusOf(error) === 400 ? applyServerErrors(form, error) : null;
        if (outcome && outcome.fields.length > 0) {
          this.message.set({ kind: 'error', text: outcome.formMessage ?? profileErrorMessage(error) });
          afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
          this.changeDetector.markForCheck();
          return;
        }
        this.conflict.set(httpStatusOf(error) === 409);
        this.message.set({ kind: 'error', text: outcome?.formMessage ?? profileErrorMessage(error) });
      },
    });
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  private announce(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
