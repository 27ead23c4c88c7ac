import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type PanelReport = Schemas['PanelReportDto'];
export type PanelFinding = Schemas['PanelFindingDto'];

/** The processes whose panel the caller sits on (the server decides which). */
export function usePanelProcesses() {
  return useQuery({
    queryKey: ['panel', 'processes'],
    queryFn: async () => data(await api.GET('/api/processes')),
  });
}

export function usePanelProcess(id: string) {
  return useQuery({
    queryKey: ['panel', 'processes', id],
    queryFn: async () => data(await api.GET('/api/processes/{id}', { params: { path: { id } } })),
  });
}

/** The latest released report of each candidate of the process (every view is audited). */
export function useProcessReports(processId: string) {
  return useQuery({
    queryKey: ['panel', 'processes', processId, 'reports'],
    queryFn: async () =>
      data(await api.GET('/api/processes/{id}/reports', { params: { path: { id: processId } } })),
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: ['panel', 'reports', id],
    queryFn: async () => data(await api.GET('/api/reports/{id}', { params: { path: { id } } })),
  });
}

/** The server-made PDF (a plain download: the session cookie authenticates it). */
export const reportPdfUrl = (id: string) => `/api/reports/${encodeURIComponent(id)}/pdf`;
