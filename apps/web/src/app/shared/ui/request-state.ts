import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { apiErrorMessage } from '../../core/api-error';

/**
 * Loading and error feedback for a request. Shows nothing once the data is there; shows the
 * API's own error message (with a retry button) when the request failed.
 */
@Component({
  selector: 'rk-request-state',
  imports: [MatButtonModule, MatProgressSpinnerModule],
  templateUrl: './request-state.html',
  styleUrl: './request-state.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestState {
  readonly loading = input(false);
  /** The failed request's error (e.g. `resource.error()`), or undefined. */
  readonly error = input<unknown>(undefined);
  /** Offer a retry button (off for errors a retry cannot fix, e.g. 404). */
  readonly retryable = input(true);
  readonly retry = output();

  protected readonly message = computed(() => {
    const error = this.error();
    return error === undefined || error === null ? null : apiErrorMessage(error);
  });
}
