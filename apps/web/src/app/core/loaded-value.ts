import { Resource } from '@angular/core';

/**
 * The resource's value, or undefined while loading or after an error. (Reading `value()` of a
 * resource in the error state throws, so views read values through this.)
 */
export function loadedValue<T>(resource: Resource<T>): T | undefined {
  return resource.hasValue() ? resource.value() : undefined;
}
