import { useQuery } from '@tanstack/react-query';
import { request } from './api/client';

/** One search method with its legal basis, from the server's one list. */
export interface SearchMethodOption {
  code: string;
  lawful: boolean;
  basis: string;
}

/** The lawful search methods with their legal basis: the server's one list (GET /api/policy/methods). */
export function useSearchMethods() {
  return useQuery({
    queryKey: ['policy', 'methods'],
    queryFn: () =>
      request<{ lawful: SearchMethodOption[]; prohibited: SearchMethodOption[] }>(
        '/api/policy/methods',
      ),
    staleTime: Infinity,
    select: (r) => r.lawful,
  });
}

/** Finding categories and identity match types, from the server's fixed lists. */
export function usePolicyCategories() {
  return useQuery({
    queryKey: ['policy', 'categories'],
    queryFn: () =>
      request<{
        categories: { code: string; requiresJustification: boolean }[];
        identityMatchTypes: string[];
        itemOutcomes: string[];
        validationStatuses: string[];
      }>('/api/policy/categories'),
    staleTime: Infinity,
  });
}
