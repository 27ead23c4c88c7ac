import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';
import { uploadWithProgress } from '@/lib/api/upload';

export type Finding = Schemas['RawFindingView'];
export type Evidence = Schemas['EvidenceView'];
export type CreateFinding = Schemas['CreateFindingDto'];

export const findingKey = (id: string) => ['findings', id] as const;

export function useFinding(id: string) {
  return useQuery({
    queryKey: findingKey(id),
    queryFn: async () => data(await api.GET('/api/findings/{id}', { params: { path: { id } } })),
  });
}

export function useCreateFinding(vettingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateFinding) =>
      data(
        await api.POST('/api/vettings/{id}/findings', {
          params: { path: { id: vettingId } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['vettings', vettingId] }),
  });
}

export function useUploadEvidence(findingId: string, onProgress: (fraction: number) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadWithProgress<Evidence>(`/api/findings/${findingId}/evidence`, file, onProgress),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: findingKey(findingId) });
      void client.invalidateQueries({ queryKey: ['vettings'] });
    },
  });
}

export function useValidate(findingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateValidationDto']) =>
      data(
        await api.POST('/api/findings/{id}/validations', {
          params: { path: { id: findingId } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: findingKey(findingId) }),
  });
}

/** Evidence is served by the server itself: images and PDFs inline, HTML and MHTML as downloads. */
export function evidenceUrl(id: string): string {
  return `/api/evidence/${id}`;
}
