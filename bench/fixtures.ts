/**
 * Payloads shared by the benchmarks: one file's metadata (as `GET storage/files/{id}` answers)
 * and pages of a folder listing.
 */

export const BASE_URL = "https://api.kloudless.com";
export const TOKEN = "bench-token";
export const FILE_ID = "FdGVzdC50eHQ";

/** A file's metadata, as the API answers `GET /v1/accounts/me/storage/files/{id}`. */
export const FILE = {
  id: FILE_ID,
  name: "report-2024.pdf",
  size: 1_048_576,
  created: "2024-01-02T03:04:05Z",
  modified: "2024-02-03T04:05:06Z",
  type: "file",
  account: 123456,
  parent: { id: "root", name: "My Drive" },
  path: "/reports/report-2024.pdf",
  mime_type: "application/pdf",
  downloadable: true,
  can_upload_files: false,
  can_create_folders: false,
  api: "storage",
  ancestors: null,
  owner: { id: "user_1" },
  creator: { id: "user_1" },
  last_modifier: { id: "user_1" },
};

export const FILE_JSON = JSON.stringify(FILE);

/** Response headers of a JSON answer. */
export const JSON_HEADERS = { "content-type": "application/json", "x-request-id": "req_bench" };

/** Objects of one page of a listing: `perPage` small file resources. */
export function pageObjects(page: number, perPage: number): object[] {
  const objects: object[] = [];
  for (let i = 0; i < perPage; i++) {
    const n = (page - 1) * perPage + i;
    objects.push({
      id: `F${n}`,
      name: `file-${n}.txt`,
      size: n,
      type: "file",
      api: "storage",
      account: 123456,
      modified: "2024-02-03T04:05:06Z",
      mime_type: "text/plain",
    });
  }
  return objects;
}

/** One page of `pages` pages of a page-number listing (`next_page` names the next one). */
export function listPage(page: number, pages: number, perPage: number): string {
  return JSON.stringify({
    objects: pageObjects(page, perPage),
    count: perPage,
    page,
    next_page: page < pages ? page + 1 : null,
    type: "object_list",
    api: "storage",
  });
}
