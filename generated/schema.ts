/**
 * Types of Kloudless API v1, from the bundled spec.
 * Generated from spec/ by codegen/generate.ts (openapi-typescript). Do not edit.
 */

export interface paths {
    "/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start the OAuth 2.0 flow (first leg)
         *
         * The URL the user's browser is sent to (a navigation, not an XHR) to connect an account. Kloudless shows its service chooser and the upstream login, then redirects the browser to `redirect_uri`. The SDK only builds this URL. With `response_type=code` (authorization-code grant) the redirect carries `code` and `state` as query parameters, or `error` and `error_description` when the user or the service refused. With `response_type=token` (implicit grant) the token data is returned to the redirect URI; with `redirect_uri=urn:ietf:wg:oauth:2.0:oob` (out-of-band popup of the Authenticator) the result (`access_token`, `token_type`, `scope`, `state`) is delivered by `postMessage`.
         */
        get: operations["oauth.authorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify an access token
         *
         * Returns information on the Bearer token sent in `Authorization`. Check that `client_id` is your Application ID before trusting a token obtained in a browser (implicit grant or popup), especially before acting on that account with the API key. An invalid or unknown token is answered with 400 (seen in the vendor SDKs).
         */
        get: operations["oauth.verifyToken"];
        put?: never;
        /**
         * Exchange an authorization code for an access token
         *
         * Second leg of the authorization-code grant. The application authenticates with `client_id` and `client_secret` (its API key in v1) in the form body.
         */
        post: operations["oauth.getToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the Task returned by a request sent with `X-Kloudless-Async` set to `true`. */
                task_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a task
         *
         * Returns the state of an asynchronous request. While it runs, the answer is the Task (read `status ?? state`: `PENDING`, `RECEIVED`, `STARTED`, `UNKNOWN`). Once it has finished, the answer is the result of the original request instead (e.g. a File or Folder); if it failed, the answer is an error.
         */
        get: operations["tasks.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass-through request
         *
         * Sends a request to the upstream service's own API with the account's credentials (Kloudless adds them and refreshes expired upstream tokens). The request to Kloudless is always a POST; `X-Kloudless-Raw-Method` and `X-Kloudless-Raw-URI` name the upstream method and path (or full URL). The body and the query string are forwarded to the upstream call as they are. The upstream answer (status, headers, body) comes back as is; an upstream error carries the upstream service's own body, errors raised by Kloudless itself the Kloudless error body.
         */
        post: operations["core.raw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/encode_raw_id": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encode a raw ID
         *
         * Turns an upstream (raw) ID into the Kloudless ID of that object for this account; it replaces the deprecated `storage/convert_id`.
         */
        post: operations["core.encodeRawId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services
         *
         * Lists the services Kloudless supports, with their public properties.
         */
        get: operations["services.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Service identifier (its `name`), e.g. `gdrive`. */
                service_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a service
         *
         * Returns the public properties of one service. No credentials are needed.
         */
        get: operations["services.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         *
         * With the API key, lists every account connected to the application; with a Bearer token, a list holding that token's account (with several comma-separated tokens, their accounts). Older responses carry only `total`, `count`, `page` and `objects`.
         */
        get: operations["accounts.list"];
        put?: never;
        /**
         * Import an account
         *
         * Creates a connected account from upstream credentials the application already holds.
         */
        post: operations["accounts.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an account
         *
         * Returns one connected account (`me` = the account of the Bearer token).
         */
        get: operations["accounts.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an account
         *
         * Disconnects the account from the application; a later retrieve returns 404.
         */
        delete: operations["accounts.delete"];
        options?: never;
        head?: never;
        /**
         * Update an account
         *
         * Changes an account's `active` flag, display name, Google Drive `monitor_team_drives`, custom properties, or (for imported accounts) its upstream credentials.
         */
        patch: operations["accounts.update"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         *
         * Uploads a new file, either as raw bytes (`application/octet-stream`, with the `X-Kloudless-Metadata` header naming the file and its parent folder) or from a URL (`application/json` body `{url, parent_id, name}`, which Kloudless downloads itself). v1 no longer accepts multipart/form-data. For large files use a multipart upload session.
         */
        post: operations["storage.files.upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/upload_url": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an upload URL
         *
         * Returns a URL that the file can be uploaded to directly at the storage service (tested on s3).
         */
        post: operations["storage.files.createUploadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a file's metadata */
        get: operations["storage.files.retrieve"];
        /**
         * Replace a file's contents
         *
         * Uploads new bytes for an existing file; name and location stay the same.
         */
        put: operations["storage.files.updateContents"];
        post?: never;
        /**
         * Delete a file
         *
         * Deletes the file.
         */
        delete: operations["storage.files.delete"];
        options?: never;
        head?: never;
        /**
         * Rename or move a file
         *
         * Renames the file (`name`), moves it to another folder (`parent_id`) or to another account (`account`). A move across accounts answers with the new file object.
         */
        patch: operations["storage.files.update"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * Download a file
         *
         * Returns the file's bytes. The response's `Content-Type` follows the file (for example `image/png`): read the body as binary whatever the content type. The request may be redirected to the storage service.
         */
        get: operations["storage.files.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless ID of the file to copy. */
                file_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a file
         *
         * Copies the file into the folder `parent_id`, optionally under a new `name` or into another `account`, or into an upload location of the application (`account: upload_location`).
         */
        post: operations["storage.files.copy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * Download a thumbnail of a file
         *
         * Returns a thumbnail image of the file.
         */
        get: operations["storage.files.thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * List a file's service-level links
         *
         * Lists the share links that the upstream service keeps for the file (not Kloudless links; see `storage.links`).
         */
        get: operations["storage.files.listServiceLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** List a file's permissions */
        get: operations["storage.files.listPermissions"];
        /**
         * Replace a file's permissions
         *
         * Replaces the file's sharing list with the given entries. The owner is kept; an empty array removes every other entry.
         */
        put: operations["storage.files.setPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add or change a file's permissions
         *
         * Adds the given entries to the file's sharing list or changes their roles.
         */
        patch: operations["storage.files.updatePermissions"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/properties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * List a file's properties
         *
         * Lists the custom key/value properties of the file.
         */
        get: operations["storage.files.listProperties"];
        put?: never;
        post?: never;
        /** Delete all of a file's properties */
        delete: operations["storage.files.deleteProperties"];
        options?: never;
        head?: never;
        /**
         * Add, change or remove a file's properties
         *
         * Applies the given changes: a `value` of null deletes that key, any other value adds or updates it. The answer holds the remaining properties.
         */
        patch: operations["storage.files.updateProperties"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a folder
         *
         * Creates a folder named `name` in `parent_id`. With `conflict_if_exists=true` an existing folder of that name is a 409 `naming_conflict`; otherwise the existing folder is returned.
         */
        post: operations["storage.folders.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders/{folder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a folder's metadata */
        get: operations["storage.folders.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a folder
         *
         * Deletes the folder. A folder that is not empty needs `recursive=true`, otherwise the answer is 403 `folder_not_empty`.
         */
        delete: operations["storage.folders.delete"];
        options?: never;
        head?: never;
        /** Rename or move a folder */
        patch: operations["storage.folders.update"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders/{folder_id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        /**
         * List a folder's contents
         *
         * Lists the files and folders in the folder, one page at a time; pass the previous response's `next_page` as `page` until it is null. With `recursive=true` everything below the folder is listed.
         */
        get: operations["storage.folders.listContents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders/{folder_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless ID of the folder to copy. */
                folder_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a folder
         *
         * Copies the folder and its contents into `parent_id`, optionally under a new `name`. Folder copies can take long and are usually sent with `X-Kloudless-Async: true`.
         */
        post: operations["storage.folders.copy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders/{folder_id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        /**
         * List a folder's service-level links
         *
         * Lists the share links that the upstream service keeps for the folder.
         */
        get: operations["storage.folders.listServiceLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders/{folder_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** List a folder's permissions */
        get: operations["storage.folders.listPermissions"];
        /**
         * Replace a folder's permissions
         *
         * Replaces the folder's sharing list with the given entries. The owner is kept; an empty array removes every other entry.
         */
        put: operations["storage.folders.setPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add or change a folder's permissions
         *
         * Adds the given entries to the folder's sharing list or changes their roles.
         */
        patch: operations["storage.folders.updatePermissions"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/multipart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initialize a multipart upload session
         *
         * Starts a multipart upload of a large file. Upload the parts with `storage.multipart.uploadPart` (each exactly `part_size` bytes except the last; in parallel only when `parallel_uploads` is true), then call `storage.multipart.complete`.
         */
        post: operations["storage.multipart.init"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/multipart/{multipart_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Multipart session ID as returned in the session's `id`. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        /** Retrieve a multipart upload session */
        get: operations["storage.multipart.retrieve"];
        /**
         * Upload one part
         *
         * Uploads part `part_number` (from 1) of the file. Every part except the last must be exactly `part_size` bytes.
         */
        put: operations["storage.multipart.uploadPart"];
        post?: never;
        /** Abort a multipart upload session */
        delete: operations["storage.multipart.abort"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/multipart/{multipart_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Multipart session ID as returned in the session's `id`. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize a multipart upload session
         *
         * Assembles the uploaded parts into the file. No request body.
         */
        post: operations["storage.multipart.complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/links": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List links
         *
         * Lists the Kloudless links of the account (several comma-separated account IDs are accepted).
         */
        get: operations["storage.links.list"];
        put?: never;
        /**
         * Create a link
         *
         * Creates a Kloudless link to a file. An unknown `file_id` is a 4xx error.
         */
        post: operations["storage.links.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/links/{link_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Link ID. */
                link_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a link */
        get: operations["storage.links.retrieve"];
        put?: never;
        post?: never;
        /** Delete a link */
        delete: operations["storage.links.delete"];
        options?: never;
        head?: never;
        /** Update a link */
        patch: operations["storage.links.update"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search files and folders
         *
         * Searches names and, where the service supports it, contents (several comma-separated account IDs are accepted). An empty `q` is a 400 `invalid_parameters`. Some services index new files slowly.
         */
        get: operations["storage.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/recent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List recently modified files
         *
         * Lists recently modified files, newest first (several comma-separated account IDs are accepted).
         */
        get: operations["storage.recent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/quota": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve the storage quota
         *
         * Returns the account's storage quota.
         */
        get: operations["storage.quota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/storage/convert_id": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert an upstream ID into a Kloudless ID
         *
         * Deprecated in favour of `core.encodeRawId`. Turns the upstream `raw_id` of a file or folder into its Kloudless ID.
         * @deprecated
         */
        post: operations["storage.convertId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List events
         *
         * Returns the next batch of activity events of the account. Event collection must be switched on for the application; events are not backfilled. Pass the `cursor` of the previous response to continue; the stream is done when the response has no cursor, the cursor `-1`, or no objects. Either `cursor` or `from` (with optional `until`) selects the start, not both. Older docs keep up to 10,000 events of the last 24 hours. `page_size` (1 to 1000) is advisory and a value out of range is rejected with 400.
         */
        get: operations["events.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/events/latest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve the latest cursor
         *
         * Returns the cursor of the latest event, so that a following `events.list` only returns events that happen after this call.
         */
        get: operations["events.latestCursor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/cal/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List calendars
         *
         * Lists the calendars of the account, paged by token.
         */
        get: operations["calendar.calendars.list"];
        put?: never;
        /**
         * Create a calendar
         *
         * Creates a calendar and returns it.
         */
        post: operations["calendar.calendars.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/cal/calendars/{calendar_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a calendar
         *
         * Returns one calendar.
         */
        get: operations["calendar.calendars.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a calendar
         *
         * Deletes a calendar.
         */
        delete: operations["calendar.calendars.delete"];
        options?: never;
        head?: never;
        /**
         * Update a calendar
         *
         * Changes the given attributes of a calendar and returns it.
         */
        patch: operations["calendar.calendars.update"];
        trace?: never;
    };
    "/accounts/{account_id}/cal/calendars/{calendar_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        /**
         * List events
         *
         * Lists the events of a calendar between `start` and `end`, paged by token. With the defaults (epoch to now) future events are left out: pass `end` to see them. For Google Calendar the list does not populate `recurrence`; retrieve the event to read it.
         */
        get: operations["calendar.events.list"];
        put?: never;
        /**
         * Create an event
         *
         * Creates an event on the calendar and returns it. Attendees given here are invited. Upstream-only attributes go in `raw.object`.
         */
        post: operations["calendar.events.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/cal/calendars/{calendar_id}/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** Opaque event ID. */
                event_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an event
         *
         * Returns one event, including `recurrence` (which the Google Calendar list leaves out).
         */
        get: operations["calendar.events.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an event
         *
         * Deletes an event.
         */
        delete: operations["calendar.events.delete"];
        options?: never;
        head?: never;
        /**
         * Update an event
         *
         * Changes the given attributes of an event and returns it; list attributes are replaced whole. Updating an instance of a series changes only that instance; to change the whole series, update the event named by `recurring_master_id`.
         */
        patch: operations["calendar.events.update"];
        trace?: never;
    };
    "/accounts/{account_id}/cal/availability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find availability
         *
         * Finds the time windows in which every given calendar is free for a meeting of the given duration. Several accounts can be checked at once with a comma-separated `account_id` (`/accounts/1,2/cal/availability`, one Bearer token per account).
         */
        post: operations["calendar.findAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/team/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List users
         *
         * Lists the users of the team. Only for admin accounts with team access; other accounts get 403 `forbidden`. Supported by box, dropbox, egnyte, exchange, exchange_email, gdrive, google_calendar, gmail, onedrivebiz, outlook_calendar, outlook_email, s3, salesforce, sharepoint, slack and ms_teams. The user IDs feed `X-Kloudless-As-User`.
         */
        get: operations["team.users.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/team/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a user
         *
         * Returns one user of the team. Admin accounts only.
         */
        get: operations["team.users.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/team/users/{user_id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        /**
         * List a user's groups
         *
         * Lists the groups the user belongs to. Admin accounts only.
         */
        get: operations["team.users.listMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/team/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List groups
         *
         * Lists the groups of the team. Admin accounts only; other accounts get 403 `forbidden` ("Only administrators...").
         */
        get: operations["team.groups.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/team/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a group
         *
         * Returns one group of the team. Admin accounts only.
         */
        get: operations["team.groups.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/team/groups/{group_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        /**
         * List a group's members
         *
         * Lists the users of a group. Admin accounts only.
         */
        get: operations["team.groups.listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List CRM accounts
         *
         * Lists the CRM accounts of the connected account, paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.accounts.list"];
        put?: never;
        /**
         * Create a CRM account
         *
         * Creates a CRM account and returns it. Fields the service does not support are ignored.
         */
        post: operations["crm.accounts.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/accounts/{crm_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM account (a company or organization record, not the connected Kloudless account). */
                crm_account_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a CRM account
         *
         * Returns one CRM account.
         */
        get: operations["crm.accounts.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a CRM account
         *
         * Deletes a CRM account.
         */
        delete: operations["crm.accounts.delete"];
        options?: never;
        head?: never;
        /**
         * Update a CRM account
         *
         * Changes the given fields of a CRM account and returns it.
         */
        patch: operations["crm.accounts.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List contacts
         *
         * Lists the contacts of the connected account, paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.contacts.list"];
        put?: never;
        /**
         * Create a contact
         *
         * Creates a contact and returns it. Fields the service does not support are ignored.
         */
        post: operations["crm.contacts.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a contact
         *
         * Returns one contact.
         */
        get: operations["crm.contacts.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         *
         * Deletes a contact.
         */
        delete: operations["crm.contacts.delete"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         *
         * Changes the given fields of a contact and returns it.
         */
        patch: operations["crm.contacts.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/leads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List leads
         *
         * Lists the leads of the connected account, paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.leads.list"];
        put?: never;
        /**
         * Create a lead
         *
         * Creates a lead and returns it. Fields the service does not support are ignored.
         */
        post: operations["crm.leads.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the lead. */
                lead_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a lead
         *
         * Returns one lead.
         */
        get: operations["crm.leads.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a lead
         *
         * Deletes a lead.
         */
        delete: operations["crm.leads.delete"];
        options?: never;
        head?: never;
        /**
         * Update a lead
         *
         * Changes the given fields of a lead and returns it.
         */
        patch: operations["crm.leads.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List opportunities
         *
         * Lists the opportunities of the connected account, paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.opportunities.list"];
        put?: never;
        /**
         * Create an opportunity
         *
         * Creates an opportunity and returns it. Fields the service does not support are ignored.
         */
        post: operations["crm.opportunities.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/opportunities/{opportunity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the opportunity. */
                opportunity_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an opportunity
         *
         * Returns one opportunity.
         */
        get: operations["crm.opportunities.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an opportunity
         *
         * Deletes an opportunity.
         */
        delete: operations["crm.opportunities.delete"];
        options?: never;
        head?: never;
        /**
         * Update an opportunity
         *
         * Changes the given fields of an opportunity and returns it.
         */
        patch: operations["crm.opportunities.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List campaigns
         *
         * Lists the campaigns of the connected account, paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.campaigns.list"];
        put?: never;
        /**
         * Create a campaign
         *
         * Creates a campaign and returns it. Fields the service does not support are ignored.
         */
        post: operations["crm.campaigns.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a campaign
         *
         * Returns one campaign.
         */
        get: operations["crm.campaigns.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a campaign
         *
         * Deletes a campaign.
         */
        delete: operations["crm.campaigns.delete"];
        options?: never;
        head?: never;
        /**
         * Update a campaign
         *
         * Changes the given fields of a campaign and returns it.
         */
        patch: operations["crm.campaigns.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List CRM tasks
         *
         * Lists the CRM tasks of the connected account, paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.tasks.list"];
        put?: never;
        /**
         * Create a CRM task
         *
         * Creates a CRM task and returns it. Fields the service does not support are ignored.
         */
        post: operations["crm.tasks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless task). */
                task_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a CRM task
         *
         * Returns one CRM task.
         */
        get: operations["crm.tasks.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a CRM task
         *
         * Deletes a CRM task.
         */
        delete: operations["crm.tasks.delete"];
        options?: never;
        head?: never;
        /**
         * Update a CRM task
         *
         * Changes the given fields of a CRM task and returns it.
         */
        patch: operations["crm.tasks.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/objects": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
            };
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List objects of an upstream type
         *
         * Lists the objects of any upstream type (`raw_type`), paged by token (`page_size` 1-1000, 100 by default).
         */
        get: operations["crm.objects.list"];
        put?: never;
        /**
         * Create an object of an upstream type
         *
         * Creates an object of the upstream type `raw_type` from the given fields and returns it.
         */
        post: operations["crm.objects.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/objects/{object_id}": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
            };
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the object. */
                object_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an object of an upstream type
         *
         * Returns one object of the upstream type `raw_type`.
         */
        get: operations["crm.objects.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an object of an upstream type
         *
         * Deletes an object of the upstream type `raw_type`.
         */
        delete: operations["crm.objects.delete"];
        options?: never;
        head?: never;
        /**
         * Update an object of an upstream type
         *
         * Changes the given fields of an object of the upstream type `raw_type` and returns it.
         */
        patch: operations["crm.objects.update"];
        trace?: never;
    };
    "/accounts/{account_id}/crm/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search CRM objects
         *
         * Searches the CRM with a query in the service's language: `SOQL` for Salesforce, `KEYWORD` (plain words) for the others. Paged by token.
         */
        get: operations["crm.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/batch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run several CRM requests at once
         *
         * Runs a list of object requests (each naming its upstream type in `url_data.raw_type`) in one call. Each request's outcome comes back under its `id`, in `responses` when it succeeded and in `errors` when it failed.
         */
        post: operations["crm.batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List object schemas
         *
         * Lists the upstream object types of the CRM with their fields, paged by token.
         */
        get: operations["crm.schemas.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/crm/schemas/{schema_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** The upstream object type, e.g. `Account`. */
                schema_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an object schema
         *
         * Returns the fields of one upstream object type.
         */
        get: operations["crm.schemas.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         *
         * Lists the applications of the developer account.
         */
        get: operations["meta.applications.list"];
        put?: never;
        /**
         * Create an application
         *
         * Creates an application (active by default) together with a default API key.
         */
        post: operations["meta.applications.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications/{application_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        /** Retrieve an application */
        get: operations["meta.applications.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an application
         *
         * Deletes the application, its API keys and its connected accounts.
         */
        delete: operations["meta.applications.delete"];
        options?: never;
        head?: never;
        /** Update an application */
        patch: operations["meta.applications.update"];
        trace?: never;
    };
    "/meta/applications/{application_id}/apikeys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        /** List the API keys of an application */
        get: operations["meta.apiKeys.list"];
        put?: never;
        /**
         * Create an API key
         *
         * Creates a new API key for the application; the request has no body.
         */
        post: operations["meta.apiKeys.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications/{application_id}/apikeys/{api_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** The API key to revoke (its `key`). */
                api_key: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an API key
         *
         * Revokes the API key.
         */
        delete: operations["meta.apiKeys.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications/{application_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        /** List the webhooks of an application */
        get: operations["meta.webhooks.list"];
        put?: never;
        /**
         * Create a webhook
         *
         * Adds a webhook URL; Kloudless sends a test request to it before saving it, and refuses the URL when the receiver does not answer 2xx. Afterwards Kloudless POSTs `account=<account id>` (form-encoded) to the URL whenever the account has new events, with `X-Kloudless-Signature`: the base64 HMAC-SHA256 of the raw body keyed by the application's API key; the receiver reads the events with `events.list` and its cursor. Receivers answer the test request, and every notification, 200 with the Application ID as a text body.
         */
        post: operations["meta.webhooks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications/{application_id}/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** Webhook ID. */
                webhook_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a webhook */
        get: operations["meta.webhooks.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         *
         * Removes the webhook.
         */
        delete: operations["meta.webhooks.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/developers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List developers
         *
         * Lists the developers of the developer account (the vendor SDK sends no parameters).
         */
        get: operations["meta.developers.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/developers/{developer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Developer ID. */
                developer_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a developer */
        get: operations["meta.developers.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a developer
         *
         * Changes a developer's details.
         */
        patch: operations["meta.developers.update"];
        trace?: never;
    };
    "/meta/licenses/{license_id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** License ID (of an on-premises / Enterprise license). */
                license_id: string;
            };
            cookie?: never;
        };
        /**
         * Download a license file
         *
         * Returns the license file's bytes.
         */
        get: operations["meta.licenses.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications/{application_id}/trusted_domains": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        /**
         * List trusted domains
         *
         * Lists the trusted domains of the application.
         */
        get: operations["meta.trustedDomains.list"];
        put?: never;
        /**
         * Add a trusted domain
         *
         * Adds a domain to the application's trusted domains. Adding a domain already trusted is refused with 400.
         */
        post: operations["meta.trustedDomains.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/applications/{application_id}/trusted_domains/{trusted_domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** The trusted domain's `id`. */
                trusted_domain_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a trusted domain
         *
         * Removes the domain from the application's trusted domains.
         */
        delete: operations["meta.trustedDomains.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List subscriptions
         *
         * Lists the activity subscriptions of the account.
         */
        get: operations["subscriptions.list"];
        put?: never;
        /**
         * Create a subscription
         *
         * Creates an activity subscription. The body may be empty: `subscription_type` defaults to `changes` and no `monitored_resources` means every resource of the account. Its activity stream starts at the creation: earlier changes are not part of it.
         */
        post: operations["subscriptions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Subscription ID, or `default` for the account's default subscription. */
                subscription_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a subscription
         *
         * Returns one subscription; `default` names the account's default subscription. Subscriptions cannot be updated or deleted through the API as specified: to watch other resources, create a subscription with those `monitored_resources`.
         */
        get: operations["subscriptions.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/subscriptions/{subscription_id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Subscription ID, or `default` for the account's default subscription. */
                subscription_id: string;
            };
            cookie?: never;
        };
        /**
         * List the activity of a subscription
         *
         * Returns the next batch of activity of the subscription's monitored resources. Pass the `cursor` of the previous response to continue; an empty batch means nothing new yet.
         */
        get: operations["subscriptions.listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/messaging/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List conversations
         *
         * Lists the conversations (channels, group and direct chats) of the account. Slack admin accounts list the organization's conversations; Microsoft Teams admin accounts omit private chats between other members.
         */
        get: operations["chat.conversations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/itsm/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List incidents
         *
         * Lists the incidents of the account (ServiceNow).
         */
        get: operations["itsm.incidents.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meeting windows
         *
         * Lists the meeting windows of the organizer (the account of the Bearer token).
         */
        get: operations["meetings.windows.list"];
        put?: never;
        /**
         * Create a meeting window
         *
         * Creates a meeting window: when the organizer can be booked (`availability`, in `time_zone`), for how long (`duration`) and on which calendar the booked events go (`booking_calendar_id`, a calendar of the organizer's account).
         */
        post: operations["meetings.windows.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/windows/{window_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a meeting window */
        get: operations["meetings.windows.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a meeting window
         *
         * Deletes the meeting window. Events already booked stay on the booking calendar.
         */
        delete: operations["meetings.windows.delete"];
        options?: never;
        head?: never;
        /**
         * Update a meeting window
         *
         * Changes the attributes given; the others keep their values.
         */
        patch: operations["meetings.windows.update"];
        trace?: never;
    };
    "/meetings/windows/{window_id}/time-slots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        /**
         * List the time slots of a meeting window
         *
         * Lists the bookable time slots of the meeting window: every `time_slot_interval` minutes within the window's availability, from now to `availability_range` days ahead, each `duration` minutes long, leaving out the slots that overlap an event of the organizer's booking calendar (with `time_buffer_before` / `time_buffer_after`). Slots come in `time_slots`, not `objects`; pass `next_page` as `page` for the next ones.
         */
        get: operations["meetings.windows.listTimeSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/windows/{window_id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a time slot
         *
         * Books a time slot of the meeting window for the `targets` (the invitees): creates an event on the window's booking calendar, with the targets as attendees and the window's `meeting_window_id` in its `custom_properties`. A slot that is not (or no longer) free is refused with 400. The application's webhooks then receive a `MeetingBookingNotification` with `event_subtype=meeting_scheduler_slot_booked`.
         */
        post: operations["meetings.windows.schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/events/{scheduled_event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** ID of a booked event (the `id` returned by `meetings.windows.schedule`). */
                scheduled_event_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a booked event */
        get: operations["meetings.events.retrieve"];
        put?: never;
        post?: never;
        /**
         * Cancel a booked event
         *
         * Cancels the booking and deletes its event from the booking calendar. The application's webhooks receive a `MeetingBookingNotification` with `event_subtype=meeting_scheduler_slot_deleted`.
         */
        delete: operations["meetings.events.delete"];
        options?: never;
        head?: never;
        /**
         * Update a booked event
         *
         * Moves a booked event to another free slot (`start`, `end`) or changes its `targets` or `event_metadata`; the calendar event follows. The application's webhooks receive a `MeetingBookingNotification` with `event_subtype=meeting_scheduler_slot_updated`.
         */
        patch: operations["meetings.events.update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** One upstream account a user connected to the application (`api` = `core`, `type` = `account`). Older responses (2015) omit `api`, `type`, `apis` and the other newer fields and carry `token_expiry` / `refresh_token_expiry`; `retrieve_full=false` returns a lighter object. */
        Account: {
            /** Kloudless account ID. */
            readonly id: number;
            /** Display identifier of the account, usually an e-mail address, else a name. */
            account: string;
            /**
             * Service identifier such as `dropbox`, `box`, `gdrive`, `skydrive`, `sharepoint`, `onedrivebiz`, `s3`.
             * @example box
             */
            readonly service: string;
            /** Friendly name of the service, such as `Dropbox`. */
            readonly service_name?: string;
            /** Whether the account was connected through the admin flow. */
            readonly admin?: boolean;
            /** Whether the account is usable (its credentials work). */
            active?: boolean;
            /** Whether the account is enabled (filter `enabled` of the account list). */
            readonly enabled?: boolean;
            /** Kloudless-internal flag. */
            readonly internal_use?: boolean;
            /**
             * Format: date-time
             *
             * When the account was connected.
             */
            readonly created?: string;
            /**
             * Format: date-time
             *
             * When the account was last modified.
             */
            readonly modified?: string;
            /** APIs available for the account, e.g. `["sharing", "events", "storage"]`. */
            readonly apis?: string[];
            /** Granted scopes, space-delimited, e.g. `gdrive:normal.storage.default:kloudless`. */
            readonly effective_scope?: string;
            /** Definitions of the account's custom objects. */
            readonly object_definitions?: Record<string, unknown>;
            /** Custom key/value data stored with the account. */
            custom_properties?: Record<string, unknown>;
            /** The Kloudless Connect proxy connection used for the account, or `null`. */
            readonly proxy_connection?: Record<string, unknown> | null;
            /**
             * Format: date-time
             *
             * Expiry of the upstream access token (older responses), `null` when unknown or none.
             */
            token_expiry?: string | null;
            /**
             * Format: date-time
             *
             * Expiry of the upstream refresh token (older responses), `null` when unknown or none.
             */
            refresh_token_expiry?: string | null;
            /** Google Drive only: IDs of the Team Drives watched for activity (at most 4). */
            monitor_team_drives?: string[] | null;
            /** @constant */
            readonly api?: "core";
            /** @constant */
            readonly type?: "account";
        };
        /** Page-number list of accounts (`api` = `meta`). */
        AccountList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["Account"][];
            /** @constant */
            type?: "object_list";
            /** @constant */
            api?: "meta";
        };
        /** Fields of an account to change. The credential fields apply to imported accounts. */
        AccountUpdate: {
            /** Mark the account active or inactive. */
            active?: boolean;
            /** New display identifier. */
            account?: string;
            /** New upstream access token (imported accounts). */
            token?: string;
            /** New upstream token secret (OAuth 1 services, imported accounts). */
            token_secret?: string;
            /** New upstream refresh token (imported accounts). */
            refresh_token?: string;
            /**
             * Format: date-time
             *
             * Expiry of the new access token.
             */
            token_expiry?: string | null;
            /**
             * Format: date-time
             *
             * Expiry of the new refresh token.
             */
            refresh_token_expiry?: string | null;
            /** Google Drive only; IDs of the Team Drives to watch for activity (at most 4). */
            monitor_team_drives?: string[];
            /** Custom key/value data stored with the account. */
            custom_properties?: Record<string, unknown>;
        };
        /** Existing upstream credentials to import as a connected account (API key only). Service-specific extras are accepted too, e.g. `domain` (sharepoint), `repository_url` (alfresco), `hub_id` (hubspot). */
        AccountImport: {
            /** Display identifier of the account, usually the e-mail address. */
            account: string;
            /** Service identifier, such as `box` or `gdrive`. */
            service: string;
            /** Upstream access token. */
            token: string;
            /** Upstream token secret (OAuth 1 services). */
            token_secret?: string;
            /** Upstream refresh token. */
            refresh_token?: string;
            /**
             * Format: date-time
             *
             * Expiry of the access token.
             */
            token_expiry?: string | null;
            /**
             * Format: date-time
             *
             * Expiry of the refresh token.
             */
            refresh_token_expiry?: string | null;
            /** Google Drive only; IDs of the Team Drives to watch for activity (at most 4). */
            monitor_team_drives?: string[];
            /** Custom key/value data stored with the account. */
            custom_properties?: Record<string, unknown>;
            /** SharePoint only; the SharePoint domain. */
            domain?: string;
            /** Alfresco only; the repository URL. */
            repository_url?: string;
            /** HubSpot only; the hub (portal) ID. */
            hub_id?: string | number;
        };
        /** A calendar of a connected calendar account (`google_calendar`, `outlook_calendar`, `caldav`, `exchange`, `icloud_calendar`). Attributes the service does not support are `null`. The docs' attribute list breaks off after `timezone`, so more fields may appear. */
        Calendar: {
            /** Opaque calendar ID. In request URLs, `primary` may be used as an alias of the primary calendar; responses always carry the real ID. */
            readonly id: string;
            /** Display name (Google's primary calendar is named after the account's email address). */
            name: string;
            /** Free-text description. */
            description?: string | null;
            /** Free-form geographic location. */
            location?: string | null;
            /** IANA time zone name such as `America/Los_Angeles`. Not supported by `outlook_calendar` (returned as `null` there). */
            timezone?: string | null;
            /** ID of the account the calendar belongs to, as a string (`"123"`). Seen in the v1 example, absent from the attribute list. */
            readonly account_id?: string;
            /**
             * Always `calendar` (later docs; the v1 example omits it).
             * @constant
             */
            readonly type?: "calendar";
            /**
             * Always `calendar` (later docs; the v1 example omits it).
             * @constant
             */
            readonly api?: "calendar";
            raw?: components["schemas"]["RawObject"];
        };
        /** Upstream-only attributes to set on create or update, sent as `{"raw": {"object": {...}}}` (supported by `google_calendar` and `outlook_calendar` for calendars and events). */
        CalendarRawWrite: {
            /** Attributes named as the upstream service names them. */
            object?: {
                [key: string]: unknown;
            };
        };
        /** Body of a calendar creation. */
        CalendarCreate: {
            /** Display name of the new calendar. */
            name: string;
            /** Free-text description. */
            description?: string | null;
            /** Free-form geographic location. */
            location?: string | null;
            /** IANA time zone name such as `US/Pacific`. Ignored by `outlook_calendar`. */
            timezone?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** Body of a calendar update; send only the fields that change. */
        CalendarUpdate: {
            /** New display name. */
            name?: string;
            /** Free-text description. */
            description?: string | null;
            /** Free-form geographic location. */
            location?: string | null;
            /** IANA time zone name. Ignored by `outlook_calendar`. */
            timezone?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** A page of calendars (page-token paging). */
        CalendarList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["Calendar"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A person on a calendar event (`creator`, `organizer`; `owner` on create). */
        CalendarPerson: {
            /** Upstream ID of the person, when the service has one. */
            id?: string | null;
            /** Display name. */
            name?: string | null;
            /** Email address. */
            email?: string;
        };
        /** An attendee of a calendar event. */
        CalendarAttendee: {
            /** Upstream ID of the attendee, when the service has one. */
            id?: string | null;
            /** Display name. */
            name?: string | null;
            /** Email address. */
            email?: string;
            /** The attendee's reply (RSVP). `pending` is the only value seen; `accepted`, `declined` and `tentative` are expected. */
            status?: string;
            /** Whether attendance is required (as opposed to optional). */
            required?: boolean;
            /** Whether the attendee is a room or other resource. */
            resource?: boolean;
        };
        /** An attendee to invite on create or update. Adding attendees sends them invitations. `name` and `email` are required together (RSVP blog post). */
        CalendarAttendeeCreate: {
            /** Display name. */
            name: string;
            /** Email address. */
            email: string;
            /** Whether attendance is required (as opposed to optional). */
            required?: boolean;
            /** Whether the attendee is a room or other resource. */
            resource?: boolean;
            /** The attendee's reply. */
            status?: string;
        };
        /** One recurrence rule of a recurring event. */
        CalendarRecurrence: {
            /**
             * RFC 5545 rule text, e.g. `RRULE:FREQ=WEEKLY;COUNT=4`.
             * @example RRULE:FREQ=WEEKLY;COUNT=4
             */
            rrule: string;
        };
        /** Email content of an `email` reminder (third-party client evidence only). */
        CalendarReminderEmail: {
            /** Subject line. */
            summary?: string;
            /** Body text. */
            description?: string;
            /** Recipient email addresses. */
            to?: string[];
        };
        /** A reminder of an event. Shape known from a third-party client only. */
        CalendarReminder: {
            /** Minutes before the start of the event. */
            minutes: number;
            /** How to remind, e.g. `email` (other values not captured; kept as an open string). */
            method: string;
            email?: components["schemas"]["CalendarReminderEmail"];
        };
        /** A custom key/value property of an event (e.g. the Meeting Scheduler's `meeting_window_id`). */
        CalendarCustomProperty: {
            /** Property name. */
            key: string;
            /** Property value. */
            value: string;
            /** Whether the property is private to this copy of the event (sent by a third-party client only). */
            private?: boolean;
        };
        /** A calendar event. The docs' attribute table did not survive; the fields are assembled from Kloudless' Meeting Scheduler README, the blog and models built from live responses. */
        CalendarEvent: {
            /** Opaque event ID. */
            readonly id: string;
            /**
             * Always `calendar`.
             * @constant
             */
            readonly api?: "calendar";
            /**
             * Always `event`.
             * @constant
             */
            readonly type?: "event";
            /** Absolute URL of the event (third-party evidence only). */
            readonly href?: string;
            /** ID of the account, as a string (`"9999"`). */
            readonly account_id?: string;
            /** Real ID of the calendar, even when `primary` was used in the URL. */
            readonly calendar_id?: string;
            /** iCalendar UID of the event. */
            readonly ical_uid?: string | null;
            /**
             * `solo` for a single event, `recurring` for an instance of a series, `recurring_master` for the series itself.
             * @enum {string}
             */
            readonly recurrence_type?: "solo" | "recurring" | "recurring_master";
            /** ID of the series master, on instances of a series; absent or `null` on solo events and on the master itself. Update the master to change the whole series. */
            readonly recurring_master_id?: string | null;
            /** Recurrence rules of a recurring event. Not populated by the list endpoint for Google Calendar: retrieve the event to read it. */
            recurrence?: components["schemas"]["CalendarRecurrence"][] | null;
            /** Creator of the event. */
            creator?: components["schemas"]["CalendarPerson"] | null;
            /** Organizer of the event. */
            readonly organizer?: components["schemas"]["CalendarPerson"] | null;
            /** Whether this copy of the event lives on the organizer's calendar. */
            readonly on_organizer_calendar?: boolean;
            /** Attendees (may be empty). */
            attendees?: components["schemas"]["CalendarAttendee"][];
            /**
             * Format: date-time
             *
             * When the event was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             *
             * When the event was last modified.
             */
            readonly modified?: string;
            /** Whether the event lasts all day. */
            all_day?: boolean;
            /**
             * Format: date-time
             *
             * Start, ISO 8601 with offset (`2019-09-15T22:30:00-07:00`).
             */
            start?: string;
            /** IANA time zone of the start. */
            start_time_zone?: string | null;
            /**
             * Format: date-time
             *
             * End, ISO 8601 with offset.
             */
            end?: string;
            /** IANA time zone of the end. */
            end_time_zone?: string | null;
            /**
             * Format: date-time
             *
             * Original start of a modified instance of a series.
             */
            readonly original_start?: string | null;
            /** IANA time zone of `original_start`. */
            readonly original_start_time_zone?: string | null;
            /** Title of the event. */
            name?: string | null;
            /** Description of the event. */
            description?: string | null;
            /** Free-text location (apps also put meeting URLs here). */
            location?: string | null;
            /** Status of the event. `confirmed` is the only value seen; `tentative` and `cancelled` are expected. */
            status?: string | null;
            /** Visibility of the event. Values not captured; kept as an open string. */
            visibility?: string | null;
            /** Attachments (may be empty). */
            attachments?: {
                [key: string]: unknown;
            }[];
            /** Custom key/value properties. */
            custom_properties?: components["schemas"]["CalendarCustomProperty"][] | null;
            /** Whether the calendar's default reminders apply. */
            use_default_reminder?: boolean;
            /** Reminders (may be empty). */
            reminders?: components["schemas"]["CalendarReminder"][];
            /** Semantics unknown (`null` in every example; possibly a legacy single reminder). */
            reminder?: unknown;
            raw?: components["schemas"]["RawObject"];
        };
        /** Body of an event creation: the writable event attributes. Attributes the service does not support are ignored. */
        CalendarEventCreate: {
            /** Title of the event. */
            name?: string | null;
            /** Description of the event. */
            description?: string | null;
            /** Free-text location. */
            location?: string | null;
            /**
             * Format: date-time
             *
             * Start, ISO 8601 (`Z` or offset form).
             */
            start: string;
            /** IANA time zone of the start. */
            start_time_zone?: string | null;
            /**
             * Format: date-time
             *
             * End, ISO 8601 (`Z` or offset form).
             */
            end: string;
            /** IANA time zone of the end. */
            end_time_zone?: string | null;
            /** Whether the event lasts all day. */
            all_day?: boolean;
            creator?: components["schemas"]["CalendarPerson"];
            /** Sent by Kloudless' SDK README example but documented nowhere else. */
            owner?: components["schemas"]["CalendarPerson"];
            /** Attendees to invite. */
            attendees?: components["schemas"]["CalendarAttendeeCreate"][];
            /** Recurrence rules that make the event a series. */
            recurrence?: components["schemas"]["CalendarRecurrence"][] | null;
            /** Reminders. */
            reminders?: components["schemas"]["CalendarReminder"][];
            /** Whether the calendar's default reminders apply. */
            use_default_reminder?: boolean;
            /** Custom key/value properties. */
            custom_properties?: components["schemas"]["CalendarCustomProperty"][] | null;
            /** Status, e.g. `confirmed`. */
            status?: string | null;
            /** Visibility (values not captured). */
            visibility?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** Body of an event update; send only the fields that change. Lists (`attendees`, `reminders`, `custom_properties`, `recurrence`) replace the whole list. Updating a series instance changes that instance; update the event `recurring_master_id` names to change the whole series. */
        CalendarEventUpdate: {
            /** Title of the event. */
            name?: string | null;
            /** Description of the event. */
            description?: string | null;
            /** Free-text location. */
            location?: string | null;
            /**
             * Format: date-time
             *
             * Start, ISO 8601.
             */
            start?: string;
            /** IANA time zone of the start. */
            start_time_zone?: string | null;
            /**
             * Format: date-time
             *
             * End, ISO 8601.
             */
            end?: string;
            /** IANA time zone of the end. */
            end_time_zone?: string | null;
            /** Whether the event lasts all day. */
            all_day?: boolean;
            creator?: components["schemas"]["CalendarPerson"];
            /** The complete new list of attendees. */
            attendees?: components["schemas"]["CalendarAttendeeCreate"][];
            /** The complete new list of recurrence rules. */
            recurrence?: components["schemas"]["CalendarRecurrence"][] | null;
            /** The complete new list of reminders. */
            reminders?: components["schemas"]["CalendarReminder"][];
            /** Whether the calendar's default reminders apply. */
            use_default_reminder?: boolean;
            /** The complete new list of custom properties. */
            custom_properties?: components["schemas"]["CalendarCustomProperty"][] | null;
            /** Status, e.g. `confirmed`. */
            status?: string | null;
            /** Visibility (values not captured). */
            visibility?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** A page of calendar events (page-token paging). */
        CalendarEventList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CalendarEvent"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A time window, ISO 8601 date-times (offsets allowed). */
        TimeWindow: {
            /**
             * Format: date-time
             *
             * Start of the window.
             */
            start: string;
            /**
             * Format: date-time
             *
             * End of the window.
             */
            end: string;
        };
        /** Constraints on the meeting to find a time for. */
        AvailabilityConstraints: {
            /** Windows in which the meeting may take place. */
            time_windows: components["schemas"]["TimeWindow"][];
        };
        /** Body of a Find Availability request. */
        AvailabilityRequest: {
            /** IDs of the calendars to consider (`primary` allowed). */
            calendars?: string[];
            /**
             * Length of the meeting as an ISO 8601 duration, e.g. `PT1H` or `PT30M`.
             * @example PT1H
             * @example PT30M
             */
            meeting_duration: string;
            constraints: components["schemas"]["AvailabilityConstraints"];
            /**
             * Legacy placement of `constraints.time_windows` seen in third-party clients.
             * @deprecated
             */
            time_windows?: components["schemas"]["TimeWindow"][];
        };
        /** Free time windows that suit every calendar considered and fit the meeting duration. */
        AvailabilityResult: {
            /** The free windows. */
            readonly time_windows: components["schemas"]["TimeWindow"][];
            /**
             * Always `calendar`.
             * @constant
             */
            readonly api?: "calendar";
            /**
             * Always `availability`.
             * @constant
             */
            readonly type?: "availability";
        };
        /** What retrieving a task returns: the Task while it is pending, received or started; once it has finished, the result of the original request (for example a File or Folder) instead. A failed task answers with an error status and the error body. */
        TaskResult: components["schemas"]["Task"] | {
            [key: string]: unknown;
        };
        /** An upstream (raw) ID to turn into a Kloudless ID. */
        EncodeRawIdRequest: {
            /** The upstream ID, as the Java SDK names it (`raw_id` wins when both are sent). */
            id?: string;
            /** The upstream service's ID of the object. */
            raw_id?: string;
            /**
             * Kind of object the ID names, such as `file` or `folder`.
             * @example file
             * @example folder
             */
            type?: string;
        } & ({
            raw_id: string;
        } | {
            id: string;
        });
        /** The Kloudless ID of an upstream object. */
        EncodeRawIdResult: {
            /** Kloudless ID to use in the other endpoints. */
            readonly id: string;
        };
        /** Public information about a service (connector) Kloudless supports, identified by its `name` (e.g. `gdrive`, the account's `service`). */
        Service: {
            /** Service identifier used everywhere else (the account's `service`, the path of `services.retrieve`), e.g. `gdrive`, `box`, `google_calendar`. */
            readonly name: string;
            /** Service identifier, where a response carries one besides `name` (equal to it). */
            readonly id?: string;
            /** Human-readable name, e.g. `Google Drive`. */
            readonly friendly_name?: string;
            /** Unified APIs the service supports, e.g. `storage`, `calendar`, `crm`. */
            readonly apis?: string[];
            /** URL of the service's logo. */
            readonly logo_url?: string | null;
            /** Public properties of the service, with `retrieve_properties=true`. */
            readonly properties?: {
                /** Which operations the service supports, keyed by a dotted capability name such as `storage.folders.list`, each a list of `{"result": <boolean>}` (kloudless-js reads the first `result`). */
                capabilities?: {
                    [key: string]: {
                        result: boolean;
                    }[];
                };
            };
        };
        /** The supported services, in one response. */
        ServiceList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["Service"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The Kloudless error body. */
        Error: {
            /** The HTTP status repeated. */
            status_code?: number | string;
            /**
             * Machine-readable code such as `not_found` or `invalid_parameters`.
             * @example not_found
             */
            error_code: string;
            /** Human-readable text; may include the upstream service's message. */
            message: string;
            /** Request ID to quote to support. */
            id?: string;
            /** On 409 `naming_conflict`, the ID of the existing resource. */
            conflicting_resource_id?: string;
        };
        /** List envelope paged by page number (`page`, `page_size`). */
        PageList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: unknown[];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** List envelope paged by token. `page` identifies this page (the docs show `"1"` and `1`), `next_page` is the token of the next page or `null` on the last one. */
        TokenList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: unknown[];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** Event-stream envelope. Store `cursor` and send it back as the `cursor` query parameter. */
        CursorList: {
            count?: number;
            cursor?: string | number | null;
            /** Events still waiting (older responses). */
            remaining?: number;
            upstream_cursor?: string | number | null;
            objects: unknown[];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** An asynchronous request in progress; read its state as `status ?? state`. Retrieving a finished task returns the result of the original request instead. */
        Task: {
            id: string;
            /** @enum {string} */
            status?: "PENDING" | "RECEIVED" | "STARTED" | "UNKNOWN";
            state?: string;
            api?: string;
            /** @constant */
            type?: "task";
        };
        /** A user reference inside file metadata (`api` = `team`, `type` = `user`). */
        UserRef: {
            id?: string | null;
            name?: string | null;
            email?: string | null;
            id_type?: string;
            api?: string;
            type?: string;
        };
        /** The upstream service's own object, present with `X-Kloudless-Raw-Data: true`. */
        RawObject: {
            object?: unknown;
        };
        /** The fields every CRM object has: its ID, kind, timestamps and, with `X-Kloudless-Raw-Data: true`, the upstream object. */
        CrmRecord: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
        };
        /** The writable fields of a CRM account. Fields the service lacks are `null` in responses and ignored on create and update. */
        CrmAccountFields: {
            /** Name. */
            name?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Six-digit NAICS code of the industry. */
            industry_code?: string | null;
            /** Industry. */
            industry?: string | null;
            /** Number of employees. */
            employees?: number | string | null;
            /** Rating, as the service names it (e.g. `Hot`). */
            rating?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Website URL. */
            website?: string | null;
            /** Annual revenue. */
            annual_revenue?: number | string | null;
            /** Billing address. */
            billing_address?: string | Record<string, unknown> | null;
            /** Shipping address. */
            shipping_address?: string | Record<string, unknown> | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A CRM account: a company or organization (not the connected Kloudless account). */
        CrmAccount: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
            /** Name. */
            name?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Six-digit NAICS code of the industry. */
            industry_code?: string | null;
            /** Industry. */
            industry?: string | null;
            /** Number of employees. */
            employees?: number | string | null;
            /** Rating, as the service names it (e.g. `Hot`). */
            rating?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Website URL. */
            website?: string | null;
            /** Annual revenue. */
            annual_revenue?: number | string | null;
            /** Billing address. */
            billing_address?: string | Record<string, unknown> | null;
            /** Shipping address. */
            shipping_address?: string | Record<string, unknown> | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** The fields of a new CRM account; `name` required. */
        CrmAccountCreate: {
            name: string;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Six-digit NAICS code of the industry. */
            industry_code?: string | null;
            /** Industry. */
            industry?: string | null;
            /** Number of employees. */
            employees?: number | string | null;
            /** Rating, as the service names it (e.g. `Hot`). */
            rating?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Website URL. */
            website?: string | null;
            /** Annual revenue. */
            annual_revenue?: number | string | null;
            /** Billing address. */
            billing_address?: string | Record<string, unknown> | null;
            /** Shipping address. */
            shipping_address?: string | Record<string, unknown> | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A page of accounts (page-token paging). */
        CrmAccountList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmAccount"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The writable fields of a contact. Fields the service lacks are `null` in responses and ignored on create and update. */
        CrmContactFields: {
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** ID of the lead it was converted from. */
            lead?: string | null;
            /** First name. */
            first_name?: string | null;
            /** Middle name. */
            middle_name?: string | null;
            /** Last name. */
            last_name?: string | null;
            /** Name. */
            name?: string | null;
            /** Job title. */
            title?: string | null;
            /** Department. */
            department?: string | null;
            /** Email address. */
            email?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Mailing address. */
            mailing_address?: string | Record<string, unknown> | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A contact: a person, usually of a CRM account. */
        CrmContact: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** ID of the lead it was converted from. */
            lead?: string | null;
            /** First name. */
            first_name?: string | null;
            /** Middle name. */
            middle_name?: string | null;
            /** Last name. */
            last_name?: string | null;
            /** Name. */
            name?: string | null;
            /** Job title. */
            title?: string | null;
            /** Department. */
            department?: string | null;
            /** Email address. */
            email?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Mailing address. */
            mailing_address?: string | Record<string, unknown> | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** The fields of a new contact; `last_name` required. */
        CrmContactCreate: {
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** ID of the lead it was converted from. */
            lead?: string | null;
            /** First name. */
            first_name?: string | null;
            /** Middle name. */
            middle_name?: string | null;
            last_name: string;
            /** Name. */
            name?: string | null;
            /** Job title. */
            title?: string | null;
            /** Department. */
            department?: string | null;
            /** Email address. */
            email?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Mailing address. */
            mailing_address?: string | Record<string, unknown> | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A page of contacts (page-token paging). */
        CrmContactList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmContact"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The writable fields of a lead. Fields the service lacks are `null` in responses and ignored on create and update. */
        CrmLeadFields: {
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Name. */
            name?: string | null;
            /** First name. */
            first_name?: string | null;
            /** Middle name. */
            middle_name?: string | null;
            /** Last name. */
            last_name?: string | null;
            /** Job title. */
            title?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Address. */
            address?: string | Record<string, unknown> | null;
            /** Company of the lead. */
            company?: string | null;
            /** Industry. */
            industry?: string | null;
            /** Annual revenue. */
            annual_revenue?: number | string | null;
            /** Rating, as the service names it (e.g. `Hot`). */
            rating?: string | null;
            /** Email address. */
            email?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A lead: a prospect not yet qualified. */
        CrmLead: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Name. */
            name?: string | null;
            /** First name. */
            first_name?: string | null;
            /** Middle name. */
            middle_name?: string | null;
            /** Last name. */
            last_name?: string | null;
            /** Job title. */
            title?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Address. */
            address?: string | Record<string, unknown> | null;
            /** Company of the lead. */
            company?: string | null;
            /** Industry. */
            industry?: string | null;
            /** Annual revenue. */
            annual_revenue?: number | string | null;
            /** Rating, as the service names it (e.g. `Hot`). */
            rating?: string | null;
            /** Email address. */
            email?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** The fields of a new lead; `company`, `last_name` required. */
        CrmLeadCreate: {
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Name. */
            name?: string | null;
            /** First name. */
            first_name?: string | null;
            /** Middle name. */
            middle_name?: string | null;
            last_name: string;
            /** Job title. */
            title?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Address. */
            address?: string | Record<string, unknown> | null;
            company: string;
            /** Industry. */
            industry?: string | null;
            /** Annual revenue. */
            annual_revenue?: number | string | null;
            /** Rating, as the service names it (e.g. `Hot`). */
            rating?: string | null;
            /** Email address. */
            email?: string | null;
            /** Fax number. */
            fax?: string | null;
            /** Phone number. */
            phone?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A page of leads (page-token paging). */
        CrmLeadList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmLead"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The writable fields of an opportunity. Fields the service lacks are `null` in responses and ignored on create and update. */
        CrmOpportunityFields: {
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the campaign that generated it. */
            campaign?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Name. */
            name?: string | null;
            /** Sales stage (e.g. `Prospecting`, `Closed Won`). */
            stage_name?: string | null;
            /** Expected close date (ISO 8601 date or date-time, as the service gives it). */
            closing_date?: string | null;
            /** Expected close date, under the name Kloudless' Python SDK tests send (ISO 8601 date or date-time, as the service gives it). */
            close_date?: string | null;
            /** Next step. */
            next_step?: string | null;
            /** Estimated amount. */
            amount?: number | string | null;
            /** Probability of closing, in percent. */
            probability?: number | string | null;
            /** Type of opportunity (e.g. `New Business`). */
            opportunity_type?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** An opportunity: a pending deal. */
        CrmOpportunity: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the campaign that generated it. */
            campaign?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Name. */
            name?: string | null;
            /** Sales stage (e.g. `Prospecting`, `Closed Won`). */
            stage_name?: string | null;
            /** Expected close date (ISO 8601 date or date-time, as the service gives it). */
            closing_date?: string | null;
            /** Expected close date, under the name Kloudless' Python SDK tests send (ISO 8601 date or date-time, as the service gives it). */
            close_date?: string | null;
            /** Next step. */
            next_step?: string | null;
            /** Estimated amount. */
            amount?: number | string | null;
            /** Probability of closing, in percent. */
            probability?: number | string | null;
            /** Type of opportunity (e.g. `New Business`). */
            opportunity_type?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** The fields of a new opportunity; `name`, `stage_name` required. */
        CrmOpportunityCreate: {
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the campaign that generated it. */
            campaign?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            name: string;
            stage_name: string;
            /** Expected close date (ISO 8601 date or date-time, as the service gives it). */
            closing_date?: string | null;
            /** Expected close date, under the name Kloudless' Python SDK tests send (ISO 8601 date or date-time, as the service gives it). */
            close_date?: string | null;
            /** Next step. */
            next_step?: string | null;
            /** Estimated amount. */
            amount?: number | string | null;
            /** Probability of closing, in percent. */
            probability?: number | string | null;
            /** Type of opportunity (e.g. `New Business`). */
            opportunity_type?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A page of opportunities (page-token paging). */
        CrmOpportunityList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmOpportunity"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The writable fields of a campaign. Fields the service lacks are `null` in responses and ignored on create and update. */
        CrmCampaignFields: {
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** ID of the parent campaign. */
            parent?: string | null;
            /** Name. */
            name?: string | null;
            /** Type of campaign (e.g. `Email`, `Webinar`). */
            campaign_type?: string | null;
            /** Start date (ISO 8601 date or date-time, as the service gives it). */
            start?: string | null;
            /** End date (ISO 8601 date or date-time, as the service gives it). */
            end?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Expected revenue. */
            expected_revenue?: number | string | null;
            /** Actual cost. */
            actual_cost?: number | string | null;
            /** Budgeted cost. */
            budgeted_cost?: number | string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A marketing campaign. */
        CrmCampaign: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** ID of the parent campaign. */
            parent?: string | null;
            /** Name. */
            name?: string | null;
            /** Type of campaign (e.g. `Email`, `Webinar`). */
            campaign_type?: string | null;
            /** Start date (ISO 8601 date or date-time, as the service gives it). */
            start?: string | null;
            /** End date (ISO 8601 date or date-time, as the service gives it). */
            end?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Expected revenue. */
            expected_revenue?: number | string | null;
            /** Actual cost. */
            actual_cost?: number | string | null;
            /** Budgeted cost. */
            budgeted_cost?: number | string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** The fields of a new campaign; `name` required. */
        CrmCampaignCreate: {
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** ID of the parent campaign. */
            parent?: string | null;
            name: string;
            /** Type of campaign (e.g. `Email`, `Webinar`). */
            campaign_type?: string | null;
            /** Start date (ISO 8601 date or date-time, as the service gives it). */
            start?: string | null;
            /** End date (ISO 8601 date or date-time, as the service gives it). */
            end?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Expected revenue. */
            expected_revenue?: number | string | null;
            /** Actual cost. */
            actual_cost?: number | string | null;
            /** Budgeted cost. */
            budgeted_cost?: number | string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A page of campaigns (page-token paging). */
        CrmCampaignList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmCampaign"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The writable fields of a CRM task. Fields the service lacks are `null` in responses and ignored on create and update. */
        CrmTaskFields: {
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Priority, as the service names it (e.g. `Normal`, `High`). */
            priority?: string | null;
            /** Subject. */
            subject?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A CRM task: an activity to do, such as a call (not an asynchronous Kloudless task). */
        CrmTask: {
            /** Upstream ID of the object. */
            readonly id: string;
            /**
             * Kind of object: `account`, `contact`, `lead`, `opportunity`, `campaign`, `task`, or the upstream type for generic objects.
             * @example contact
             */
            readonly type?: string;
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /** Absolute URL of the object in the API. */
            readonly href?: string;
            /**
             * Format: date-time
             *
             * When the object was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the object was last changed.
             */
            readonly modified?: string | null;
            raw?: components["schemas"]["RawObject"];
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            /** Status, as the service names it (e.g. `Open - Not Contacted` for a Salesforce lead). */
            status?: string | null;
            /** Priority, as the service names it (e.g. `Normal`, `High`). */
            priority?: string | null;
            /** Subject. */
            subject?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** The fields of a new CRM task; `status`, `priority` required. */
        CrmTaskCreate: {
            /** ID of the CRM account it belongs to. */
            account?: string | null;
            /** ID of the CRM user who owns the record. */
            owner?: string | null;
            status: string;
            priority: string;
            /** Subject. */
            subject?: string | null;
            /** Free-text description. */
            description?: string | null;
        };
        /** A page of tasks (page-token paging). */
        CrmTaskList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmTask"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** An object of any upstream type, with the fields the service gives it. */
        CrmObject: components["schemas"]["CrmRecord"] & ({
            /** The upstream type (`raw_type`). */
            readonly type?: string;
        } & {
            [key: string]: unknown;
        });
        /**
         * Fields of an object of an upstream type, as the service (or the unified CRM objects) names them.
         * @example {
         *       "name": "Test API Account Name"
         *     }
         */
        CrmObjectInput: {
            [key: string]: unknown;
        };
        /** A page of objects of one upstream type (page-token paging). */
        CrmObjectList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmObject"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A page of CRM search results: objects of any type (page-token paging). */
        CrmSearchResults: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmObject"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** Requests to run in one batch. */
        CrmBatchRequest: {
            /** The requests, run in order. */
            requests: components["schemas"]["CrmBatchRequestItem"][];
        };
        /** One request of a batch: what to do (`method`) with which object (`url_data`). */
        CrmBatchRequestItem: {
            /** Your ID of the request; its outcome carries it. */
            id: string;
            /**
             * `GET` retrieves (or, without `url_data.id`, lists), `POST` creates, `PATCH` updates, `DELETE` deletes.
             * @enum {string}
             */
            method: "GET" | "POST" | "PATCH" | "DELETE";
            /** What the request's URL would hold. */
            url_data: {
                /** The upstream object type, e.g. `Account`. */
                raw_type: string;
                /** ID of the object, for `GET`, `PATCH` and `DELETE` of one object. */
                id?: string;
            };
            /** Query parameters of the request. */
            params?: {
                [key: string]: unknown;
            };
            /** Body of a `POST` or `PATCH`. */
            data?: {
                [key: string]: unknown;
            };
        };
        /** The outcome of a batch: the requests that succeeded in `responses`, the others in `errors`. */
        CrmBatchResult: {
            responses: components["schemas"]["CrmBatchResponse"][];
            errors: components["schemas"]["CrmBatchError"][];
        };
        /** A request of a batch that succeeded. */
        CrmBatchResponse: {
            /** The request's `id`. */
            id: string;
            /** The HTTP status of the request on its own (200, 201, 204). */
            status: number;
            /** The body the request would have returned on its own: an object, a page of objects, or `null`. */
            data?: unknown;
        };
        /** A request of a batch that failed. */
        CrmBatchError: {
            /** The request's `id`. */
            id: string;
            /** The HTTP status of the request on its own. */
            status: number;
            error: components["schemas"]["Error"];
        };
        /** A field of an upstream object type. */
        CrmSchemaField: {
            /** Name of the field upstream. */
            name: string;
            /** Display name. */
            label?: string | null;
            /** Upstream data type (e.g. `string`, `double`, `reference`). */
            type?: string | null;
            /** Whether a create must set it. */
            required?: boolean;
            /** Whether it is set by the service only. */
            read_only?: boolean;
        };
        /** An upstream object type of the CRM and its fields. */
        CrmSchema: {
            /** The upstream type, as `raw_type` takes it. */
            readonly id: string;
            /** Display name. */
            readonly label?: string | null;
            /** The type's fields. */
            readonly fields: components["schemas"]["CrmSchemaField"][];
            /**
             * Always `crm`.
             * @constant
             */
            readonly api?: "crm";
            /**
             * Always `schema`.
             * @constant
             */
            readonly type?: "schema";
        };
        /** A page of object schemas (page-token paging). */
        CrmSchemaList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["CrmSchema"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** An activity event: a change to a resource of the account (a file or folder, a calendar event, a CRM object, ...). The whole object is set by the server. `metadata` holds the resource: a `File` or `Folder` (`api` = `storage`), a `CalendarEvent` (`api` = `calendar`) or, for other APIs (CRM, chat, ...), an `ActivityObject`; check `metadata.api` and `metadata.type` (or `metadata.type === "file"`) before reading fields of one kind. */
        Event: {
            /** Event ID. For delete events, Kloudless' tests match it with the deleted item's ID. */
            readonly id: string;
            /** ID of the account the resource belongs to. */
            readonly account: number;
            /**
             * Kind of change: `add`, `delete`, `update` (storage, CRM, calendar) and `rename`, `move`, `copy`, `restore` (storage). The most specific type is returned when the service reports it; some services only report coarser ones (gdrive reports `add` for a rename or move).
             * @example add
             * @example delete
             * @example update
             * @example rename
             * @example move
             * @example copy
             * @example restore
             */
            readonly type: string;
            /** Short code of the change, e.g. `+` for `add`. */
            readonly action: string;
            /**
             * Format: date-time
             *
             * When the change happened; may be imprecise; `null` when unknown.
             */
            readonly modified: string | null;
            /** IP address of the acting user, when known. */
            readonly ip: string | null;
            /** Upstream ID of the acting user, when known. */
            readonly user_id: string | null;
            /** State of the resource after the change: a File or Folder for storage events, a calendar Event (`api` = `calendar`, `type` = `event`) for calendar events, an object of its own API for other events (CRM, chat, ...). */
            readonly metadata: components["schemas"]["File"] | components["schemas"]["Folder"] | components["schemas"]["CalendarEvent"] | components["schemas"]["ActivityObject"];
            /** State of the resource before the change (seen in third-party clients only). */
            readonly previous_metadata?: components["schemas"]["File"] | components["schemas"]["Folder"] | components["schemas"]["CalendarEvent"] | components["schemas"]["ActivityObject"] | null;
            /** Activity subscription that recorded the event (later v1 Activity API). */
            readonly subscription?: string | number | null;
            /** API of the event (absent from the v1 examples). */
            readonly api?: string;
        };
        /** The resource of an event of an API the spec does not model in detail (CRM, chat, a future activity type): its `api`, `type` and `id`, and any other field as `unknown`. */
        ActivityObject: {
            /** ID of the resource. */
            readonly id: string;
            /**
             * API of the resource, e.g. `crm`.
             * @example crm
             */
            readonly api?: string;
            /**
             * Kind of resource within its API, e.g. `contact` or `account` for CRM.
             * @example contact
             * @example account
             * @example opportunity
             */
            readonly type?: string;
        } & {
            [key: string]: unknown;
        };
        /** A batch of activity events (cursor paging). Store `cursor` and pass it back to get the next events. The list's `api` is `activity` in the docs' example. */
        EventList: {
            count?: number;
            cursor?: string | number | null;
            /** Events still waiting (older responses). */
            remaining?: number;
            upstream_cursor?: string | number | null;
            objects: components["schemas"]["Event"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The latest cursor of the account's event stream. */
        LatestCursor: {
            /** Cursor to pass to `events.list` to receive only events after this point. */
            readonly cursor: string | number;
        };
        /** An application of the developer account (`api` = `meta`, `type` = `application`). */
        Application: {
            /** Application ID (the OAuth `client_id`). */
            readonly id: string;
            /** Name of the application. */
            name: string;
            /** Description of the application. */
            description?: string | null;
            /** URL of the application's logo. */
            logo_url?: string | null;
            /** Whether the application is active; new applications are active. */
            active?: boolean;
            /** Whether the OAuth 2.0 implicit grant (`response_type=token`) is allowed; false by default. */
            implicit_grant_enabled?: boolean;
            /** Whether Kloudless collects recent activity of the accounts (such as recently modified files, for `storage.recent`); false by default. */
            recent_enabled?: boolean;
            /** Whether Kloudless collects the accounts' activity events (`events.list`); false by default. */
            events_enabled?: boolean;
            /**
             * Format: date-time
             *
             * When the application was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             *
             * When the application was last modified.
             */
            readonly modified?: string;
            /** ID of the application used as a template when this one was created, `null` when none. */
            readonly source?: string | null;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "application";
        };
        /** A new application. A default API key is created with it. */
        ApplicationCreate: {
            /** Name of the application. */
            name: string;
            /** Description of the application. */
            description?: string;
            /** URL of the application's logo. */
            logo_url?: string;
            /** ID of another application of the developer to copy the settings from. */
            source?: string;
            /** Allow the OAuth 2.0 implicit grant for this application (false when left out). */
            implicit_grant_enabled?: boolean;
            /** Collect recent activity of the accounts, such as recently modified files (false when left out). */
            recent_enabled?: boolean;
            /** Collect the accounts' activity events (false when left out). */
            events_enabled?: boolean;
        };
        /** Fields of an application to change. */
        ApplicationUpdate: {
            /** New name. */
            name?: string;
            /** New description. */
            description?: string;
            /** New logo URL. */
            logo_url?: string;
            /** Activate or deactivate the application. */
            active?: boolean;
            /** Allow the OAuth 2.0 implicit grant for this application. */
            implicit_grant_enabled?: boolean;
            /** Collect recent activity of the accounts (recently modified files). */
            recent_enabled?: boolean;
            /** Collect the accounts' activity events. */
            events_enabled?: boolean;
        };
        /** Page-number list of applications (`api` = `meta`). */
        ApplicationList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["Application"][];
            /** @constant */
            type?: "object_list";
            /** @constant */
            api?: "meta";
        };
        /** An API key of an application (`type` = `apikey`). The key itself is its identifier. */
        ApiKey: {
            /** The API key; send it as `Authorization` `APIKey <key>`. Keep it secret. */
            readonly key: string;
            /**
             * Format: date-time
             *
             * When the key was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             *
             * When the key was last modified.
             */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "apikey";
        };
        /** Page-number list of API keys (`api` = `meta`). */
        ApiKeyList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["ApiKey"][];
            /** @constant */
            type?: "object_list";
            /** @constant */
            api?: "meta";
        };
        /** A webhook URL of an application (`type` = `webhook`); Kloudless POSTs to it when an account has new events. Named `MetaWebhook` to stay apart from the events area's notification objects. */
        MetaWebhook: {
            /** Webhook ID. */
            readonly id: string | number;
            /** The URL Kloudless notifies. */
            url: string;
            /**
             * Format: date-time
             *
             * When the webhook was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             *
             * When the webhook was last modified.
             */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "webhook";
        };
        /** A new webhook. Kloudless sends a test request to the URL before saving it; the receiver must answer 200 (with the Application ID as the body). */
        MetaWebhookCreate: {
            /** The URL Kloudless will notify (HTTPS recommended). */
            url: string;
        };
        /** Page-number list of webhooks (`api` = `meta`). */
        MetaWebhookList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["MetaWebhook"][];
            /** @constant */
            type?: "object_list";
            /** @constant */
            api?: "meta";
        };
        /** A developer (user) of the developer account (`type` = `developer`). */
        Developer: {
            /** Developer ID. */
            readonly id: string | number;
            /** E-mail address of the developer. */
            readonly email?: string;
            /** First name. */
            first_name?: string | null;
            /** Last name. */
            last_name?: string | null;
            /**
             * Format: date-time
             *
             * When the developer was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             *
             * When the developer was last modified.
             */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "developer";
        };
        /** Fields of a developer to change. */
        DeveloperUpdate: {
            /** New first name. */
            first_name?: string;
            /** New last name. */
            last_name?: string;
        };
        /** Page-number list of developers (`api` = `meta`). */
        DeveloperList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["Developer"][];
            /** @constant */
            type?: "object_list";
            /** @constant */
            api?: "meta";
        };
        /** Form body (`application/x-www-form-urlencoded`) of the authorization-code exchange. In v1 `client_secret` is the application's API key (v2 introduced separate client secrets). */
        TokenRequest: {
            /**
             * The grant type; always `authorization_code`.
             * @constant
             */
            grant_type: "authorization_code";
            /** The `code` query parameter Kloudless added to the redirect URI after the first leg. */
            code: string;
            /** The `redirect_uri` sent in the first leg, byte for byte. */
            redirect_uri: string;
            /** Application ID. */
            client_id: string;
            /** The application's API key (v1). Keep it on the server. */
            client_secret: string;
        };
        /** The access token of the newly connected account. */
        TokenResponse: {
            /** Bearer token of the connected account; send it as `Authorization` `Bearer <token>`. */
            readonly access_token: string;
            /**
             * Token type, `Bearer`.
             * @example Bearer
             */
            readonly token_type?: string;
            /** ID of the connected account the token grants. */
            readonly account_id: number;
            /** Granted scopes, space-delimited, in Kloudless' echoed form such as `box:normal.storage`. */
            readonly scope?: string;
        };
        /** Information on a Bearer token. Compare `client_id` with your Application ID before trusting a token received from a browser. */
        TokenInfo: {
            /** Application ID the token was issued to. */
            readonly client_id: string;
            /** ID of the account the token grants. */
            readonly account_id: number;
            /** Granted scopes, space-delimited (optional). */
            readonly scope?: string;
            /** Token type, `Bearer` (optional). */
            readonly token_type?: string;
            /** Seconds until the token expires; `null` or absent when it does not expire (optional). */
            readonly expires_in?: number | null;
        };
        /** Map from ID type to ID of a file or folder. `default` is built from stable upstream data, `shared` is the same for every user who sees a shared item, `path` is derived from the path (it changes on rename or move) and `version` names one file version. Further ID types may appear. */
        StorageIds: {
            /** ID built from stable upstream data. */
            default?: string;
            /** ID that is the same for every user who sees a shared item. */
            shared?: string;
            /** Path-based ID; changes when the item is renamed or moved. */
            path?: string;
            /** ID of one specific file version. */
            version?: string;
        } & {
            [key: string]: string;
        };
        /** Reference to a folder above a file or folder: the direct `parent`, or one of the `ancestors`. */
        ParentRef: {
            /** Kloudless ID of the folder (`root` for the root folder). */
            id: string;
            /** Folder name; null when the service does not report it. */
            name?: string | null;
            /**
             * Object type of the referenced item, normally `folder`.
             * @example folder
             */
            type?: string;
            /**
             * Which ID type `id` is (`default`, `path`, ...).
             * @example path
             */
            id_type?: string;
        };
        /** Fields shared by files and folders. Unified attributes that a service cannot supply are null. */
        StorageObjectBase: {
            /** Opaque Kloudless ID (URL-safe, at most 8192 characters). Newer IDs start with `file_` or `folder_`; treat IDs as arbitrary strings. */
            readonly id?: string;
            /** Name of the file or folder. */
            name?: string;
            /**
             * Object type.
             * @enum {string}
             */
            readonly type?: "file" | "folder";
            /**
             * Always `storage`.
             * @constant
             */
            readonly api?: "storage";
            /** Size in bytes; null when unknown (usually null for folders). */
            readonly size?: number | null;
            /**
             * Format: date-time
             *
             * Creation time; null when unknown.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * Last modification time; null when unknown.
             */
            readonly modified?: string | null;
            /** Path of the item; null for services without paths. */
            readonly path?: string | null;
            /** The folder that holds the item. */
            parent?: components["schemas"]["ParentRef"];
            /** Folders from the root down to the parent; null when not available. */
            readonly ancestors?: components["schemas"]["ParentRef"][] | null;
            /** ID of the account the item belongs to. */
            readonly account?: number;
            ids?: components["schemas"]["StorageIds"];
            /**
             * Which ID type `id` is, such as `default` or `path`.
             * @example default
             */
            readonly id_type?: string;
            /** The upstream service's ID. */
            readonly raw_id?: string | null;
            raw?: components["schemas"]["RawObject"];
            /**
             * Format: uri
             *
             * Absolute API URL of the object.
             */
            readonly href?: string;
            /** Owner of the item, when the service reports one. */
            readonly owner?: components["schemas"]["UserRef"] | null;
            /** User who created the item, when known. */
            readonly creator?: components["schemas"]["UserRef"] | null;
            /** User who last changed the item, when known. */
            readonly last_modifier?: components["schemas"]["UserRef"] | null;
        };
        /** A file (`api` = `storage`, `type` = `file`). */
        File: {
            /** Opaque Kloudless ID (URL-safe, at most 8192 characters). Newer IDs start with `file_` or `folder_`; treat IDs as arbitrary strings. */
            readonly id: string;
            /** Name of the file or folder. */
            name: string;
            /**
             * Always `file`.
             * @constant
             */
            readonly type: "file";
            /**
             * Always `storage`.
             * @constant
             */
            readonly api?: "storage";
            /** Size in bytes; null when unknown (usually null for folders). */
            readonly size?: number | null;
            /**
             * Format: date-time
             *
             * Creation time; null when unknown.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * Last modification time; null when unknown.
             */
            readonly modified?: string | null;
            /** Path of the item; null for services without paths. */
            readonly path?: string | null;
            /** The folder that holds the item. */
            parent?: components["schemas"]["ParentRef"];
            /** Folders from the root down to the parent; null when not available. */
            readonly ancestors?: components["schemas"]["ParentRef"][] | null;
            /** ID of the account the item belongs to. */
            readonly account?: number;
            ids?: components["schemas"]["StorageIds"];
            /**
             * Which ID type `id` is, such as `default` or `path`.
             * @example default
             */
            readonly id_type?: string;
            /** The upstream service's ID. */
            readonly raw_id?: string | null;
            raw?: components["schemas"]["RawObject"];
            /**
             * Format: uri
             *
             * Absolute API URL of the object.
             */
            readonly href?: string;
            /** Owner of the item, when the service reports one. */
            readonly owner?: components["schemas"]["UserRef"] | null;
            /** User who created the item, when known. */
            readonly creator?: components["schemas"]["UserRef"] | null;
            /** User who last changed the item, when known. */
            readonly last_modifier?: components["schemas"]["UserRef"] | null;
            /**
             * MIME type of the file.
             * @example image/png
             */
            readonly mime_type?: string | null;
            /** Whether the file's contents can be downloaded. */
            readonly downloadable?: boolean;
        };
        /** A folder (`api` = `storage`, `type` = `folder`). The root folder has the alias ID `root`. */
        Folder: {
            /** Opaque Kloudless ID (URL-safe, at most 8192 characters). Newer IDs start with `file_` or `folder_`; treat IDs as arbitrary strings. */
            readonly id: string;
            /** Name of the file or folder. */
            name: string;
            /**
             * Always `folder`.
             * @constant
             */
            readonly type: "folder";
            /**
             * Always `storage`.
             * @constant
             */
            readonly api?: "storage";
            /** Size in bytes; null when unknown (usually null for folders). */
            readonly size?: number | null;
            /**
             * Format: date-time
             *
             * Creation time; null when unknown.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * Last modification time; null when unknown.
             */
            readonly modified?: string | null;
            /** Path of the item; null for services without paths. */
            readonly path?: string | null;
            /** The folder that holds the item. */
            parent?: components["schemas"]["ParentRef"];
            /** Folders from the root down to the parent; null when not available. */
            readonly ancestors?: components["schemas"]["ParentRef"][] | null;
            /** ID of the account the item belongs to. */
            readonly account?: number;
            ids?: components["schemas"]["StorageIds"];
            /**
             * Which ID type `id` is, such as `default` or `path`.
             * @example default
             */
            readonly id_type?: string;
            /** The upstream service's ID. */
            readonly raw_id?: string | null;
            raw?: components["schemas"]["RawObject"];
            /**
             * Format: uri
             *
             * Absolute API URL of the object.
             */
            readonly href?: string;
            /** Owner of the item, when the service reports one. */
            readonly owner?: components["schemas"]["UserRef"] | null;
            /** User who created the item, when known. */
            readonly creator?: components["schemas"]["UserRef"] | null;
            /** User who last changed the item, when known. */
            readonly last_modifier?: components["schemas"]["UserRef"] | null;
            /** Whether folders can be created inside this folder. */
            readonly can_create_folders?: boolean;
            /** Whether files can be uploaded into this folder. */
            readonly can_upload_files?: boolean;
            /** Whether `recursive=true` is supported when listing this folder. */
            readonly can_list_recursively?: boolean;
        };
        /** A file or a folder, told apart by `type` (`file` or `folder`, a `const` in each branch, so the generated union is discriminated by `type`). */
        StorageObject: components["schemas"]["File"] | components["schemas"]["Folder"];
        /** One page of a folder's contents (page-token list of files and folders). */
        FolderContents: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["StorageObject"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** One page of search results (page-number list of files and folders); empty when nothing matches. */
        SearchResults: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["StorageObject"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** One page of recently modified files, newest `modified` first. */
        RecentFiles: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["File"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** Upload a file by having Kloudless fetch it from a URL. */
        UploadFromUrl: {
            /**
             * Format: uri
             *
             * URL that Kloudless downloads the file from.
             */
            url: string;
            /** ID of the destination folder, or `root`. */
            parent_id: string;
            /** Name of the new file. */
            name: string;
        };
        /** Rename or move a file. Give `account` to move it to another account (the response is then the new file object). */
        FileUpdate: {
            /** New name. */
            name?: string;
            /** ID of the new parent folder, or `root`. */
            parent_id?: string;
            /** ID of another account to move the file to. */
            account?: number;
        };
        /** Rename or move a folder. */
        FolderUpdate: {
            /** New name. */
            name?: string;
            /** ID of the new parent folder, or `root`. */
            parent_id?: string;
        };
        /** A new folder. */
        FolderCreate: {
            /** Name of the new folder. */
            name: string;
            /**
             * ID of the parent folder, or `root`.
             * @default root
             */
            parent_id?: string;
        };
        /** Copy a file or folder into the folder `parent_id` (optionally of another `account`), or, with `account` set to `upload_location`, into an upload location of the application: the folder `parent_id` of the account `drop_account`, or the location `drop_uri`. */
        CopyRequest: {
            /** ID of the destination folder, or `root`; with `account: upload_location`, the folder of `drop_account` (its root when left out). */
            parent_id?: string;
            /** Name of the copy; defaults to the original's name. */
            name?: string;
            /** ID of the account to copy into (cross-account copy), or `upload_location` to copy into an upload location of the application (`drop_account` or `drop_uri`). */
            account?: number | "upload_location";
            /** With `account: upload_location`: ID of the account holding the upload location (the File Picker's `upload_location_account`). */
            drop_account?: number | string;
            /** With `account: upload_location`: URI of the upload location, instead of `drop_account` and `parent_id` (the File Picker's `upload_location_uri`). */
            drop_uri?: string;
        } & ({
            parent_id: string;
        } | {
            /** @constant */
            account: "upload_location";
        });
        /** The copy of a file; with `link=true`, `link` holds the URL of a Kloudless link to it. */
        FileCopy: {
            /** Opaque Kloudless ID (URL-safe, at most 8192 characters). Newer IDs start with `file_` or `folder_`; treat IDs as arbitrary strings. */
            readonly id: string;
            /** Name of the file or folder. */
            name: string;
            /**
             * Always `file`.
             * @constant
             */
            readonly type: "file";
            /**
             * Always `storage`.
             * @constant
             */
            readonly api?: "storage";
            /** Size in bytes; null when unknown (usually null for folders). */
            readonly size?: number | null;
            /**
             * Format: date-time
             *
             * Creation time; null when unknown.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * Last modification time; null when unknown.
             */
            readonly modified?: string | null;
            /** Path of the item; null for services without paths. */
            readonly path?: string | null;
            /** The folder that holds the item. */
            parent?: components["schemas"]["ParentRef"];
            /** Folders from the root down to the parent; null when not available. */
            readonly ancestors?: components["schemas"]["ParentRef"][] | null;
            /** ID of the account the item belongs to. */
            readonly account?: number;
            ids?: components["schemas"]["StorageIds"];
            /**
             * Which ID type `id` is, such as `default` or `path`.
             * @example default
             */
            readonly id_type?: string;
            /** The upstream service's ID. */
            readonly raw_id?: string | null;
            raw?: components["schemas"]["RawObject"];
            /**
             * Format: uri
             *
             * Absolute API URL of the object.
             */
            readonly href?: string;
            /** Owner of the item, when the service reports one. */
            readonly owner?: components["schemas"]["UserRef"] | null;
            /** User who created the item, when known. */
            readonly creator?: components["schemas"]["UserRef"] | null;
            /** User who last changed the item, when known. */
            readonly last_modifier?: components["schemas"]["UserRef"] | null;
            /**
             * MIME type of the file.
             * @example image/png
             */
            readonly mime_type?: string | null;
            /** Whether the file's contents can be downloaded. */
            readonly downloadable?: boolean;
            /**
             * Format: uri
             *
             * URL of the Kloudless link created to the copy (`link=true` only).
             */
            readonly link?: string;
        };
        /** Request for a direct-to-storage upload URL. */
        UploadUrlCreate: {
            /** ID of the destination folder, or `root`. */
            parent_id: string;
            /** Name of the file to be uploaded. */
            name: string;
        };
        /** A URL the file can be uploaded to directly, bypassing Kloudless (seen on s3). */
        UploadUrl: {
            /**
             * Format: uri
             *
             * Direct upload URL at the storage service.
             */
            readonly url: string;
        };
        /** Share links that the upstream service itself keeps for a file or folder. */
        ServiceLinks: {
            /** The links, when the response is a list envelope. */
            objects?: Record<string, unknown>[];
        };
        /** Convert an upstream (raw) ID into a Kloudless ID. */
        ConvertIdRequest: {
            /** The upstream service's ID. */
            raw_id: string;
            /**
             * Kind of item the ID belongs to.
             * @enum {string}
             */
            type: "file" | "folder";
        };
        /** The Kloudless ID of an upstream item. */
        ConvertIdResult: {
            /** Kloudless ID. */
            readonly id: string;
        };
        /** Start a multipart upload session. */
        MultipartInit: {
            /** Name of the new file. */
            name: string;
            /** ID of the destination folder, or `root`. */
            parent_id: string;
            /** Total size in bytes. Required by some services (gdrive, egnyte, skydrive in the vendor tests); send it whenever it is known. */
            size?: number;
        };
        /** A multipart upload session. */
        MultipartSession: {
            /** Session ID. */
            readonly id: number | string;
            /** ID of the account the upload goes to. */
            readonly account?: number;
            /** Size in bytes of every part except the last one. */
            readonly part_size?: number;
            /** Whether parts may be uploaded concurrently. */
            readonly parallel_uploads?: boolean;
        };
        /** A Kloudless share link to a file. */
        Link: {
            /** Link ID. */
            readonly id: string;
            /**
             * Format: uri
             *
             * Public URL of the link.
             */
            readonly url?: string;
            /** ID of the linked file. */
            file_id?: string;
            /** ID of the account that owns the file. */
            readonly account?: number;
            /** Whether the link works; inactive or expired links answer 403/404. */
            active?: boolean;
            /** `true`: the URL downloads the file directly; `false`: it shows a landing page. */
            direct?: boolean;
            /**
             * Format: date-time
             *
             * When the link expires; null means never.
             */
            expiration?: string | null;
            /**
             * Format: date-time
             *
             * Creation time.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * Last modification time.
             */
            readonly modified?: string | null;
            /** API name (`storage`). */
            readonly api?: string;
            /** Object type (`link`). */
            readonly type?: string;
        };
        /** A new link. */
        LinkCreate: {
            /** ID of the file to link to. */
            file_id: string;
            /** `true`: direct download; `false`: landing page. */
            direct?: boolean;
            /** Password that visitors must enter. */
            password?: string;
            /**
             * Format: date-time
             *
             * When the link expires (ISO 8601); null or absent means never.
             */
            expiration?: string | null;
            /**
             * Whether the link works; a new link is active unless `false` is sent.
             * @default true
             */
            active?: boolean;
        };
        /** Changes to a link. */
        LinkUpdate: {
            /** Enable or disable the link. */
            active?: boolean;
            /**
             * Format: date-time
             *
             * New expiry; null removes it.
             */
            expiration?: string | null;
            /** New password; null removes it. */
            password?: string | null;
            /** `true`: direct download; `false`: landing page. */
            direct?: boolean;
        };
        /** One page of links (page-number list). */
        LinkList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["Link"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** One entry of a file's or folder's sharing list. */
        Permission: {
            /** ID of the grantee at the service. */
            readonly id?: string | null;
            /** Display name of the grantee. */
            readonly name?: string | null;
            /** E-mail address of the grantee. */
            email?: string | null;
            /**
             * Access level, such as `owner`, `writer` or `reader`.
             * @example owner
             * @example writer
             * @example reader
             */
            role?: string;
            /**
             * Kind of grantee, such as `user`.
             * @example user
             */
            type?: string;
        };
        /** One sharing entry to set or add. */
        PermissionInput: {
            /**
             * Kind of grantee, such as `user`.
             * @example user
             */
            type: string;
            /**
             * Access level, such as `reader` or `writer`.
             * @example reader
             * @example writer
             */
            role: string;
            /** E-mail address of the grantee. */
            email?: string;
        };
        /** Sharing entries to set (PUT, replaces the list; the owner is kept) or add/change (PATCH). */
        PermissionInputList: components["schemas"]["PermissionInput"][];
        /** The sharing list of a file or folder. */
        PermissionList: {
            permissions: components["schemas"]["Permission"][];
        };
        /** A custom key/value property of a file. */
        Property: {
            /** Property name. */
            key: string;
            /** Property value. */
            value?: string | null;
            /**
             * Format: date-time
             *
             * When the property was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             *
             * When the property was last changed.
             */
            readonly modified?: string | null;
            /** Box metadata template scope (Box only). */
            readonly box_scope?: string;
            /** Box metadata template key (Box only). */
            readonly box_template?: string;
        };
        /** One property change; `value` null deletes the key, any other value adds or updates it. */
        PropertyPatch: {
            /** Property name. */
            key: string;
            /** New value, or null to delete the property. */
            value: string | null;
        };
        /** Property changes; keys not named are left as they are. */
        PropertyPatchList: components["schemas"]["PropertyPatch"][];
        /** The properties of a file. */
        PropertyList: {
            properties: components["schemas"]["Property"][];
        };
        /** Storage quota of the account. */
        Quota: {
            /** Total space in bytes; null when unknown or unlimited. */
            readonly total?: number | null;
            /** Used space in bytes; null when unknown. */
            readonly used?: number | null;
            /** API name (`storage`). */
            readonly api?: string;
            /** Object type (`quota`). */
            readonly type?: string;
        };
        /** A user of the team. Its `id` is what `X-Kloudless-As-User` takes. */
        TeamUser: {
            /** Upstream user ID. */
            readonly id: string;
            /** Display name. */
            readonly name?: string | null;
            /** Email address. */
            readonly email?: string | null;
            /** Role of the user in the team (values not captured; an open string). */
            readonly role?: string | null;
            /**
             * Always `team`.
             * @constant
             */
            readonly api?: "team";
            /**
             * Always `user`.
             * @constant
             */
            readonly type?: "user";
            raw?: components["schemas"]["RawObject"];
        };
        /** A group of the team. */
        TeamGroup: {
            /** Upstream group ID. */
            readonly id: string;
            /** Group name. */
            readonly name?: string | null;
            /** Role of the group, or of the user in the group when listed as a membership (values not captured; an open string). */
            readonly role?: string | null;
            /**
             * Always `team`.
             * @constant
             */
            readonly api?: "team";
            /**
             * Always `group`.
             * @constant
             */
            readonly type?: "group";
            raw?: components["schemas"]["RawObject"];
        };
        /** A page of team users (page-token paging). */
        TeamUserList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["TeamUser"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A page of team groups (page-token paging). */
        TeamGroupList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["TeamGroup"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A page of the groups a user belongs to (page-token paging). */
        TeamMembershipList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["TeamGroup"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A page of the users of a group (page-token paging). */
        TeamMemberList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["TeamUser"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** The body of `subscriptions.create`; may be empty. */
        SubscriptionCreate: {
            /**
             * What the subscription records; `changes` (the default).
             * @default changes
             */
            subscription_type?: string;
            /** IDs of the resources (folders, files, calendars) whose activity is recorded; empty or absent for every resource of the account. */
            monitored_resources?: string[];
        };
        /** An activity subscription of an account. */
        Subscription: {
            /** Subscription ID. */
            readonly id: string | number;
            /** The account's ID. */
            readonly account?: number | string;
            /** What the subscription records (`changes`). */
            readonly subscription_type: string;
            /** IDs of the monitored resources; empty for every resource. */
            readonly monitored_resources: string[];
            /** Format: date-time */
            readonly created?: string;
            /** The cursor of the latest activity of the subscription. */
            readonly last_cursor?: string | number | null;
            /** @constant */
            readonly api?: "activity";
            /** @constant */
            readonly type?: "subscription";
        };
        /** A page of subscriptions (page-number paging). */
        SubscriptionList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["Subscription"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A conversation (channel, group or direct chat). */
        Conversation: {
            /** Conversation ID. */
            readonly id: string;
            /** Name of the conversation; `null` for direct chats. */
            readonly name?: string | null;
            /** Whether only its members can see the conversation. */
            readonly private?: boolean;
            /** Format: date-time */
            readonly created?: string | null;
            /** User IDs of the members. */
            readonly members?: string[];
            /** URL of the conversation in the API. */
            readonly href?: string;
            /** @constant */
            readonly api?: "messaging";
            /** @constant */
            readonly type?: "conversation";
            raw?: components["schemas"]["RawObject"];
        };
        /** A page of conversations (page-token paging). */
        ConversationList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["Conversation"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** An incident of the ITSM service. */
        Incident: {
            /** Incident ID. */
            readonly id: string;
            /** Description of the incident. */
            description?: string | null;
            /** Status (open string). */
            status?: string | null;
            category?: string | null;
            active?: boolean;
            /** @enum {string|null} */
            impact?: "low" | "medium" | "high" | null;
            /** @enum {string|null} */
            urgency?: "low" | "medium" | "high" | null;
            /** @enum {string|null} */
            priority?: "low" | "medium" | "high" | "critical" | null;
            escalation?: string | null;
            /** Format: date-time */
            due_date?: string | null;
            /** ID of the related change. */
            change?: string | null;
            /** ID of the related problem. */
            problem?: string | null;
            /** ID of the user who reported the incident. */
            requester?: string | null;
            /** ID of the user responding. */
            responder?: string | null;
            /** ID of the user assigned. */
            assignee?: string | null;
            /** Format: date-time */
            readonly created?: string | null;
            /** Format: date-time */
            readonly modified?: string | null;
            readonly href?: string;
            /** @constant */
            readonly api?: "itsm";
            /** @constant */
            readonly type?: "incident";
            raw?: components["schemas"]["RawObject"];
        };
        /** A page of incidents (page-token paging). */
        IncidentList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: components["schemas"]["Incident"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A daily span of bookable time, in the window's `time_zone`, on the weekdays of `recurring`. */
        MeetingAvailableTime: {
            /**
             * Start of the span: a time of day, `hh:mm:ss`, or an ISO 8601 date-time with offset whose time of day is used.
             * @example 08:00:00
             * @example 2018-11-29T00:00:00-08:00
             */
            start: string | unknown | unknown;
            /**
             * End of the span: a time of day, `hh:mm:ss`, or an ISO 8601 date-time with offset whose time of day is used.
             * @example 17:00:00
             * @example 2018-12-01T00:00:00-08:00
             */
            end: string | unknown | unknown;
            /** On which days the span repeats. */
            recurring?: {
                /**
                 * Comma-separated weekdays (`MON, TUE, WED, THU, FRI`), or `*` for every day.
                 * @example MON, TUE, WED, THU, FRI
                 */
                weekday?: string;
                /**
                 * Months; only `*` is supported.
                 * @example *
                 */
                month?: string;
                /**
                 * Days of the month; only `*` is supported.
                 * @example *
                 */
                day?: string;
            };
        };
        /** When the organizer can be booked. */
        MeetingAvailability: {
            available_times: components["schemas"]["MeetingAvailableTime"][];
            /**
             * Last day (ISO 8601 date) on which the spans repeat, or `NEVER` (default).
             * @default NEVER
             * @example NEVER
             * @example 2026-12-31
             */
            end_repeat?: string;
        };
        /** The writable attributes of a meeting window. */
        MeetingWindowFields: {
            /** Title of the meeting; the booked events' name. */
            title?: string;
            /** Length of a meeting, in minutes. */
            duration?: number;
            /** Display name of the organizer. */
            organizer?: string;
            /** Location of the meeting (free text, e.g. a meeting URL). */
            location?: string | null;
            /** Description of the meeting. */
            description?: string | null;
            availability?: components["schemas"]["MeetingAvailability"];
            /**
             * IANA time zone of `availability`, e.g. `America/Los_Angeles`.
             * @example America/Los_Angeles
             */
            time_zone?: string;
            /**
             * How many days ahead slots can be booked.
             * @default 30
             */
            availability_range?: number;
            /**
             * Minutes between the starts of two consecutive slots.
             * @default 30
             */
            time_slot_interval?: number;
            /**
             * Free minutes required before a booked meeting.
             * @default 0
             */
            time_buffer_before?: number;
            /**
             * Free minutes required after a booked meeting.
             * @default 0
             */
            time_buffer_after?: number;
            /**
             * Whether a booking may set the event's name and an extra description (`event_metadata`).
             * @default false
             */
            allow_event_metadata?: boolean;
            /** Event attributes applied to every booked event; `id`, `name`, `description`, `location`, `start`, `end`, `start_time_zone`, `end_time_zone`, `all_day` and `recurrence` cannot be set. */
            default_event_metadata?: Record<string, unknown>;
            /** The calendar (of the organizer's account) that receives the booked events. */
            booking_calendar_id?: string;
        };
        /** The body of `meetings.windows.create`. */
        MeetingWindowCreate: {
            /** Title of the meeting; the booked events' name. */
            title: string;
            /** Length of a meeting, in minutes. */
            duration: number;
            /** Display name of the organizer. */
            organizer?: string;
            /** Location of the meeting (free text, e.g. a meeting URL). */
            location?: string | null;
            /** Description of the meeting. */
            description?: string | null;
            availability: components["schemas"]["MeetingAvailability"];
            /**
             * IANA time zone of `availability`, e.g. `America/Los_Angeles`.
             * @example America/Los_Angeles
             */
            time_zone: string;
            /**
             * How many days ahead slots can be booked.
             * @default 30
             */
            availability_range?: number;
            /**
             * Minutes between the starts of two consecutive slots.
             * @default 30
             */
            time_slot_interval?: number;
            /**
             * Free minutes required before a booked meeting.
             * @default 0
             */
            time_buffer_before?: number;
            /**
             * Free minutes required after a booked meeting.
             * @default 0
             */
            time_buffer_after?: number;
            /**
             * Whether a booking may set the event's name and an extra description (`event_metadata`).
             * @default false
             */
            allow_event_metadata?: boolean;
            /** Event attributes applied to every booked event; `id`, `name`, `description`, `location`, `start`, `end`, `start_time_zone`, `end_time_zone`, `all_day` and `recurrence` cannot be set. */
            default_event_metadata?: Record<string, unknown>;
            /** The calendar (of the organizer's account) that receives the booked events. */
            booking_calendar_id: string;
        };
        /** The body of `meetings.windows.update`; every attribute is optional. */
        MeetingWindowUpdate: {
            /** Title of the meeting; the booked events' name. */
            title?: string;
            /** Length of a meeting, in minutes. */
            duration?: number;
            /** Display name of the organizer. */
            organizer?: string;
            /** Location of the meeting (free text, e.g. a meeting URL). */
            location?: string | null;
            /** Description of the meeting. */
            description?: string | null;
            availability?: components["schemas"]["MeetingAvailability"];
            /**
             * IANA time zone of `availability`, e.g. `America/Los_Angeles`.
             * @example America/Los_Angeles
             */
            time_zone?: string;
            /**
             * How many days ahead slots can be booked.
             * @default 30
             */
            availability_range?: number;
            /**
             * Minutes between the starts of two consecutive slots.
             * @default 30
             */
            time_slot_interval?: number;
            /**
             * Free minutes required before a booked meeting.
             * @default 0
             */
            time_buffer_before?: number;
            /**
             * Free minutes required after a booked meeting.
             * @default 0
             */
            time_buffer_after?: number;
            /**
             * Whether a booking may set the event's name and an extra description (`event_metadata`).
             * @default false
             */
            allow_event_metadata?: boolean;
            /** Event attributes applied to every booked event; `id`, `name`, `description`, `location`, `start`, `end`, `start_time_zone`, `end_time_zone`, `all_day` and `recurrence` cannot be set. */
            default_event_metadata?: Record<string, unknown>;
            /** The calendar (of the organizer's account) that receives the booked events. */
            booking_calendar_id?: string;
        };
        /** A meeting window of the organizer. */
        MeetingWindow: {
            /** Title of the meeting; the booked events' name. */
            title: string;
            /** Length of a meeting, in minutes. */
            duration: number;
            /** Display name of the organizer. */
            organizer?: string;
            /** Location of the meeting (free text, e.g. a meeting URL). */
            location?: string | null;
            /** Description of the meeting. */
            description?: string | null;
            availability: components["schemas"]["MeetingAvailability"];
            /**
             * IANA time zone of `availability`, e.g. `America/Los_Angeles`.
             * @example America/Los_Angeles
             */
            time_zone: string;
            /**
             * How many days ahead slots can be booked.
             * @default 30
             */
            availability_range?: number;
            /**
             * Minutes between the starts of two consecutive slots.
             * @default 30
             */
            time_slot_interval?: number;
            /**
             * Free minutes required before a booked meeting.
             * @default 0
             */
            time_buffer_before?: number;
            /**
             * Free minutes required after a booked meeting.
             * @default 0
             */
            time_buffer_after?: number;
            /**
             * Whether a booking may set the event's name and an extra description (`event_metadata`).
             * @default false
             */
            allow_event_metadata?: boolean;
            /** Event attributes applied to every booked event; `id`, `name`, `description`, `location`, `start`, `end`, `start_time_zone`, `end_time_zone`, `all_day` and `recurrence` cannot be set. */
            default_event_metadata?: Record<string, unknown>;
            /** The calendar (of the organizer's account) that receives the booked events. */
            booking_calendar_id: string;
            /** Meeting window ID. */
            readonly id: string;
            /** The organizer's account ID. */
            readonly account?: number | string;
            /** Format: date-time */
            readonly created?: string;
            /** Format: date-time */
            readonly modified?: string;
            /**
             * Always `meeting_scheduler`.
             * @constant
             */
            readonly api?: "meeting_scheduler";
            /**
             * Always `meeting_window`.
             * @constant
             */
            readonly type?: "meeting_window";
        };
        /** A page of meeting windows (`count`, `total`, `page`, `objects`). */
        MeetingWindowList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["MeetingWindow"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** A bookable slot of a meeting window. */
        TimeSlot: {
            /**
             * Format: date-time
             *
             * Start of the slot (UTC).
             */
            start: string;
            /**
             * Format: date-time
             *
             * End of the slot (UTC).
             */
            end: string;
        };
        /** A page of time slots with the page number of the next ones. */
        TimeSlotList: {
            time_slots: components["schemas"]["TimeSlot"][];
            /** Pass it as `page` for the next slots; `null` after the last ones. */
            next_page?: number | null;
        };
        /** An invitee of a booked meeting. */
        ScheduleTarget: {
            /** Display name. */
            name?: string | null;
            /** Email address; the invitee becomes an attendee of the event. */
            email: string;
        };
        /** What the invitee may set on the event when the window has `allow_event_metadata`. */
        ScheduleEventMetadata: {
            /** The event's name (instead of the window's `title`). */
            name?: string;
            /** Text appended to the event's description. */
            extra_description?: string;
        };
        /** The writable attributes of a booking. */
        ScheduleFields: {
            /**
             * Format: date-time
             *
             * Start of the slot, as listed by `meetings.windows.listTimeSlots`.
             */
            start?: string;
            /**
             * Format: date-time
             *
             * End of the slot.
             */
            end?: string;
            targets?: components["schemas"]["ScheduleTarget"][];
            /** reCAPTCHA token of a visitor booking from the widget. */
            recaptcha_token?: string;
            event_metadata?: components["schemas"]["ScheduleEventMetadata"];
        };
        /** The body of `meetings.windows.schedule`. */
        ScheduleRequest: {
            /**
             * Format: date-time
             *
             * Start of the slot, as listed by `meetings.windows.listTimeSlots`.
             */
            start: string;
            /**
             * Format: date-time
             *
             * End of the slot.
             */
            end: string;
            targets: components["schemas"]["ScheduleTarget"][];
            /** reCAPTCHA token of a visitor booking from the widget. */
            recaptcha_token?: string;
            event_metadata?: components["schemas"]["ScheduleEventMetadata"];
        };
        /** The body of `meetings.events.update`; every attribute is optional. */
        ScheduledEventUpdate: {
            /**
             * Format: date-time
             *
             * Start of the slot, as listed by `meetings.windows.listTimeSlots`.
             */
            start?: string;
            /**
             * Format: date-time
             *
             * End of the slot.
             */
            end?: string;
            targets?: components["schemas"]["ScheduleTarget"][];
            /** reCAPTCHA token of a visitor booking from the widget. */
            recaptcha_token?: string;
            event_metadata?: components["schemas"]["ScheduleEventMetadata"];
        };
        /** A booked meeting and the calendar event it created. */
        ScheduledEvent: {
            /**
             * Format: date-time
             *
             * Start of the slot, as listed by `meetings.windows.listTimeSlots`.
             */
            start: string;
            /**
             * Format: date-time
             *
             * End of the slot.
             */
            end: string;
            targets: components["schemas"]["ScheduleTarget"][];
            /** reCAPTCHA token of a visitor booking from the widget. */
            recaptcha_token?: string;
            event_metadata?: components["schemas"]["ScheduleEventMetadata"];
            /** Booked event ID. */
            readonly id: string;
            /** The meeting window the slot was booked in. */
            readonly meeting_window_id: string;
            /** The organizer's account ID. */
            readonly account?: number | string;
            /** The booking calendar. */
            readonly calendar_id: string;
            /** The event created on the booking calendar. */
            readonly calendar_event_id: string;
            /** Format: date-time */
            readonly created?: string;
            /** @constant */
            readonly api?: "meeting_scheduler";
            /** @constant */
            readonly type?: "scheduled_event";
        };
        /** What the application's webhook URLs (`meta.webhooks`) receive when a time slot of a meeting window is booked (`meetings.windows.schedule`), its booking changed (`meetings.events.update`) or cancelled (`meetings.events.delete`): a form-encoded POST (not JSON) with these fields, signed in `X-Kloudless-Signature` like every other notification (the base64 HMAC-SHA256 of the raw body keyed by the application's API key). Receivers answer 200 with the Application ID. */
        MeetingBookingNotification: {
            /** The organizer's account ID (the owner of the booking calendar), as a form value. */
            account: string;
            /** @constant */
            event_category: "calendar";
            /**
             * `add`: a slot was booked; `update`: a booking changed; `delete`: a booking was cancelled.
             * @enum {string}
             */
            event_type: "add" | "update" | "delete";
            /** @enum {string} */
            event_subtype: "meeting_scheduler_slot_booked" | "meeting_scheduler_slot_updated" | "meeting_scheduler_slot_deleted";
            /** The booking calendar. */
            calendar_id: string;
            /** The event of the booking on the booking calendar. */
            calendar_event_id: string;
            /** The meeting window the slot belongs to. */
            meeting_window_id: string;
        };
        /** The body of `meta.trustedDomains.create`. */
        TrustedDomainCreate: {
            /**
             * The domain (host, optionally with scheme and port), e.g. `example.com`.
             * @example example.com
             */
            domain: string;
        };
        /** A trusted domain of an application. */
        TrustedDomain: {
            /** Trusted domain ID. */
            readonly id: string | number;
            /** The domain. */
            readonly domain: string;
            /** Format: date-time */
            readonly created?: string;
            /** Format: date-time */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "trusted_domain";
        };
        /** A page of trusted domains (page-number paging). */
        TrustedDomainList: {
            /** Total number of objects (when the service knows it). */
            total?: number;
            /** Number of objects on this page. */
            count?: number;
            /** Current page number. */
            page?: number | string;
            /** Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: components["schemas"]["TrustedDomain"][];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
    };
    responses: {
        /** Kloudless error. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** Rate limit reached at Kloudless (`too_many_requests`) or upstream (`too_many_service_requests`). */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** Done; no body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
        AccountId: string;
        /** Page number, starting at 1. */
        Page: number;
        /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
        PageToken: string;
        /** Objects per page. Some services treat it as advisory. */
        PageSize: number;
        /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
        RawData: "true" | "false";
        /** JSON object of extra headers that Kloudless forwards to the upstream service. */
        RawHeaders: string;
        /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
        AsUser: string;
        /** When `true`, the request runs asynchronously and a Task is returned. */
        Async: "true" | "false";
        /** JSON object `{"name": "<file name>", "parent_id": "<folder id or root>"}` (both strings) describing an uploaded file. Required with an `application/octet-stream` body; not used with an `application/json` (upload from URL) body, hence not required here. */
        Metadata: string;
        /** HTTP method of the upstream request. */
        RawMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
        /** Upstream path (such as `/drive/v3/files`) or full upstream URL. */
        RawUri: string;
    };
    requestBodies: never;
    headers: {
        /** ID of the request, to quote when reporting a problem. */
        RequestId: string;
        /** Seconds to wait (or an HTTP date) before the next request. */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "oauth.authorize": {
        parameters: {
            query: {
                /** Application ID (replaces the v0 `app_id`). */
                client_id: string;
                /** `code` for the authorization-code grant; `token` for the implicit grant and the out-of-band popup flow. */
                response_type: "code" | "token";
                /** Where the browser returns; must be one of the application's configured Redirect URIs. `urn:ietf:wg:oauth:2.0:oob` selects the out-of-band popup flow. */
                redirect_uri: string;
                /** Space-delimited Kloudless scopes: `all`/`any`, API categories (`storage`, `calendar`, ...), service IDs (`box dropbox`), or the full form `<service>.<api>.<permission>`; admin connections use `:admin` (e.g. `all:admin`). */
                scope?: string;
                /** Opaque value echoed back to the redirect URI; generate a random one and compare it on return (recommended). */
                state?: string;
                /** JSON object (as a string, URL-encoded by the client) pre-filling fields of Kloudless' connect forms, e.g. `{"domain": "ftps://ftp.example.com:21"}`. */
                extra_data?: string;
                /** JSON object (as a string) of custom data for the account. */
                custom_properties?: string;
                /** Out-of-band flow only: origin of the page embedding the popup; its domain must be one of the application's Trusted Domains. */
                origin?: string;
                /** Parameters passed on to the upstream service's OAuth request, sent as `raw[<name>]=<value>` (e.g. `raw[login_hint]=user@example.com`). */
                raw?: {
                    [key: string]: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Redirect to `redirect_uri` with `code` and `state` (or `error` and `error_description`) as query parameters, or the implicit grant's token data in the fragment. */
            302: {
                headers: {
                    /** The redirect URI with the result of the authorization. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "oauth.verifyToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Information on the token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenInfo"];
                };
            };
            /** The token is invalid, revoked or unknown. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "oauth.getToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** The access token of the connected account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "tasks.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the Task returned by a request sent with `X-Kloudless-Async` set to `true`. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The Task while it runs, or the result of the finished request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResult"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "core.raw": {
        parameters: {
            query?: never;
            header: {
                /** HTTP method of the upstream request. */
                "X-Kloudless-Raw-Method": components["parameters"]["RawMethod"];
                /** Upstream path (such as `/drive/v3/files`) or full upstream URL. */
                "X-Kloudless-Raw-URI": components["parameters"]["RawUri"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** Body of the upstream request, forwarded as is with its content type. */
        requestBody?: {
            content: {
                "application/json": unknown;
                "*/*": string;
            };
        };
        responses: {
            /** The upstream service's response, streamed back as is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** Any other upstream status, streamed back as is. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    "core.encodeRawId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EncodeRawIdRequest"];
            };
        };
        responses: {
            /** The Kloudless ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncodeRawIdResult"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "services.list": {
        parameters: {
            query?: {
                /** The application asking (the File Picker's and kloudless-js' `app_id`). */
                app_id?: string;
                /** Include each service's `properties` (its `capabilities`: which operations it supports). */
                retrieve_properties?: boolean;
                /** Only services that support these APIs, e.g. `storage` or `storage,calendar`. */
                apis?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "services.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Service identifier (its `name`), e.g. `gdrive`. */
                service_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "accounts.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Accounts per page. */
                page_size?: number;
                /** Only accounts that are enabled (`true`) or disabled (`false`). */
                enabled?: boolean;
                /** Only accounts connected through the admin flow (`true`) or not (`false`). */
                admin?: boolean;
                /** Only active (`true`) or inactive (`false`) accounts. The File Picker sends `active=True` with a Bearer token to read that token's account. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "accounts.import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountImport"];
            };
        };
        responses: {
            /** The imported account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "accounts.retrieve": {
        parameters: {
            query?: {
                /** When `false`, the lighter account object is returned. */
                retrieve_full?: boolean;
            };
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "accounts.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "accounts.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** The updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.upload": {
        parameters: {
            query?: {
                /** `true`: replace the first file with the same name in the folder. `false`: a name clash gets an automatically renamed file. */
                overwrite?: boolean;
            };
            header?: {
                /** JSON object `{"name": "<file name>", "parent_id": "<folder id or root>"}` (both strings) describing an uploaded file. Required with an `application/octet-stream` body; not used with an `application/json` (upload from URL) body, hence not required here. */
                "X-Kloudless-Metadata"?: components["parameters"]["Metadata"];
                /** When `true`, the request runs asynchronously and a Task is returned. */
                "X-Kloudless-Async"?: components["parameters"]["Async"];
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** The file's bytes, or a JSON upload-from-URL request. */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/json": components["schemas"]["UploadFromUrl"];
            };
        };
        responses: {
            /** The new file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            /** Accepted (asynchronous request); poll the task with `tasks.retrieve`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.createUploadUrl": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlCreate"];
            };
        };
        responses: {
            /** The upload URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadUrl"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.updateContents": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** The new contents. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** The updated file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.delete": {
        parameters: {
            query?: {
                /** Delete permanently instead of moving to the trash. */
                permanent?: boolean;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileUpdate"];
            };
        };
        responses: {
            /** The updated (or, across accounts, new) file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.download": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The file's contents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.copy": {
        parameters: {
            query?: {
                /** `task`: run the copy asynchronously and answer with a Task (202), as `X-Kloudless-Async: true` does. */
                return_type?: "task";
                /** Also create a Kloudless link to the copy; its URL is returned as `link`. */
                link?: boolean;
                /** With `link=true`: JSON object of the new link's fields (`direct`, `password`, `expiration`, `active`, as for `storage.links.create`). */
                link_options?: string;
            };
            header?: {
                /** When `true`, the request runs asynchronously and a Task is returned. */
                "X-Kloudless-Async"?: components["parameters"]["Async"];
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless ID of the file to copy. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyRequest"];
            };
        };
        responses: {
            /** The copy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCopy"];
                };
            };
            /** Accepted (asynchronous request); poll the task with `tasks.retrieve`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.thumbnail": {
        parameters: {
            query?: {
                /** Width/height of the thumbnail in pixels. */
                size?: number;
                /** Image format of the thumbnail; without it the service's own choice. */
                image_format?: "png" | "jpeg";
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The thumbnail image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.listServiceLinks": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The service's links of the file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLinks"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.listPermissions": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The file's sharing list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.setPermissions": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** The entries. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** The new sharing list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.updatePermissions": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** The entries. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** The new sharing list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.listProperties": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The file's properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.deleteProperties": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.files.updateProperties": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyPatchList"];
            };
        };
        responses: {
            /** The file's properties after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.create": {
        parameters: {
            query?: {
                /** `true`: answer 409 if a folder with this name already exists. `false`: return the existing folder. */
                conflict_if_exists?: boolean;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderCreate"];
            };
        };
        responses: {
            /** A folder with this name already existed and is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            /** The new folder. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The folder. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.delete": {
        parameters: {
            query?: {
                /** Delete the folder's contents too (needed for a non-empty folder). */
                recursive?: boolean;
                /** Delete permanently instead of moving to the trash. */
                permanent?: boolean;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderUpdate"];
            };
        };
        responses: {
            /** The updated folder. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.listContents": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** List every item below the folder, not only its direct children. */
                recursive?: boolean;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of the folder's contents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderContents"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.copy": {
        parameters: {
            query?: {
                /** `task`: run the copy asynchronously and answer with a Task (202), as `X-Kloudless-Async: true` does. */
                return_type?: "task";
            };
            header?: {
                /** When `true`, the request runs asynchronously and a Task is returned. */
                "X-Kloudless-Async"?: components["parameters"]["Async"];
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless ID of the folder to copy. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyRequest"];
            };
        };
        responses: {
            /** The copy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            /** Accepted (asynchronous request); poll the task with `tasks.retrieve`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.listServiceLinks": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The service's links of the folder. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLinks"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.listPermissions": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The folder's sharing list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.setPermissions": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** The entries. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** The new sharing list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.folders.updatePermissions": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** The entries. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** The new sharing list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.multipart.init": {
        parameters: {
            query?: {
                /** `true`: replace the first file with the same name in the folder. `false`: a name clash gets an automatically renamed file. */
                overwrite?: boolean;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MultipartInit"];
            };
        };
        responses: {
            /** The new session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipartSession"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.multipart.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Multipart session ID as returned in the session's `id`. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipartSession"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.multipart.uploadPart": {
        parameters: {
            query: {
                /** Number of the part, starting at 1. */
                part_number: number;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Multipart session ID as returned in the session's `id`. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        /** The part's bytes. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** Part stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.multipart.abort": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Multipart session ID as returned in the session's `id`. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.multipart.complete": {
        parameters: {
            query?: {
                /** `true`: replace the first file with the same name in the folder. `false`: a name clash gets an automatically renamed file. */
                overwrite?: boolean;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Multipart session ID as returned in the session's `id`. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The uploaded file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.links.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** Only active (`true`) or only inactive (`false`) links. */
                active?: boolean;
                /** Name of the field to sort by (such as `created`); prefix `-` for descending. */
                ordering?: string;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.links.create": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCreate"];
            };
        };
        responses: {
            /** The new link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.links.retrieve": {
        parameters: {
            query?: {
                /** Only find the link if it is active (`true`) or inactive (`false`). */
                active?: boolean;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Link ID. */
                link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.links.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Link ID. */
                link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.links.update": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Link ID. */
                link_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkUpdate"];
            };
        };
        responses: {
            /** The updated link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.search": {
        parameters: {
            query: {
                /** The search query. */
                q: string;
                /** Query language: `keyword` (the service's normal search), `raw` (the service's own query language) or `cmis` (a CMIS query). */
                lang?: "keyword" | "raw" | "cmis";
                /** Comma-separated IDs of the folders to search in. */
                parents?: string;
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of matching files and folders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.recent": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** Only files modified after this time (ISO 8601). */
                after?: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** One page of recent files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecentFiles"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.quota": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The quota. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quota"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "storage.convertId": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertIdRequest"];
            };
        };
        responses: {
            /** The Kloudless ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertIdResult"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "events.list": {
        parameters: {
            query?: {
                /** Cursor from the previous response (or from `events.latestCursor`); `after-auth` returns every event since the account was connected; an `upstream_cursor` value is accepted too. Cannot be combined with `from` or `until`. */
                cursor?: string | number;
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** Inclusive lower bound (ISO 8601) of the time of the events; usable alone. Later cursors stay inside the range of the first request. */
                from?: string;
                /** Exclusive upper bound (ISO 8601) of the time of the events; only together with `from`. */
                until?: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A batch of events with the cursor to continue from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "events.latestCursor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The latest cursor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestCursor"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.calendars.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of calendars. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.calendars.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarCreate"];
            };
        };
        responses: {
            /** The created calendar. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.calendars.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.calendars.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.calendars.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarUpdate"];
            };
        };
        responses: {
            /** The updated calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.events.list": {
        parameters: {
            query?: {
                /** Lower bound (ISO 8601), compared with each event's start time. Defaults to the epoch, `1970-01-01T00:00:00Z`. */
                start?: string;
                /** Upper bound (ISO 8601), compared with each event's end time. Defaults to the current UTC time. Required by Outlook Calendar. */
                end?: string;
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** ID of a recurring event: lists the occurrences of that series. */
                instances?: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEventList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.events.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarEventCreate"];
            };
        };
        responses: {
            /** The created event. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEvent"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.events.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** Opaque event ID. */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEvent"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.events.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** Opaque event ID. */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.events.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** Opaque event ID. */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarEventUpdate"];
            };
        };
        responses: {
            /** The updated event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarEvent"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "calendar.findAvailability": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityRequest"];
            };
        };
        responses: {
            /** The free time windows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityResult"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "team.users.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamUserList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "team.users.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamUser"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "team.users.listMemberships": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of the user's groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembershipList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "team.groups.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "team.groups.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroup"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "team.groups.listMembers": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
                /** Upstream user ID (from the Team API) that an admin account acts as. Needed on admin accounts of box, dropbox, gdrive, onedrivebiz, google_calendar and outlook_calendar; not allowed for s3, sharepoint and egnyte. */
                "X-Kloudless-As-User"?: components["parameters"]["AsUser"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of the group's users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.accounts.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of CRM accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmAccountList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.accounts.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmAccountCreate"];
            };
        };
        responses: {
            /** The created CRM account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmAccount"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.accounts.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM account (a company or organization record, not the connected Kloudless account). */
                crm_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The CRM account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmAccount"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.accounts.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM account (a company or organization record, not the connected Kloudless account). */
                crm_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.accounts.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM account (a company or organization record, not the connected Kloudless account). */
                crm_account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmAccountFields"];
            };
        };
        responses: {
            /** The updated CRM account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmAccount"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.contacts.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** Only the contacts of this CRM account (its ID). Supported by `hubspot`. */
                account?: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmContactList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.contacts.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmContactCreate"];
            };
        };
        responses: {
            /** The created contact. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmContact"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.contacts.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmContact"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.contacts.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.contacts.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmContactFields"];
            };
        };
        responses: {
            /** The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmContact"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.leads.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmLeadList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.leads.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmLeadCreate"];
            };
        };
        responses: {
            /** The created lead. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmLead"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.leads.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the lead. */
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The lead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmLead"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.leads.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the lead. */
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.leads.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the lead. */
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmLeadFields"];
            };
        };
        responses: {
            /** The updated lead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmLead"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.opportunities.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** Only the opportunities of this CRM account (its ID). Supported by `hubspot`. */
                account?: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of opportunities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmOpportunityList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.opportunities.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmOpportunityCreate"];
            };
        };
        responses: {
            /** The created opportunity. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmOpportunity"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.opportunities.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the opportunity. */
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The opportunity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmOpportunity"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.opportunities.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the opportunity. */
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.opportunities.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the opportunity. */
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmOpportunityFields"];
            };
        };
        responses: {
            /** The updated opportunity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmOpportunity"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.campaigns.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmCampaignList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.campaigns.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmCampaignCreate"];
            };
        };
        responses: {
            /** The created campaign. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmCampaign"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.campaigns.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmCampaign"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.campaigns.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.campaigns.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmCampaignFields"];
            };
        };
        responses: {
            /** The updated campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmCampaign"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.tasks.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of CRM tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmTaskList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.tasks.create": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmTaskCreate"];
            };
        };
        responses: {
            /** The created CRM task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmTask"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.tasks.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless task). */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The CRM task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmTask"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.tasks.delete": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless task). */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.tasks.update": {
        parameters: {
            query?: never;
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the CRM task (an activity record of the CRM, not an asynchronous Kloudless task). */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmTaskFields"];
            };
        };
        responses: {
            /** The updated CRM task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmTask"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.objects.list": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmObjectList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.objects.create": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmObjectInput"];
            };
        };
        responses: {
            /** The created object. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmObject"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.objects.retrieve": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the object. */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmObject"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.objects.delete": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the object. */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.objects.update": {
        parameters: {
            query: {
                /** The upstream object type, as the service names it (Salesforce: `Account`, `Contact`, `Product2`, ...). */
                raw_type: string;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** ID of the object. */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmObjectInput"];
            };
        };
        responses: {
            /** The updated object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmObject"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.search": {
        parameters: {
            query: {
                /** The search query: keywords, or a SOQL statement with `lang=SOQL`. */
                q: string;
                /** Language of `q`: `KEYWORD` (any service) or `SOQL` (Salesforce). */
                lang?: "KEYWORD" | "SOQL";
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of matching objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmSearchResults"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.batch": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmBatchRequest"];
            };
        };
        responses: {
            /** The outcome of every request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmBatchResult"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.schemas.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of schemas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmSchemaList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "crm.schemas.retrieve": {
        parameters: {
            query?: never;
            header?: {
                /** JSON object of extra headers that Kloudless forwards to the upstream service. */
                "X-Kloudless-Raw-Headers"?: components["parameters"]["RawHeaders"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** The upstream object type, e.g. `Account`. */
                schema_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmSchema"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.applications.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** Only active (`true`) or inactive (`false`) applications. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.applications.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationCreate"];
            };
        };
        responses: {
            /** The new application. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.applications.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.applications.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Deleted. Any body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.applications.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationUpdate"];
            };
        };
        responses: {
            /** The updated application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.apiKeys.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.apiKeys.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The new API key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.apiKeys.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** The API key to revoke (its `key`). */
                api_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Deleted. Any body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.webhooks.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaWebhookList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.webhooks.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetaWebhookCreate"];
            };
        };
        responses: {
            /** The new webhook. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaWebhook"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.webhooks.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** Webhook ID. */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaWebhook"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.webhooks.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** Webhook ID. */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Deleted. Any body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.developers.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of developers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeveloperList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.developers.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Developer ID. */
                developer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The developer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Developer"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.developers.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Developer ID. */
                developer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeveloperUpdate"];
            };
        };
        responses: {
            /** The updated developer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Developer"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.licenses.download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** License ID (of an on-premises / Enterprise license). */
                license_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The license file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.trustedDomains.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of trusted domains. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedDomainList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.trustedDomains.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustedDomainCreate"];
            };
        };
        responses: {
            /** The new trusted domain. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedDomain"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meta.trustedDomains.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Application ID. */
                application_id: string;
                /** The trusted domain's `id`. */
                trusted_domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Removed. Any body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "subscriptions.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "subscriptions.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** The new subscription. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "subscriptions.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Subscription ID, or `default` for the account's default subscription. */
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "subscriptions.listActivity": {
        parameters: {
            query?: {
                /** Cursor from the previous response; omit it for the first batch. */
                cursor?: string | number;
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** Subscription ID, or `default` for the account's default subscription. */
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A batch of activity with the cursor to continue from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "chat.conversations.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page (advisory). */
                page_size?: number;
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "itsm.incidents.list": {
        parameters: {
            query?: {
                /** Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: {
                /** When `true`, returned objects carry the upstream service's object under `raw` (`raw.object`). */
                "X-Kloudless-Raw-Data"?: components["parameters"]["RawData"];
            };
            path: {
                /** Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of incidents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.list": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of meeting windows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWindowList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingWindowCreate"];
            };
        };
        responses: {
            /** The new meeting window. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWindow"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The meeting window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWindow"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingWindowUpdate"];
            };
        };
        responses: {
            /** The updated meeting window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWindow"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.listTimeSlots": {
        parameters: {
            query?: {
                /** Page number, starting at 1. */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** A page of time slots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeSlotList"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.windows.schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** Meeting window ID. */
                window_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** The booked event. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledEvent"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.events.retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** ID of a booked event (the `id` returned by `meetings.windows.schedule`). */
                scheduled_event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The booked event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledEvent"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.events.delete": {
        parameters: {
            query?: {
                /** reCAPTCHA token of a visitor cancelling from the booking widget. */
                recaptcha_token?: string;
            };
            header?: never;
            path: {
                /** ID of a booked event (the `id` returned by `meetings.windows.schedule`). */
                scheduled_event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "meetings.events.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** ID of a booked event (the `id` returned by `meetings.windows.schedule`). */
                scheduled_event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduledEventUpdate"];
            };
        };
        responses: {
            /** The updated booked event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledEvent"];
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
}
