import { httpResource } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { NOMINATION_ROUTES, Role, TasksResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { API_BASE_URL } from '../../core/api-base-url.token';
import { loadedValue } from '../../core/loaded-value';

/** The roles that act in the nomination workflow (and see its tasks). */
export const NOMINATION_ROLES: readonly Role[] = ['jmsb', 'prefecture', 'society'];

/**
 * "What is waiting for me" (`GET /api/tasks`), shared by the navigation badge and the rounds page.
 * Loaded for people holding a workflow role; `refresh()` after a change or a navigation.
 */
@Injectable({ providedIn: 'root' })
export class TasksService {
  private readonly auth = inject(AuthService);
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly generation = signal(0);

  private readonly concerned = computed(() => this.auth.roles().some((assignment) => NOMINATION_ROLES.includes(assignment.role)));
  readonly resource = httpResource<TasksResponse>(() => {
    // Reading the generation makes refresh() ask again; the user makes sign-in/out ask again.
    this.generation();
    return this.concerned() && this.auth.user() ? `${this.apiBaseUrl}/${NOMINATION_ROUTES.tasks}` : undefined;
  });

  readonly tasks = computed(() => (this.concerned() ? (loadedValue(this.resource)?.tasks ?? []) : []));
  readonly total = computed(() => (this.concerned() ? (loadedValue(this.resource)?.total ?? 0) : 0));

  refresh(): void {
    this.generation.update((value) => value + 1);
  }
}
