import { CSRF_HEADER, toApiError } from './client';

/**
 * Multipart upload with progress (fetch cannot report upload progress): XMLHttpRequest, same
 * origin and cookie, the CSRF header and the server's error shape.
 */
export function uploadWithProgress<T>(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Requested-With', CSRF_HEADER['X-Requested-With']);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new Error('The upload failed: network error'));
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'Content-Type': 'application/json' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as T);
      } else {
        void toApiError(response).then(reject);
      }
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
