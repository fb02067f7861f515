/** API paths shared by the API controllers and the web data-access services (without the `/api` prefix). */
export const API_PREFIX = 'api';

export const ROUTES = {
  health: 'health',
  reference: {
    root: 'reference',
    prefectures: 'prefectures',
    specialties: 'specialties',
    sufficiencyDatasets: 'sufficiency-datasets',
  },
} as const;
