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
         * @description The URL the user's browser is sent to (a navigation, not an XHR) to connect an account. Kloudless shows its service chooser and the upstream login, then redirects the browser to `redirect_uri`. The SDK only builds this URL. With `response_type=code` (authorization-code grant) the redirect carries `code` and `state` as query parameters, or `error` and `error_description` when the user or the service refused. With `response_type=token` (implicit grant) the token data is returned to the redirect URI; with `redirect_uri=urn:ietf:wg:oauth:2.0:oob` (out-of-band popup of the Authenticator) the result (`access_token`, `token_type`, `scope`, `state`) is delivered by `postMessage`. Decision: the outcome is modelled as a 302 redirect whose `Location` is `redirect_uri` plus `code` and `state`, or `error` and `error_description` (code grant); the implicit grant puts `access_token`, `token_type` and `state` in the URL fragment as in RFC 6749 (inferred). Decision: the intermediate HTML pages of the chooser are not modelled. Decision: `raw[<name>]` extras are modelled as the deepObject parameter `raw`.
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
         * @description Returns information on the Bearer token sent in `Authorization`. Check that `client_id` is your Application ID before trusting a token obtained in a browser (implicit grant or popup), especially before acting on that account with the API key. An invalid or unknown token is answered with 400 (seen in the vendor SDKs). Decision: fields beyond `client_id` and `account_id` are optional and inferred.
         */
        get: operations["oauth.verifyToken"];
        put?: never;
        /**
         * Exchange an authorization code for an access token
         * @description Second leg of the authorization-code grant. The application authenticates with `client_id` and `client_secret` (its API key in v1) in the form body. Decision: the `Authorization` `APIKey` header, which the vendor SDKs also send, is optional (security `{}` or `apiKey`); whether the server requires it is unknown. Decision: the response fields `token_type` and `scope` are inferred and optional.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description ID of the Task returned by a request sent with `X-Kloudless-Async` set to `true`. */
                task_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a task
         * @description Returns the state of an asynchronous request. While it runs, the answer is the Task (read `status ?? state`: `PENDING`, `RECEIVED`, `STARTED`, `UNKNOWN`). Once it has finished, the answer is the result of the original request instead (e.g. a File or Folder); if it failed, the answer is an error. Decision: both cases answer 200 and the body is typed `Task` or any object (`TaskResult`).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass-through request
         * @description Sends a request to the upstream service's own API with the account's credentials (Kloudless adds them and refreshes expired upstream tokens). The request to Kloudless is always a POST; `X-Kloudless-Raw-Method` and `X-Kloudless-Raw-URI` name the upstream method and path (or full URL). The body and the query string are forwarded to the upstream call as they are. Decision: the query string to forward is not modelled as a parameter (it is free-form); append it to the request URL. Decision: the upstream answer (status, headers, body) is streamed back as is, so the success responses are `200` and `default` with any content type, read as binary. Decision: `4XX`/`5XX` keep the Kloudless error schema for errors raised by Kloudless itself, but an upstream error is passed through with the upstream service's own body.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encode a raw ID
         * @description Turns an upstream (raw) ID into the Kloudless ID of that object for this account; it replaces the deprecated `storage/convert_id`. Decision: request `{raw_id, type}` and response `{id}` as for `storage/convert_id`, with status 200 (the docs' text did not survive).
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
         * @description Lists the services Kloudless supports, with their public properties. Decision: the list comes in one response (no paging parameters). Decision: `apis` takes a comma-separated list of API names (only a single name, `storage`, was seen). Decision: no credentials are needed and any are accepted (kloudless-js and the File Picker call it from the browser with `app_id` only); `app_id` and `retrieve_properties` are the parameters kloudless-js sends.
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
                /** @description Service identifier, e.g. `gdrive`. */
                service_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a service
         * @description Returns the public properties of one service.
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
         * @description With the API key, lists every account connected to the application; with a Bearer token, a list holding that token's account (with several comma-separated tokens, their accounts). Older responses carry only `total`, `count`, `page` and `objects`.
         */
        get: operations["accounts.list"];
        put?: never;
        /**
         * Import an account
         * @description Creates a connected account from upstream credentials the application already holds. Decision: the API key is required (an import acts on the application, not on an account). Decision: success is 201 Created with the new Account (status inferred).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an account
         * @description Returns one connected account (`me` = the account of the Bearer token). Decision: `retrieve_full` defaults to `true`; `false` returns a lighter object (as the Authenticator requests), with the same schema and fewer fields. The third-party `active` query parameter is not modelled.
         */
        get: operations["accounts.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an account
         * @description Disconnects the account from the application; a later retrieve returns 404. Decision: success is 204 No Content (status inferred).
         */
        delete: operations["accounts.delete"];
        options?: never;
        head?: never;
        /**
         * Update an account
         * @description Changes an account's `active` flag, display name, Google Drive `monitor_team_drives`, custom properties, or (for imported accounts) its upstream credentials.
         */
        patch: operations["accounts.update"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Uploads a new file, either as raw bytes (`application/octet-stream`, with the `X-Kloudless-Metadata` header naming the file and its parent folder) or from a URL (`application/json` body `{url, parent_id, name}`, which Kloudless downloads itself). v1 no longer accepts multipart/form-data. For large files use a multipart upload session. Decision: the `X-Kloudless-Metadata` header is not required by the spec, because it is only needed for octet-stream bodies; the SDK sends it with binary uploads. Decision: `overwrite` defaults to false (a name clash then gets an automatically renamed file). Decision: with `X-Kloudless-Async: true` (meant for uploads from a URL) the reply is 202 with a Task.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an upload URL
         * @description Returns a URL that the file can be uploaded to directly at the storage service (tested on s3). Decision: the answer is 200 with a JSON object holding at least `url`.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a file's metadata */
        get: operations["storage.files.retrieve"];
        /**
         * Replace a file's contents
         * @description Uploads new bytes for an existing file; name and location stay the same.
         */
        put: operations["storage.files.updateContents"];
        post?: never;
        /**
         * Delete a file
         * @description Deletes the file. Decision: `permanent=true` skips the service's trash where the service has one; the default is false.
         */
        delete: operations["storage.files.delete"];
        options?: never;
        head?: never;
        /**
         * Rename or move a file
         * @description Renames the file (`name`), moves it to another folder (`parent_id`) or to another account (`account`). A move across accounts answers with the new file object.
         */
        patch: operations["storage.files.update"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * Download a file
         * @description Returns the file's bytes. Decision: the response is declared as `application/octet-stream`, but its actual `Content-Type` follows the file (for example `image/png`), so clients must read the body as binary whatever the content type. The request may be redirected to the storage service; HTTP clients follow the redirect.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless ID of the file to copy. */
                file_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a file
         * @description Copies the file into the folder `parent_id`, optionally under a new `name` or into another `account`. Decision: the answer is 201 with the new file, or 202 with a Task when `X-Kloudless-Async: true` is sent.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * Download a thumbnail of a file
         * @description Returns a thumbnail image of the file. Decision: the response's `Content-Type` follows `image_format` (`image/png` or `image/jpeg`); `size` must be at least 1 and services may round it to a size they support.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * List a file's service-level links
         * @description Lists the share links that the upstream service keeps for the file (not Kloudless links; see `storage.links`). Decision: 200 with an open JSON object, because the shape of this response was never captured.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** List a file's permissions */
        get: operations["storage.files.listPermissions"];
        /**
         * Replace a file's permissions
         * @description Replaces the file's sharing list with the given entries. The owner is kept; an empty array removes every other entry.
         */
        put: operations["storage.files.setPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add or change a file's permissions
         * @description Adds the given entries to the file's sharing list or changes their roles.
         */
        patch: operations["storage.files.updatePermissions"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/files/{file_id}/properties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /**
         * List a file's properties
         * @description Lists the custom key/value properties of the file. Decision: not paged; the `page`, `page_size` and `active` parameters of one API listing were copied from the links endpoint and are not declared.
         */
        get: operations["storage.files.listProperties"];
        put?: never;
        post?: never;
        /**
         * Delete all of a file's properties
         * @description Decision: the answer is 204 with no body.
         */
        delete: operations["storage.files.deleteProperties"];
        options?: never;
        head?: never;
        /**
         * Add, change or remove a file's properties
         * @description Applies the given changes: a `value` of null deletes that key, any other value adds or updates it. The answer holds the remaining properties.
         */
        patch: operations["storage.files.updateProperties"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/folders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a folder
         * @description Creates a folder named `name` in `parent_id`. With `conflict_if_exists=true` an existing folder of that name is a 409 `naming_conflict`; otherwise the existing folder is returned. Decision: `conflict_if_exists` defaults to false; a new folder answers 201, and the existing folder returned instead answers 200.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
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
         * @description Deletes the folder. A folder that is not empty needs `recursive=true`, otherwise the answer is 403 `folder_not_empty`. Decision: `permanent=true` skips the service's trash where the service has one; both flags default to false.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        /**
         * List a folder's contents
         * @description Lists the files and folders in the folder, one page at a time; pass the previous response's `next_page` as `page` until it is null. With `recursive=true` everything below the folder is listed. Decision: `recursive` defaults to false.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless ID of the folder to copy. */
                folder_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a folder
         * @description Copies the folder and its contents into `parent_id`, optionally under a new `name`. Folder copies can take long and are usually sent with `X-Kloudless-Async: true`. Decision: the answer is 201 with the new folder, or 202 with a Task when asynchronous.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        /**
         * List a folder's service-level links
         * @description Lists the share links that the upstream service keeps for the folder. Decision: 200 with an open JSON object, because the shape of this response was never captured.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** List a folder's permissions */
        get: operations["storage.folders.listPermissions"];
        /**
         * Replace a folder's permissions
         * @description Replaces the folder's sharing list with the given entries. The owner is kept; an empty array removes every other entry.
         */
        put: operations["storage.folders.setPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add or change a folder's permissions
         * @description Adds the given entries to the folder's sharing list or changes their roles.
         */
        patch: operations["storage.folders.updatePermissions"];
        trace?: never;
    };
    "/accounts/{account_id}/storage/multipart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initialize a multipart upload session
         * @description Starts a multipart upload of a large file. Upload the parts with `storage.multipart.uploadPart` (each exactly `part_size` bytes except the last; in parallel only when `parallel_uploads` is true), then call `storage.multipart.complete`. Decision: the answer is 201 with the session; `overwrite` defaults to false.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Multipart session ID as returned in the session's `id`. Decision: an integer in practice, but strings are accepted too and sent back verbatim. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        /** Retrieve a multipart upload session */
        get: operations["storage.multipart.retrieve"];
        /**
         * Upload one part
         * @description Uploads part `part_number` (from 1) of the file. Every part except the last must be exactly `part_size` bytes. Decision: the answer is 200 and its body is not used; it is declared as an open JSON object.
         */
        put: operations["storage.multipart.uploadPart"];
        post?: never;
        /**
         * Abort a multipart upload session
         * @description Decision: the answer is 204 with no body.
         */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Multipart session ID as returned in the session's `id`. Decision: an integer in practice, but strings are accepted too and sent back verbatim. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize a multipart upload session
         * @description Assembles the uploaded parts into the file. No request body. Decision: the answer is 201 with the new file; the optional `overwrite` query parameter (inferred) is declared and defaults to false.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List links
         * @description Lists the Kloudless links of the account (several comma-separated account IDs are accepted). Decision: without `active` both active and inactive links are listed.
         */
        get: operations["storage.links.list"];
        put?: never;
        /**
         * Create a link
         * @description Creates a Kloudless link to a file. An unknown `file_id` is a 4xx error. Decision: the answer is 201 with the new link.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Link ID. */
                link_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a link */
        get: operations["storage.links.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a link
         * @description Decision: the answer is 204 with no body.
         */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search files and folders
         * @description Searches names and, where the service supports it, contents (several comma-separated account IDs are accepted). An empty `q` is a 400 `invalid_parameters`. Some services index new files slowly. Decision: search is paged by page number.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List recently modified files
         * @description Lists recently modified files, newest first (several comma-separated account IDs are accepted).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve the storage quota
         * @description Returns the account's storage quota. Decision: one object, not a list; the `page` and `page_size` parameters of one API listing are not declared.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert an upstream ID into a Kloudless ID
         * @deprecated
         * @description Deprecated in favour of `core.encodeRawId`. Turns the upstream `raw_id` of a file or folder into its Kloudless ID.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List events
         * @description Returns the next batch of activity events of the account. Event collection must be switched on for the application; events are not backfilled. Pass the `cursor` of the previous response to continue; the stream is done when the response has no cursor, the cursor `-1`, or no objects. Either `cursor` or `from` (with optional `until`) selects the start, not both. Older docs keep up to 10,000 events of the last 24 hours. `page_size` (1 to 1000) is advisory and a value out of range is rejected with 400. Decision: `page_size` has no default in the spec (none was captured).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve the latest cursor
         * @description Returns the cursor of the latest event, so that a following `events.list` only returns events that happen after this call.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List calendars
         * @description Lists the calendars of the account, paged by token. Decision: the envelope carries `type: object_list` and `api: calendar` only where the service sends them (the v1 example has neither, and its `page` is the string `"1"`).
         */
        get: operations["calendar.calendars.list"];
        put?: never;
        /**
         * Create a calendar
         * @description Creates a calendar and returns it. Decision: the success status is 201 (not captured; create calls elsewhere in the API document 201).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a calendar
         * @description Returns one calendar. Decision: the success status is 200 (inferred).
         */
        get: operations["calendar.calendars.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a calendar
         * @description Deletes a calendar. Decision: the success status is 204 with no body (inferred).
         */
        delete: operations["calendar.calendars.delete"];
        options?: never;
        head?: never;
        /**
         * Update a calendar
         * @description Changes the given attributes of a calendar and returns it. Decision: PATCH with the changed fields only (as Kloudless' SDK did; PUT support is unknown), success status 200 (inferred).
         */
        patch: operations["calendar.calendars.update"];
        trace?: never;
    };
    "/accounts/{account_id}/cal/calendars/{calendar_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        /**
         * List events
         * @description Lists the events of a calendar between `start` and `end`, paged by token. With the defaults (epoch to now) future events are left out: pass `end` to see them. For Google Calendar the list does not populate `recurrence`; retrieve the event to read it. Decision: the success status is 200 (inferred, as for the calendar list).
         */
        get: operations["calendar.events.list"];
        put?: never;
        /**
         * Create an event
         * @description Creates an event on the calendar and returns it. Attendees given here are invited. Upstream-only attributes go in `raw.object`. Decision: the success status is 201 (inferred; a third-party client accepted 200 or 201). Decision: `start` and `end` are required.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** @description Opaque event ID. */
                event_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description Returns one event, including `recurrence` (which the Google Calendar list leaves out).
         */
        get: operations["calendar.events.retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete an event
         * @description Deletes an event. Decision: the success status is 204 with no body (inferred).
         */
        delete: operations["calendar.events.delete"];
        options?: never;
        head?: never;
        /**
         * Update an event
         * @description Changes the given attributes of an event and returns it; list attributes are replaced whole. Decision: updating an instance of a series changes only that instance; to change the whole series, update the event named by `recurring_master_id` (no scope parameter was captured). Decision: the success status is 200 (inferred).
         */
        patch: operations["calendar.events.update"];
        trace?: never;
    };
    "/accounts/{account_id}/cal/availability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find availability
         * @description Finds the time windows in which every given calendar is free for a meeting of the given duration. Several accounts can be checked at once with a comma-separated `account_id` (`/accounts/1,2/cal/availability`, one Bearer token per account). Decision: the success status is 200 (inferred). Decision: omitted `calendars` means each account's primary calendar.
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the team. Only for admin accounts with team access; other accounts get 403 `forbidden`. Supported by box, dropbox, egnyte, exchange, exchange_email, gdrive, google_calendar, gmail, onedrivebiz, outlook_calendar, outlook_email, s3, salesforce, sharepoint, slack and ms_teams. The user IDs feed `X-Kloudless-As-User`. Decision: page-token paging like the other unified lists (the docs show `count`, `next_page`, `objects`).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a user
         * @description Returns one user of the team. Admin accounts only. Decision: the success status is 200 (inferred).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        /**
         * List a user's groups
         * @description Lists the groups the user belongs to. Admin accounts only. Decision: page-token paging and TeamGroup items (inferred from Kloudless' SDK).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List groups
         * @description Lists the groups of the team. Admin accounts only; other accounts get 403 `forbidden` ("Only administrators..."). Decision: page-token paging like the user list (inferred).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a group
         * @description Returns one group of the team. Admin accounts only. Decision: the success status is 200 (inferred).
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        /**
         * List a group's members
         * @description Lists the users of a group. Admin accounts only. Decision: page-token paging and TeamUser items (inferred from Kloudless' SDK).
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
    "/meta/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description Lists the applications of the developer account.
         */
        get: operations["meta.applications.list"];
        put?: never;
        /**
         * Create an application
         * @description Creates an application (active by default) together with a default API key. Decision: success is 201 Created with the Application (status not captured).
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
                /** @description Application ID. */
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
         * @description Deletes the application, its API keys and its connected accounts. Decision: success is 200 (as the vendor SDK test expects) with no body modelled; 204 is declared too in case the server answers without a body.
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
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        /** List the API keys of an application */
        get: operations["meta.apiKeys.list"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a new API key for the application; the request has no body. Decision: success is 201 Created with the ApiKey (status not captured).
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
                /** @description Application ID. */
                application_id: string;
                /** @description The API key to revoke (its `key`). */
                api_key: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an API key
         * @description Revokes the API key. Decision: success is 200 with no body modelled, like the application delete; 204 is declared too (status not captured).
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
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        /** List the webhooks of an application */
        get: operations["meta.webhooks.list"];
        put?: never;
        /**
         * Create a webhook
         * @description Adds a webhook URL; Kloudless sends a test request to it before saving it, and refuses the URL when the receiver does not answer 2xx. Afterwards Kloudless POSTs `account=<account id>` (form-encoded) to the URL whenever the account has new events, with `X-Kloudless-Signature`: the base64 HMAC-SHA256 of the raw body keyed by the application's API key; the receiver reads the events with `events.list` and its cursor. Decision: success is 201 Created with the webhook (status not captured). Decision: the test request is a POST signed like a notification, with an empty body (its body was not captured); receivers answer it, and every notification, 200 with the Application ID as a text body. A URL whose test request fails is refused with 400 `invalid_parameters` (the error code was not captured).
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
                /** @description Application ID. */
                application_id: string;
                /** @description Webhook ID. */
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
         * @description Removes the webhook. Decision: success is 200 with no body modelled, like the application delete; 204 is declared too (status not captured).
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
         * @description Lists the developers of the developer account (the vendor SDK sends no parameters). Decision: paged by page number with `page` and `page_size`, like the other Meta lists.
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
                /** @description Developer ID. */
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
         * @description Changes a developer's details. Decision: the body holds `first_name` and `last_name` (the fields the vendor SDK test changes); other fields were not captured. Success is 200 with the Developer.
         */
        patch: operations["meta.developers.update"];
        trace?: never;
    };
    "/meta/licenses/{license_id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description License ID (of an on-premises / Enterprise license). */
                license_id: string;
            };
            cookie?: never;
        };
        /**
         * Download a license file
         * @description Returns the license file's bytes. Decision: the content type is `application/octet-stream` and the status 200 (only one vendor client shows this endpoint).
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One upstream account a user connected to the application (`api` = `core`, `type` = `account`). Older responses (2015) omit `api`, `type`, `apis` and the other newer fields and carry `token_expiry` / `refresh_token_expiry`; `retrieve_full=false` returns a lighter object. Decision: only `id`, `account` and `service` are required, since every other field is missing from at least one captured shape. */
        Account: {
            /** @description Kloudless account ID. */
            readonly id: number;
            /** @description Display identifier of the account, usually an e-mail address, else a name. */
            account: string;
            /**
             * @description Service identifier such as `dropbox`, `box`, `gdrive`, `skydrive`, `sharepoint`, `onedrivebiz`, `s3`.
             * @example box
             */
            readonly service: string;
            /** @description Friendly name of the service, such as `Dropbox`. */
            readonly service_name?: string;
            /** @description Whether the account was connected through the admin flow. */
            readonly admin?: boolean;
            /** @description Whether the account is usable (its credentials work). */
            active?: boolean;
            /** @description Whether the account is enabled (filter `enabled` of the account list). */
            readonly enabled?: boolean;
            /** @description Kloudless-internal flag. */
            readonly internal_use?: boolean;
            /**
             * Format: date-time
             * @description When the account was connected.
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description When the account was last modified.
             */
            readonly modified?: string;
            /** @description APIs available for the account, e.g. `["sharing", "events", "storage"]`. */
            readonly apis?: string[];
            /** @description Granted scopes, space-delimited, e.g. `gdrive:normal.storage.default:kloudless`. */
            readonly effective_scope?: string;
            /** @description Definitions of the account's custom objects. Decision: an object of unknown shape (CRM custom objects, inferred). */
            readonly object_definitions?: Record<string, unknown>;
            /** @description Custom key/value data stored with the account. */
            custom_properties?: Record<string, unknown>;
            /** @description The Kloudless Connect proxy connection used for the account, or `null`. */
            readonly proxy_connection?: Record<string, unknown> | null;
            /**
             * Format: date-time
             * @description Expiry of the upstream access token (older responses), `null` when unknown or none.
             */
            token_expiry?: string | null;
            /**
             * Format: date-time
             * @description Expiry of the upstream refresh token (older responses), `null` when unknown or none.
             */
            refresh_token_expiry?: string | null;
            /** @description Google Drive only: IDs of the Team Drives watched for activity (at most 4). Decision: a list of Team Drive IDs (strings), `null` when not set (type inferred). */
            monitor_team_drives?: string[] | null;
            /** @constant */
            readonly api?: "core";
            /** @constant */
            readonly type?: "account";
        };
        /** @description Page-number list of accounts (`api` = `meta`). */
        AccountList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["Account"][];
            /** @constant */
            api?: "meta";
        };
        /** @description Fields of an account to change. The credential fields apply to imported accounts. Decision: `custom_properties` is updatable (inferred from the account object). */
        AccountUpdate: {
            /** @description Mark the account active or inactive. */
            active?: boolean;
            /** @description New display identifier. */
            account?: string;
            /** @description New upstream access token (imported accounts). */
            token?: string;
            /** @description New upstream token secret (OAuth 1 services, imported accounts). */
            token_secret?: string;
            /** @description New upstream refresh token (imported accounts). */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description Expiry of the new access token.
             */
            token_expiry?: string | null;
            /**
             * Format: date-time
             * @description Expiry of the new refresh token.
             */
            refresh_token_expiry?: string | null;
            /** @description Google Drive only; IDs of the Team Drives to watch for activity (at most 4). */
            monitor_team_drives?: string[];
            /** @description Custom key/value data stored with the account. */
            custom_properties?: Record<string, unknown>;
        };
        /** @description Existing upstream credentials to import as a connected account (API key only). Service-specific extras are accepted too, e.g. `domain` (sharepoint), `repository_url` (alfresco), `hub_id` (hubspot). Decision: `hub_id` is required for `hubspot` and `repository_url` for `alfresco` (400 `invalid_parameters` without), as the live API refused such imports (the Python SDK 1.1.3 suite expects it). */
        AccountImport: {
            /** @description Display identifier of the account, usually the e-mail address. */
            account: string;
            /** @description Service identifier, such as `box` or `gdrive`. */
            service: string;
            /** @description Upstream access token. */
            token: string;
            /** @description Upstream token secret (OAuth 1 services). */
            token_secret?: string;
            /** @description Upstream refresh token. */
            refresh_token?: string;
            /**
             * Format: date-time
             * @description Expiry of the access token.
             */
            token_expiry?: string | null;
            /**
             * Format: date-time
             * @description Expiry of the refresh token.
             */
            refresh_token_expiry?: string | null;
            /** @description Google Drive only; IDs of the Team Drives to watch for activity (at most 4). */
            monitor_team_drives?: string[];
            /** @description Custom key/value data stored with the account. Decision: accepted on import (inferred). */
            custom_properties?: Record<string, unknown>;
            /** @description SharePoint only; the SharePoint domain. */
            domain?: string;
            /** @description Alfresco only; the repository URL. */
            repository_url?: string;
            /** @description HubSpot only; the hub (portal) ID. */
            hub_id?: string | number;
        };
        /** @description A calendar of a connected calendar account (`google_calendar`, `outlook_calendar`, `caldav`, `exchange`, `icloud_calendar`). Attributes the service does not support are `null`. The docs' attribute list breaks off after `timezone`, so more fields may appear. */
        Calendar: {
            /** @description Opaque calendar ID. In request URLs, `primary` may be used as an alias of the primary calendar; responses always carry the real ID. */
            readonly id: string;
            /** @description Display name (Google's primary calendar is named after the account's email address). */
            name: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Free-form geographic location. */
            location?: string | null;
            /** @description IANA time zone name such as `America/Los_Angeles`. Not supported by `outlook_calendar` (returned as `null` there). Decision: nullable (the notes infer it). */
            timezone?: string | null;
            /** @description ID of the account the calendar belongs to, as a string (`"123"`). Seen in the v1 example, absent from the attribute list. Decision: modelled as an optional string. */
            readonly account_id?: string;
            /**
             * @description Always `calendar` (later docs; the v1 example omits it).
             * @constant
             */
            readonly type?: "calendar";
            /**
             * @description Always `calendar` (later docs; the v1 example omits it).
             * @constant
             */
            readonly api?: "calendar";
            raw?: components["schemas"]["RawObject"];
        };
        /** @description Upstream-only attributes to set on create or update, sent as `{"raw": {"object": {...}}}` (supported by `google_calendar` and `outlook_calendar` for calendars and events). */
        CalendarRawWrite: {
            /** @description Attributes named as the upstream service names them. */
            object?: {
                [key: string]: unknown;
            };
        };
        /** @description Body of a calendar creation. Decision: `name` is required (the docs list it first; the rest of the list did not survive). */
        CalendarCreate: {
            /** @description Display name of the new calendar. */
            name: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Free-form geographic location. */
            location?: string | null;
            /** @description IANA time zone name such as `US/Pacific`. Ignored by `outlook_calendar`. */
            timezone?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** @description Body of a calendar update; send only the fields that change. */
        CalendarUpdate: {
            /** @description New display name. */
            name?: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Free-form geographic location. */
            location?: string | null;
            /** @description IANA time zone name. Ignored by `outlook_calendar`. */
            timezone?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** @description A page of calendars (page-token paging). */
        CalendarList: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["Calendar"][];
        };
        /** @description A person on a calendar event (`creator`, `organizer`; `owner` on create). Decision: `email` is a non-null string (the notes infer it); `id` and `name` may be `null`. */
        CalendarPerson: {
            /** @description Upstream ID of the person, when the service has one. */
            id?: string | null;
            /** @description Display name. */
            name?: string | null;
            /** @description Email address. */
            email?: string;
        };
        /** @description An attendee of a calendar event. */
        CalendarAttendee: {
            /** @description Upstream ID of the attendee, when the service has one. */
            id?: string | null;
            /** @description Display name. */
            name?: string | null;
            /** @description Email address. */
            email?: string;
            /** @description The attendee's reply (RSVP). `pending` is the only value seen; `accepted`, `declined` and `tentative` are expected. Decision: kept as an open string, not an enum. */
            status?: string;
            /** @description Whether attendance is required (as opposed to optional). */
            required?: boolean;
            /** @description Whether the attendee is a room or other resource. */
            resource?: boolean;
        };
        /** @description An attendee to invite on create or update. Adding attendees sends them invitations. `name` and `email` are required together (RSVP blog post). */
        CalendarAttendeeCreate: {
            /** @description Display name. */
            name: string;
            /** @description Email address. */
            email: string;
            /** @description Whether attendance is required (as opposed to optional). */
            required?: boolean;
            /** @description Whether the attendee is a room or other resource. */
            resource?: boolean;
            /** @description The attendee's reply. Decision: writable, so that an invited account can RSVP by updating its own copy of the event (the RSVP call itself was not captured). */
            status?: string;
        };
        /** @description One recurrence rule of a recurring event. */
        CalendarRecurrence: {
            /**
             * @description RFC 5545 rule text, e.g. `RRULE:FREQ=WEEKLY;COUNT=4`. Decision: the rule is sent and read with its `RRULE:` prefix, as clients of the live API did; EXDATE/RDATE support is unknown.
             * @example RRULE:FREQ=WEEKLY;COUNT=4
             */
            rrule: string;
        };
        /** @description Email content of an `email` reminder (third-party client evidence only). */
        CalendarReminderEmail: {
            /** @description Subject line. */
            summary?: string;
            /** @description Body text. */
            description?: string;
            /** @description Recipient email addresses. */
            to?: string[];
        };
        /** @description A reminder of an event. Shape known from a third-party client only. Decision: `minutes` and `method` are required, `email` is optional. */
        CalendarReminder: {
            /** @description Minutes before the start of the event. */
            minutes: number;
            /** @description How to remind, e.g. `email` (other values not captured; kept as an open string). */
            method: string;
            email?: components["schemas"]["CalendarReminderEmail"];
        };
        /** @description A custom key/value property of an event (e.g. the Meeting Scheduler's `meeting_window_id`). */
        CalendarCustomProperty: {
            /** @description Property name. */
            key: string;
            /** @description Property value. */
            value: string;
            /** @description Whether the property is private to this copy of the event (sent by a third-party client only). */
            private?: boolean;
        };
        /** @description A calendar event. The docs' attribute table did not survive; the fields are assembled from Kloudless' Meeting Scheduler README, the blog and models built from live responses. Decision: nullability and read-only flags follow the notes' inferences: server-set fields are read-only, free-text fields are nullable. */
        CalendarEvent: {
            /** @description Opaque event ID. */
            readonly id: string;
            /**
             * @description Always `calendar`.
             * @constant
             */
            readonly api?: "calendar";
            /**
             * @description Always `event`.
             * @constant
             */
            readonly type?: "event";
            /** @description Absolute URL of the event (third-party evidence only). */
            readonly href?: string;
            /** @description ID of the account, as a string (`"9999"`). */
            readonly account_id?: string;
            /** @description Real ID of the calendar, even when `primary` was used in the URL. */
            readonly calendar_id?: string;
            /** @description iCalendar UID of the event. Decision: nullable (inferred). */
            readonly ical_uid?: string | null;
            /**
             * @description `solo` for a single event, `recurring` for an instance of a series, `recurring_master` for the series itself.
             * @enum {string}
             */
            readonly recurrence_type?: "solo" | "recurring" | "recurring_master";
            /** @description ID of the series master, on instances of a series; absent or `null` on solo events and on the master itself. Update the master to change the whole series. */
            readonly recurring_master_id?: string | null;
            /** @description Recurrence rules of a recurring event. Not populated by the list endpoint for Google Calendar: retrieve the event to read it. */
            recurrence?: components["schemas"]["CalendarRecurrence"][] | null;
            /** @description Creator of the event. Decision: nullable (inferred). */
            creator?: components["schemas"]["CalendarPerson"] | null;
            /** @description Organizer of the event. Decision: nullable and read-only (inferred). */
            readonly organizer?: components["schemas"]["CalendarPerson"] | null;
            /** @description Whether this copy of the event lives on the organizer's calendar. Decision: a read-only boolean (name from third-party models; semantics inferred). */
            readonly on_organizer_calendar?: boolean;
            /** @description Attendees (may be empty). */
            attendees?: components["schemas"]["CalendarAttendee"][];
            /**
             * Format: date-time
             * @description When the event was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description When the event was last modified.
             */
            readonly modified?: string;
            /** @description Whether the event lasts all day. */
            all_day?: boolean;
            /**
             * Format: date-time
             * @description Start, ISO 8601 with offset (`2019-09-15T22:30:00-07:00`). Decision: typed as a date-time; the wire format of all-day events was not captured.
             */
            start?: string;
            /** @description IANA time zone of the start. Decision: nullable (inferred). */
            start_time_zone?: string | null;
            /**
             * Format: date-time
             * @description End, ISO 8601 with offset.
             */
            end?: string;
            /** @description IANA time zone of the end. Decision: nullable (inferred). */
            end_time_zone?: string | null;
            /**
             * Format: date-time
             * @description Original start of a modified instance of a series. Decision: read-only and nullable (one third-party model only; semantics inferred).
             */
            readonly original_start?: string | null;
            /** @description IANA time zone of `original_start`. */
            readonly original_start_time_zone?: string | null;
            /** @description Title of the event. Decision: nullable (inferred). */
            name?: string | null;
            /** @description Description of the event. */
            description?: string | null;
            /** @description Free-text location (apps also put meeting URLs here). */
            location?: string | null;
            /** @description Status of the event. `confirmed` is the only value seen; `tentative` and `cancelled` are expected. Decision: an open, nullable string. */
            status?: string | null;
            /** @description Visibility of the event. Values not captured; kept as an open string. */
            visibility?: string | null;
            /** @description Attachments (may be empty). Decision: items are open objects, their shape was not captured. */
            attachments?: {
                [key: string]: unknown;
            }[];
            /** @description Custom key/value properties. Decision: nullable (inferred). */
            custom_properties?: components["schemas"]["CalendarCustomProperty"][] | null;
            /** @description Whether the calendar's default reminders apply. */
            use_default_reminder?: boolean;
            /** @description Reminders (may be empty). */
            reminders?: components["schemas"]["CalendarReminder"][];
            /** @description Semantics unknown (`null` in every example; possibly a legacy single reminder). Decision: left untyped (any value). */
            reminder?: unknown;
            raw?: components["schemas"]["RawObject"];
        };
        /** @description Body of an event creation: the writable event attributes. Attributes the service does not support are ignored. Decision: `start` and `end` are required (present in every example). */
        CalendarEventCreate: {
            /** @description Title of the event. */
            name?: string | null;
            /** @description Description of the event. */
            description?: string | null;
            /** @description Free-text location. */
            location?: string | null;
            /**
             * Format: date-time
             * @description Start, ISO 8601 (`Z` or offset form).
             */
            start: string;
            /** @description IANA time zone of the start. */
            start_time_zone?: string | null;
            /**
             * Format: date-time
             * @description End, ISO 8601 (`Z` or offset form).
             */
            end: string;
            /** @description IANA time zone of the end. */
            end_time_zone?: string | null;
            /** @description Whether the event lasts all day. */
            all_day?: boolean;
            creator?: components["schemas"]["CalendarPerson"];
            /** @description Sent by Kloudless' SDK README example but documented nowhere else. Decision: accepted in the body; the service probably ignores it. */
            owner?: components["schemas"]["CalendarPerson"];
            /** @description Attendees to invite. */
            attendees?: components["schemas"]["CalendarAttendeeCreate"][];
            /** @description Recurrence rules that make the event a series. */
            recurrence?: components["schemas"]["CalendarRecurrence"][] | null;
            /** @description Reminders. */
            reminders?: components["schemas"]["CalendarReminder"][];
            /** @description Whether the calendar's default reminders apply. */
            use_default_reminder?: boolean;
            /** @description Custom key/value properties. */
            custom_properties?: components["schemas"]["CalendarCustomProperty"][] | null;
            /** @description Status, e.g. `confirmed`. */
            status?: string | null;
            /** @description Visibility (values not captured). */
            visibility?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** @description Body of an event update; send only the fields that change. Lists (`attendees`, `reminders`, `custom_properties`, `recurrence`) replace the whole list. Updating a series instance changes that instance; update the event `recurring_master_id` names to change the whole series. */
        CalendarEventUpdate: {
            /** @description Title of the event. */
            name?: string | null;
            /** @description Description of the event. */
            description?: string | null;
            /** @description Free-text location. */
            location?: string | null;
            /**
             * Format: date-time
             * @description Start, ISO 8601.
             */
            start?: string;
            /** @description IANA time zone of the start. */
            start_time_zone?: string | null;
            /**
             * Format: date-time
             * @description End, ISO 8601.
             */
            end?: string;
            /** @description IANA time zone of the end. */
            end_time_zone?: string | null;
            /** @description Whether the event lasts all day. */
            all_day?: boolean;
            creator?: components["schemas"]["CalendarPerson"];
            /** @description The complete new list of attendees. */
            attendees?: components["schemas"]["CalendarAttendeeCreate"][];
            /** @description The complete new list of recurrence rules. */
            recurrence?: components["schemas"]["CalendarRecurrence"][] | null;
            /** @description The complete new list of reminders. */
            reminders?: components["schemas"]["CalendarReminder"][];
            /** @description Whether the calendar's default reminders apply. */
            use_default_reminder?: boolean;
            /** @description The complete new list of custom properties. */
            custom_properties?: components["schemas"]["CalendarCustomProperty"][] | null;
            /** @description Status, e.g. `confirmed`. Decision: RSVP (not captured) is taken to be an update of the invited account's own copy of the event; the attendee's reply shows in `attendees[].status`. */
            status?: string | null;
            /** @description Visibility (values not captured). */
            visibility?: string | null;
            raw?: components["schemas"]["CalendarRawWrite"];
        };
        /** @description A page of calendar events (page-token paging). */
        CalendarEventList: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["CalendarEvent"][];
        };
        /** @description A time window, ISO 8601 date-times (offsets allowed). */
        TimeWindow: {
            /**
             * Format: date-time
             * @description Start of the window.
             */
            start: string;
            /**
             * Format: date-time
             * @description End of the window.
             */
            end: string;
        };
        /** @description Constraints on the meeting to find a time for. */
        AvailabilityConstraints: {
            /** @description Windows in which the meeting may take place. */
            time_windows: components["schemas"]["TimeWindow"][];
        };
        /** @description Body of a Find Availability request. Decision: `meeting_duration` and `constraints` (with `constraints.time_windows`) are required, as in Kloudless' SDK README. Decision: the top-level `time_windows` form that some clients sent is accepted as a deprecated alternative but is not the modelled form. */
        AvailabilityRequest: {
            /** @description IDs of the calendars to consider (`primary` allowed). Decision: optional; when omitted each account's primary calendar is used. */
            calendars?: string[];
            /**
             * @description Length of the meeting as an ISO 8601 duration, e.g. `PT1H` or `PT30M`.
             * @example PT1H
             * @example PT30M
             */
            meeting_duration: string;
            constraints: components["schemas"]["AvailabilityConstraints"];
            /**
             * @deprecated
             * @description Legacy placement of `constraints.time_windows` seen in third-party clients. Decision: accepted for compatibility, deprecated; send `constraints.time_windows` instead.
             */
            time_windows?: components["schemas"]["TimeWindow"][];
        };
        /** @description Free time windows that suit every calendar considered and fit the meeting duration. */
        AvailabilityResult: {
            /** @description The free windows. */
            readonly time_windows: components["schemas"]["TimeWindow"][];
            /**
             * @description Always `calendar`.
             * @constant
             */
            readonly api?: "calendar";
            /**
             * @description Always `availability`.
             * @constant
             */
            readonly type?: "availability";
        };
        /** @description What retrieving a task returns: the Task while it is pending, received or started; once it has finished, the result of the original request (for example a File or Folder) instead. A failed task answers with an error status and the error body. Decision: modelled as `Task` or any object; tell them apart by `type` (`task` for the Task). */
        TaskResult: components["schemas"]["Task"] | {
            [key: string]: unknown;
        };
        /** @description An upstream (raw) ID to turn into a Kloudless ID. Decision: the body is `{raw_id, type}` like the deprecated `storage/convert_id` (the docs' text did not survive). Decision: the Java SDK sends `{"id": ...}` without `type`, which the live API answered, so `id` is accepted for `raw_id` (one of the two is required) and `type` is optional (`folder` for the raw ID `root`, else `file`). */
        EncodeRawIdRequest: {
            /** @description The upstream ID, as the Java SDK names it (`raw_id` wins when both are sent). */
            id?: string;
            /** @description The upstream service's ID of the object. */
            raw_id?: string;
            /**
             * @description Kind of object the ID names, such as `file` or `folder`. Decision: an open string (other APIs' object types may be accepted).
             * @example file
             * @example folder
             */
            type?: string;
        } & ({
            raw_id: string;
        } | {
            id: string;
        });
        /** @description The Kloudless ID of an upstream object. Decision: the response is `{"id": ...}` like `storage/convert_id` (inferred). */
        EncodeRawIdResult: {
            /** @description Kloudless ID to use in the other endpoints. */
            readonly id: string;
        };
        /** @description Public information about a service (connector) Kloudless supports. Decision: only the fields below are modelled (`id`, `name`, `friendly_name`, `apis`, `logo_url`); the listing has more properties that were not captured and come through as extra fields. */
        Service: {
            /** @description Service identifier used everywhere else, e.g. `gdrive`, `box`, `google_calendar`. */
            readonly id: string;
            /** @description Name of the service. Decision: an optional plain string; its relation to `id` and `friendly_name` was not captured. */
            readonly name?: string;
            /** @description Human-readable name, e.g. `Google Drive`. */
            readonly friendly_name?: string;
            /** @description Unified APIs the service supports, e.g. `storage`, `calendar`, `crm`. */
            readonly apis?: string[];
            /** @description URL of the service's logo. Decision: a nullable string (name and presence inferred). */
            readonly logo_url?: string | null;
            /** @description Public properties of the service, with `retrieve_properties=true`. Decision: only `capabilities` is modelled, as kloudless-js reads it; other properties come through as extra fields. */
            readonly properties?: {
                /** @description Which operations the service supports, keyed by a dotted capability name such as `storage.folders.list`, each a list of `{"result": <boolean>}` (kloudless-js reads the first `result`). */
                capabilities?: {
                    [key: string]: {
                        result: boolean;
                    }[];
                };
            };
        };
        /** @description The supported services, in one response. Decision: the page-number envelope (`objects`, `count`, ...) without paging parameters. */
        ServiceList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["Service"][];
        };
        /** @description The Kloudless error body. Decision: `status_code` is an integer (one third-party fixture used a string, which is accepted too). */
        Error: {
            /** @description The HTTP status repeated. */
            status_code?: number | string;
            /**
             * @description Machine-readable code such as `not_found` or `invalid_parameters`.
             * @example not_found
             */
            error_code: string;
            /** @description Human-readable text; may include the upstream service's message. */
            message: string;
            /** @description Request ID to quote to support. */
            id?: string;
            /** @description On 409 `naming_conflict`, the ID of the existing resource. */
            conflicting_resource_id?: string;
        };
        /** @description List envelope paged by page number (`page`, `page_size`). */
        PageList: {
            /** @description Total number of objects (when the service knows it). */
            total?: number;
            /** @description Number of objects on this page. */
            count?: number;
            /** @description Current page number. */
            page?: number | string;
            /** @description Next page number, `null` on the last page. Older responses omit it. */
            next_page?: number | string | null;
            objects: unknown[];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** @description List envelope paged by token. `page` identifies this page (the docs show `"1"` and `1`), `next_page` is the token of the next page or `null` on the last one. */
        TokenList: {
            count?: number;
            page?: string | number | null;
            next_page?: string | number | null;
            objects: unknown[];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** @description Event-stream envelope. Store `cursor` and send it back as the `cursor` query parameter. Decision: cursors are modelled as `string | integer` and sent back verbatim (the v1 migration guide says strings, older samples show numbers). */
        CursorList: {
            count?: number;
            cursor?: string | number | null;
            /** @description Events still waiting (older responses). */
            remaining?: number;
            upstream_cursor?: string | number | null;
            objects: unknown[];
            /** @constant */
            type?: "object_list";
            api?: string;
        };
        /** @description An asynchronous request in progress. Decision: v1 names the state `status`; the older name `state` is accepted too, so read `status ?? state`. Retrieving a finished task returns the result of the original request instead. */
        Task: {
            id: string;
            /** @enum {string} */
            status?: "PENDING" | "RECEIVED" | "STARTED" | "UNKNOWN";
            state?: string;
            api?: string;
            /** @constant */
            type?: "task";
        };
        /** @description A user reference inside file metadata (`api` = `team`, `type` = `user`). */
        UserRef: {
            id?: string | null;
            name?: string | null;
            email?: string | null;
            id_type?: string;
            api?: string;
            type?: string;
        };
        /** @description The upstream service's own object, present with `X-Kloudless-Raw-Data: true`. */
        RawObject: {
            object?: unknown;
        };
        /** @description An activity event: a change to a resource of the account (a file or folder, a calendar event, a CRM object, ...). The whole object is set by the server. */
        Event: {
            /** @description Event ID. For delete events, Kloudless' tests match it with the deleted item's ID. */
            readonly id: string;
            /** @description ID of the account the resource belongs to. */
            readonly account?: number;
            /**
             * @description Kind of change: `add`, `delete`, `update` (storage, CRM, calendar) and `rename`, `move`, `copy`, `restore` (storage). The most specific type is returned when the service reports it; some services only report coarser ones (gdrive reports `add` for a rename or move). Decision: an open string rather than an enum, since other APIs may add types.
             * @example add
             * @example delete
             * @example update
             * @example rename
             * @example move
             * @example copy
             * @example restore
             */
            readonly type: string;
            /** @description Short code of the change, e.g. `+` for `add`. */
            readonly action?: string;
            /**
             * Format: date-time
             * @description When the change happened; may be imprecise; `null` when unknown.
             */
            readonly modified?: string | null;
            /** @description IP address of the acting user, when known. */
            readonly ip?: string | null;
            /** @description Upstream ID of the acting user, when known. */
            readonly user_id?: string | null;
            /** @description State of the resource after the change: a File or Folder for storage events, a calendar Event (`api` = `calendar`, `type` = `event`) for calendar events. Decision: modelled as `File | Folder | CalendarEvent`; objects of other APIs (CRM) are not modelled. */
            readonly metadata?: components["schemas"]["File"] | components["schemas"]["Folder"] | components["schemas"]["CalendarEvent"];
            /** @description State of the resource before the change (seen in third-party clients only). Decision: same types as `metadata`, or `null` when there is no previous state. */
            readonly previous_metadata?: components["schemas"]["File"] | components["schemas"]["Folder"] | components["schemas"]["CalendarEvent"] | null;
            /** @description Activity subscription that recorded the event (later v1 Activity API). Decision: typed as `string | integer | null`; only third-party clients show it. */
            readonly subscription?: string | number | null;
            /** @description API of the event (absent from the v1 examples). */
            readonly api?: string;
        };
        /** @description A batch of activity events (cursor paging). Store `cursor` and pass it back to get the next events. The list's `api` is `activity` in the docs' example. */
        EventList: components["schemas"]["CursorList"] & {
            objects?: components["schemas"]["Event"][];
        };
        /** @description The latest cursor of the account's event stream. Decision: typed `string | integer` like `CursorList.cursor` and sent back verbatim. */
        LatestCursor: {
            /** @description Cursor to pass to `events.list` to receive only events after this point. */
            readonly cursor: string | number;
        };
        /** @description An application of the developer account (`api` = `meta`, `type` = `application`). Decision: `id` is a string (the Application ID used as OAuth `client_id`). */
        Application: {
            /** @description Application ID (the OAuth `client_id`). */
            readonly id: string;
            /** @description Name of the application. */
            name: string;
            /** @description Description of the application. */
            description?: string | null;
            /** @description URL of the application's logo. */
            logo_url?: string | null;
            /** @description Whether the application is active; new applications are active. */
            active?: boolean;
            /**
             * Format: date-time
             * @description When the application was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description When the application was last modified.
             */
            readonly modified?: string;
            /** @description ID of the application used as a template when this one was created, `null` when none. Decision: a nullable string (inferred from the vendor SDK's create parameters). */
            readonly source?: string | null;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "application";
        };
        /** @description A new application. A default API key is created with it. Decision: `logo_url` and `source` are accepted (from the older vendor SDK). */
        ApplicationCreate: {
            /** @description Name of the application. */
            name: string;
            /** @description Description of the application. */
            description?: string;
            /** @description URL of the application's logo. */
            logo_url?: string;
            /** @description ID of another application of the developer to copy the settings from. */
            source?: string;
        };
        /** @description Fields of an application to change. Decision: `active` is updatable (the list filters on it). */
        ApplicationUpdate: {
            /** @description New name. */
            name?: string;
            /** @description New description. */
            description?: string;
            /** @description New logo URL. */
            logo_url?: string;
            /** @description Activate or deactivate the application. */
            active?: boolean;
        };
        /** @description Page-number list of applications (`api` = `meta`). */
        ApplicationList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["Application"][];
            /** @constant */
            api?: "meta";
        };
        /** @description An API key of an application (`type` = `apikey`). The key itself is its identifier. */
        ApiKey: {
            /** @description The API key; send it as `Authorization` `APIKey <key>`. Keep it secret. */
            readonly key: string;
            /**
             * Format: date-time
             * @description When the key was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description When the key was last modified.
             */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "apikey";
        };
        /** @description Page-number list of API keys (`api` = `meta`). */
        ApiKeyList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["ApiKey"][];
            /** @constant */
            api?: "meta";
        };
        /** @description A webhook URL of an application (`type` = `webhook`); Kloudless POSTs to it when an account has new events. Named `MetaWebhook` to stay apart from the events area's notification objects. Decision: `id` is a string or an integer (not captured); `created` and `modified` are assumed like the other Meta objects. */
        MetaWebhook: {
            /** @description Webhook ID. */
            readonly id: string | number;
            /** @description The URL Kloudless notifies. */
            url: string;
            /**
             * Format: date-time
             * @description When the webhook was created.
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description When the webhook was last modified.
             */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "webhook";
        };
        /** @description A new webhook. Kloudless sends a test request to the URL before saving it; the receiver must answer 200 (with the Application ID as the body). */
        MetaWebhookCreate: {
            /** @description The URL Kloudless will notify (HTTPS recommended). */
            url: string;
        };
        /** @description Page-number list of webhooks (`api` = `meta`). */
        MetaWebhookList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["MetaWebhook"][];
            /** @constant */
            api?: "meta";
        };
        /** @description A developer (user) of the developer account (`type` = `developer`). Decision: only `first_name` and `last_name` were captured; `email`, `created` and `modified` are plausible optional fields; `id` is a string or an integer. */
        Developer: {
            /** @description Developer ID. */
            readonly id: string | number;
            /** @description E-mail address of the developer (Decision, not captured). */
            readonly email?: string;
            /** @description First name. */
            first_name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /**
             * Format: date-time
             * @description When the developer was created (Decision, not captured).
             */
            readonly created?: string;
            /**
             * Format: date-time
             * @description When the developer was last modified (Decision, not captured).
             */
            readonly modified?: string;
            /** @constant */
            readonly api?: "meta";
            /** @constant */
            readonly type?: "developer";
        };
        /** @description Fields of a developer to change. Decision: only `first_name` and `last_name` (the fields the vendor SDK test changes) are modelled. */
        DeveloperUpdate: {
            /** @description New first name. */
            first_name?: string;
            /** @description New last name. */
            last_name?: string;
        };
        /** @description Page-number list of developers (`api` = `meta`). */
        DeveloperList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["Developer"][];
            /** @constant */
            api?: "meta";
        };
        /** @description Form body (`application/x-www-form-urlencoded`) of the authorization-code exchange. In v1 `client_secret` is the application's API key (v2 introduced separate client secrets). */
        TokenRequest: {
            /**
             * @description The grant type; always `authorization_code`.
             * @constant
             */
            grant_type: "authorization_code";
            /** @description The `code` query parameter Kloudless added to the redirect URI after the first leg. */
            code: string;
            /** @description The `redirect_uri` sent in the first leg, byte for byte. */
            redirect_uri: string;
            /** @description Application ID. */
            client_id: string;
            /** @description The application's API key (v1). Keep it on the server. */
            client_secret: string;
        };
        /** @description The access token of the newly connected account. Decision: only `access_token` and `account_id` are required (seen in vendor and third-party clients); `token_type` (`Bearer`) and `scope` are inferred from the out-of-band flow's result and the OAuth 2.0 RFC, so they are optional. */
        TokenResponse: {
            /** @description Bearer token of the connected account; send it as `Authorization` `Bearer <token>`. */
            readonly access_token: string;
            /**
             * @description Token type, `Bearer`.
             * @example Bearer
             */
            readonly token_type?: string;
            /** @description ID of the connected account the token grants. */
            readonly account_id: number;
            /** @description Granted scopes, space-delimited, in Kloudless' echoed form such as `box:normal.storage`. */
            readonly scope?: string;
        };
        /** @description Information on a Bearer token. Compare `client_id` with your Application ID before trusting a token received from a browser. Decision: only `client_id` and `account_id` were captured from live responses; `scope`, `token_type` and `expires_in` are plausible optional fields modelled so that they are typed when present. */
        TokenInfo: {
            /** @description Application ID the token was issued to. */
            readonly client_id: string;
            /** @description ID of the account the token grants. */
            readonly account_id: number;
            /** @description Granted scopes, space-delimited (optional; Decision, not captured). */
            readonly scope?: string;
            /** @description Token type, `Bearer` (optional; Decision, not captured). */
            readonly token_type?: string;
            /** @description Seconds until the token expires; `null` or absent when it does not expire (optional; Decision, not captured). */
            readonly expires_in?: number | null;
        };
        /** @description Map from ID type to ID of a file or folder. `default` is built from stable upstream data, `shared` is the same for every user who sees a shared item, `path` is derived from the path (it changes on rename or move) and `version` names one file version. Further ID types may appear. */
        StorageIds: {
            /** @description ID built from stable upstream data. */
            default?: string;
            /** @description ID that is the same for every user who sees a shared item. */
            shared?: string;
            /** @description Path-based ID; changes when the item is renamed or moved. */
            path?: string;
            /** @description ID of one specific file version. */
            version?: string;
        } & {
            [key: string]: string;
        };
        /** @description Reference to a folder above a file or folder: the direct `parent`, or one of the `ancestors`. Decision: only `id` is required; `name` may be null and `type`/`id_type` may be missing (a Google Drive activity example carries only `{id, name: null}`). */
        ParentRef: {
            /** @description Kloudless ID of the folder (`root` for the root folder). */
            id: string;
            /** @description Folder name; null when the service does not report it. */
            name?: string | null;
            /**
             * @description Object type of the referenced item, normally `folder`.
             * @example folder
             */
            type?: string;
            /**
             * @description Which ID type `id` is (`default`, `path`, ...).
             * @example path
             */
            id_type?: string;
        };
        /** @description Fields shared by files and folders. Unified attributes that a service cannot supply are null. */
        StorageObjectBase: {
            /** @description Opaque Kloudless ID (URL-safe, at most 8192 characters). Newer IDs start with `file_` or `folder_`; treat IDs as arbitrary strings. */
            readonly id?: string;
            /** @description Name of the file or folder. */
            name?: string;
            /**
             * @description Object type.
             * @enum {string}
             */
            readonly type?: "file" | "folder";
            /**
             * @description Always `storage`.
             * @constant
             */
            readonly api?: "storage";
            /** @description Size in bytes; null when unknown (usually null for folders). */
            readonly size?: number | null;
            /**
             * Format: date-time
             * @description Creation time; null when unknown.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             * @description Last modification time; null when unknown.
             */
            readonly modified?: string | null;
            /** @description Path of the item; null for services without paths. */
            readonly path?: string | null;
            /** @description The folder that holds the item. */
            parent?: components["schemas"]["ParentRef"];
            /** @description Folders from the root down to the parent; null when not available. */
            readonly ancestors?: components["schemas"]["ParentRef"][] | null;
            /** @description ID of the account the item belongs to. */
            readonly account?: number;
            ids?: components["schemas"]["StorageIds"];
            /**
             * @description Which ID type `id` is, such as `default` or `path`.
             * @example default
             */
            readonly id_type?: string;
            /** @description The upstream service's ID. Decision: typed as a nullable string and optional (older responses carried it only with `X-Kloudless-Raw-Data: true`). */
            readonly raw_id?: string | null;
            raw?: components["schemas"]["RawObject"];
            /**
             * Format: uri
             * @description Absolute API URL of the object.
             */
            readonly href?: string;
            /** @description Owner of the item, when the service reports one. */
            readonly owner?: components["schemas"]["UserRef"] | null;
            /** @description User who created the item, when known. */
            readonly creator?: components["schemas"]["UserRef"] | null;
            /** @description User who last changed the item, when known. */
            readonly last_modifier?: components["schemas"]["UserRef"] | null;
        };
        /** @description A file (`api` = `storage`, `type` = `file`). Decision: `mime_type` is a nullable string and `downloadable` is optional (false for items such as native online documents that cannot be downloaded as-is). */
        File: {
            /**
             * @description Always `file`.
             * @constant
             */
            readonly type: "file";
            /**
             * @description MIME type of the file.
             * @example image/png
             */
            readonly mime_type?: string | null;
            /** @description Whether the file's contents can be downloaded. */
            readonly downloadable?: boolean;
        } & WithRequired<components["schemas"]["StorageObjectBase"], "id" | "name" | "type">;
        /** @description A folder (`api` = `storage`, `type` = `folder`). The root folder has the alias ID `root`. */
        Folder: {
            /**
             * @description Always `folder`.
             * @constant
             */
            readonly type: "folder";
            /** @description Whether folders can be created inside this folder. */
            readonly can_create_folders?: boolean;
            /** @description Whether files can be uploaded into this folder. */
            readonly can_upload_files?: boolean;
            /** @description Whether `recursive=true` is supported when listing this folder. */
            readonly can_list_recursively?: boolean;
        } & WithRequired<components["schemas"]["StorageObjectBase"], "id" | "name" | "type">;
        /** @description A file or a folder, told apart by `type` (`file` or `folder`, a `const` in each branch, so the generated union is discriminated by `type`). Decision: no OpenAPI `discriminator` object is declared: the `const` values already discriminate the union in every validator and in the generated types, and some tools derive tag values from schema names (`File`, `Folder`) when a discriminator is present. */
        StorageObject: components["schemas"]["File"] | components["schemas"]["Folder"];
        /** @description One page of a folder's contents (page-token list of files and folders). */
        FolderContents: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["StorageObject"][];
        };
        /** @description One page of search results (page-number list of files and folders); empty when nothing matches. */
        SearchResults: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["StorageObject"][];
        };
        /** @description One page of recently modified files, newest `modified` first. Decision: items are typed as `File` (the endpoint lists recent files only). */
        RecentFiles: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["File"][];
        };
        /** @description Upload a file by having Kloudless fetch it from a URL. */
        UploadFromUrl: {
            /**
             * Format: uri
             * @description URL that Kloudless downloads the file from.
             */
            url: string;
            /** @description ID of the destination folder, or `root`. */
            parent_id: string;
            /** @description Name of the new file. */
            name: string;
        };
        /** @description Rename or move a file. Give `account` to move it to another account (the response is then the new file object). Decision: at least one field is required. */
        FileUpdate: {
            /** @description New name. */
            name?: string;
            /** @description ID of the new parent folder, or `root`. */
            parent_id?: string;
            /** @description ID of another account to move the file to. */
            account?: number;
        };
        /** @description Rename or move a folder. Decision: at least one field is required. */
        FolderUpdate: {
            /** @description New name. */
            name?: string;
            /** @description ID of the new parent folder, or `root`. */
            parent_id?: string;
        };
        /** @description A new folder. Decision: `parent_id` is optional and defaults to `root` (the vendor Node SDK always sends it, defaulting to `root`). */
        FolderCreate: {
            /** @description Name of the new folder. */
            name: string;
            /**
             * @description ID of the parent folder, or `root`.
             * @default root
             */
            parent_id: string;
        };
        /** @description Copy a file or folder. Decision: `account` (copy into another account) is accepted for files and folders alike, though only inferred for cross-account file copies. */
        CopyRequest: {
            /** @description ID of the destination folder, or `root`. */
            parent_id: string;
            /** @description Name of the copy; defaults to the original's name. */
            name?: string;
            /** @description ID of the account to copy into (cross-account copy). */
            account?: number;
        };
        /** @description Request for a direct-to-storage upload URL. */
        UploadUrlCreate: {
            /** @description ID of the destination folder, or `root`. */
            parent_id: string;
            /** @description Name of the file to be uploaded. */
            name: string;
        };
        /** @description A URL the file can be uploaded to directly, bypassing Kloudless (seen on s3). Decision: only `url` is known and required; other fields are allowed. */
        UploadUrl: {
            /**
             * Format: uri
             * @description Direct upload URL at the storage service.
             */
            readonly url: string;
        };
        /** @description Share links that the upstream service itself keeps for a file or folder. Decision: the response shape was never captured, so it is modelled as an open JSON object (a list envelope with `objects` is the most likely form). */
        ServiceLinks: {
            /** @description The links, when the response is a list envelope. */
            objects?: Record<string, unknown>[];
        };
        /** @description Convert an upstream (raw) ID into a Kloudless ID. */
        ConvertIdRequest: {
            /** @description The upstream service's ID. */
            raw_id: string;
            /**
             * @description Kind of item the ID belongs to.
             * @enum {string}
             */
            type: "file" | "folder";
        };
        /** @description The Kloudless ID of an upstream item. */
        ConvertIdResult: {
            /** @description Kloudless ID. */
            readonly id: string;
        };
        /** @description Start a multipart upload session. */
        MultipartInit: {
            /** @description Name of the new file. */
            name: string;
            /** @description ID of the destination folder, or `root`. */
            parent_id: string;
            /** @description Total size in bytes. Required by some services (gdrive, egnyte, skydrive in the vendor tests); send it whenever it is known. */
            size?: number;
        };
        /** @description A multipart upload session. Decision: `id` is an integer in the vendor SDKs; strings are accepted too, so send it back verbatim. */
        MultipartSession: {
            /** @description Session ID. */
            readonly id: number | string;
            /** @description ID of the account the upload goes to. */
            readonly account?: number;
            /** @description Size in bytes of every part except the last one. */
            readonly part_size?: number;
            /** @description Whether parts may be uploaded concurrently. */
            readonly parallel_uploads?: boolean;
        };
        /** @description A Kloudless share link to a file. */
        Link: {
            /** @description Link ID. */
            readonly id: string;
            /**
             * Format: uri
             * @description Public URL of the link.
             */
            readonly url?: string;
            /** @description ID of the linked file. */
            file_id?: string;
            /** @description ID of the account that owns the file. */
            readonly account?: number;
            /** @description Whether the link works; inactive or expired links answer 403/404. */
            active?: boolean;
            /** @description `true`: the URL downloads the file directly; `false`: it shows a landing page. */
            direct?: boolean;
            /**
             * Format: date-time
             * @description When the link expires; null means never.
             */
            expiration?: string | null;
            /** @description Password protecting the link. Decision: write-only; a response may carry a truthy marker (or the value) when a password is set, so do not rely on reading it back. */
            password?: string | boolean | null;
            /**
             * Format: date-time
             * @description Creation time.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             * @description Last modification time.
             */
            readonly modified?: string | null;
            /** @description API name (`storage`). */
            readonly api?: string;
            /** @description Object type (`link`). */
            readonly type?: string;
        };
        /** @description A new link. */
        LinkCreate: {
            /** @description ID of the file to link to. */
            file_id: string;
            /** @description `true`: direct download; `false`: landing page. */
            direct?: boolean;
            /** @description Password that visitors must enter. */
            password?: string;
            /**
             * Format: date-time
             * @description When the link expires (ISO 8601); null or absent means never.
             */
            expiration?: string | null;
            /**
             * @description Whether the link works.
             * @default true
             */
            active: boolean;
        };
        /** @description Changes to a link. Decision: `direct` is accepted too (inferred), and at least one field is required. */
        LinkUpdate: {
            /** @description Enable or disable the link. */
            active?: boolean;
            /**
             * Format: date-time
             * @description New expiry; null removes it.
             */
            expiration?: string | null;
            /** @description New password; null removes it. */
            password?: string | null;
            /** @description `true`: direct download; `false`: landing page. */
            direct?: boolean;
        };
        /** @description One page of links (page-number list). */
        LinkList: components["schemas"]["PageList"] & {
            objects?: components["schemas"]["Link"][];
        };
        /** @description One entry of a file's or folder's sharing list. Decision: `role` and `type` are open strings (seen: roles `owner`, `writer`, `reader`; type `user`), since services define more. */
        Permission: {
            /** @description ID of the grantee at the service. */
            readonly id?: string | null;
            /** @description Display name of the grantee. */
            readonly name?: string | null;
            /** @description E-mail address of the grantee. */
            email?: string | null;
            /**
             * @description Access level, such as `owner`, `writer` or `reader`.
             * @example owner
             * @example writer
             * @example reader
             */
            role?: string;
            /**
             * @description Kind of grantee, such as `user`.
             * @example user
             */
            type?: string;
        };
        /** @description One sharing entry to set or add. Decision: `type` and `role` are required, `email` names the grantee (needed for users and groups). */
        PermissionInput: {
            /**
             * @description Kind of grantee, such as `user`.
             * @example user
             */
            type: string;
            /**
             * @description Access level, such as `reader` or `writer`.
             * @example reader
             * @example writer
             */
            role: string;
            /** @description E-mail address of the grantee. */
            email?: string;
        };
        /** @description Sharing entries to set (PUT, replaces the list; the owner is kept) or add/change (PATCH). */
        PermissionInputList: components["schemas"]["PermissionInput"][];
        /** @description The sharing list of a file or folder. */
        PermissionList: {
            permissions: components["schemas"]["Permission"][];
        };
        /** @description A custom key/value property of a file. Decision: values are strings (the fixture stores `"true"` as a string). */
        Property: {
            /** @description Property name. */
            key: string;
            /** @description Property value. */
            value?: string | null;
            /**
             * Format: date-time
             * @description When the property was created.
             */
            readonly created?: string | null;
            /**
             * Format: date-time
             * @description When the property was last changed.
             */
            readonly modified?: string | null;
            /** @description Box metadata template scope (Box only). */
            readonly box_scope?: string;
            /** @description Box metadata template key (Box only). */
            readonly box_template?: string;
        };
        /** @description One property change; `value` null deletes the key, any other value adds or updates it. */
        PropertyPatch: {
            /** @description Property name. */
            key: string;
            /** @description New value, or null to delete the property. */
            value: string | null;
        };
        /** @description Property changes; keys not named are left as they are. */
        PropertyPatchList: components["schemas"]["PropertyPatch"][];
        /** @description The properties of a file. */
        PropertyList: {
            properties: components["schemas"]["Property"][];
        };
        /** @description Storage quota of the account. Decision: the body was never captured; it is modelled as `total` and `used` in bytes (null when the service does not report them) plus the usual `api`/`type` discriminators, and other fields are allowed. */
        Quota: {
            /** @description Total space in bytes; null when unknown or unlimited. */
            readonly total?: number | null;
            /** @description Used space in bytes; null when unknown. */
            readonly used?: number | null;
            /** @description API name (`storage`). */
            readonly api?: string;
            /** @description Object type (`quota`). */
            readonly type?: string;
        };
        /** @description A user of the team. Its `id` is what `X-Kloudless-As-User` takes. Decision: `api` = `team` and `type` = `user` as in the v2 docs and in user references inside file metadata; v1 responses may omit them. */
        TeamUser: {
            /** @description Upstream user ID. */
            readonly id: string;
            /** @description Display name. Decision: nullable (not every service has one). */
            readonly name?: string | null;
            /** @description Email address. Decision: nullable (not every service has one, e.g. s3). */
            readonly email?: string | null;
            /** @description Role of the user in the team (values not captured; an open string). Decision: nullable. */
            readonly role?: string | null;
            /**
             * @description Always `team`.
             * @constant
             */
            readonly api?: "team";
            /**
             * @description Always `user`.
             * @constant
             */
            readonly type?: "user";
            raw?: components["schemas"]["RawObject"];
        };
        /** @description A group of the team. Decision: `api` = `team` and `type` = `group` (v2 docs); v1 responses may omit them. */
        TeamGroup: {
            /** @description Upstream group ID. */
            readonly id: string;
            /** @description Group name. Decision: nullable. */
            readonly name?: string | null;
            /** @description Role of the group, or of the user in the group when listed as a membership (values not captured; an open string). Decision: nullable. */
            readonly role?: string | null;
            /**
             * @description Always `team`.
             * @constant
             */
            readonly api?: "team";
            /**
             * @description Always `group`.
             * @constant
             */
            readonly type?: "group";
            raw?: components["schemas"]["RawObject"];
        };
        /** @description A page of team users (page-token paging). */
        TeamUserList: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["TeamUser"][];
        };
        /** @description A page of team groups (page-token paging). */
        TeamGroupList: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["TeamGroup"][];
        };
        /** @description A page of the groups a user belongs to (page-token paging). Decision: the items are TeamGroup objects (Kloudless' SDK returned groups); `role` may then be the user's role in the group. */
        TeamMembershipList: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["TeamGroup"][];
        };
        /** @description A page of the users of a group (page-token paging). Decision: the items are TeamUser objects. */
        TeamMemberList: components["schemas"]["TokenList"] & {
            objects?: components["schemas"]["TeamUser"][];
        };
    };
    responses: {
        /** @description Kloudless error. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit reached at Kloudless (`too_many_requests`) or upstream (`too_many_service_requests`). */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Done; no body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
        AccountId: string;
        /** @description Page number, starting at 1. */
        Page: number;
        /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
        PageToken: string;
        /** @description Objects per page. Some services treat it as advisory. */
        PageSize: number;
        /** @description When `true`, returned objects carry the upstream service's object under `raw`. */
        RawData: "true" | "false";
        /** @description JSON object of extra headers that Kloudless forwards to the upstream service. */
        RawHeaders: string;
        /** @description Upstream user ID (from the Team API) that an admin account acts as. */
        AsUser: string;
        /** @description When `true`, the request runs asynchronously and a Task is returned. */
        Async: "true" | "false";
        /** @description JSON object `{"name": "<file name>", "parent_id": "<folder id or root>"}` (both strings) describing an uploaded file. Required with an `application/octet-stream` body; not used with an `application/json` (upload from URL) body, hence not required here. */
        Metadata: string;
        /** @description HTTP method of the upstream request. */
        RawMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
        /** @description Upstream path (such as `/drive/v3/files`) or full upstream URL. */
        RawUri: string;
    };
    requestBodies: never;
    headers: {
        /** @description Decision: the request ID is read from `X-Request-Id` when present; error bodies carry it as `id` in any case. */
        RequestId: string;
        /** @description Seconds to wait (or an HTTP date) before the next request. */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "oauth.authorize": {
        parameters: {
            query: {
                /** @description Application ID (replaces the v0 `app_id`). */
                client_id: string;
                /** @description `code` for the authorization-code grant; `token` for the implicit grant and the out-of-band popup flow. */
                response_type: "code" | "token";
                /** @description Where the browser returns; must be one of the application's configured Redirect URIs. `urn:ietf:wg:oauth:2.0:oob` selects the out-of-band popup flow. Decision: the whitelist rule is inferred from the Meta `redirect_uri` objects. */
                redirect_uri: string;
                /** @description Space-delimited Kloudless scopes: `all`/`any`, API categories (`storage`, `calendar`, ...), service IDs (`box dropbox`), or the full form `<service>.<api>.<permission>`; admin connections use `:admin` (e.g. `all:admin`). Decision: the default is `all` as in the vendor SDKs (the docs name `any`; both mean any enabled service, non-admin). */
                scope?: string;
                /** @description Opaque value echoed back to the redirect URI; generate a random one and compare it on return (recommended). */
                state?: string;
                /** @description JSON object (as a string, URL-encoded by the client) pre-filling fields of Kloudless' connect forms, e.g. `{"domain": "ftps://ftp.example.com:21"}`. */
                extra_data?: string;
                /** @description JSON object (as a string) of custom data for the account. Decision: stored as the account's `custom_properties` (inferred). */
                custom_properties?: string;
                /** @description Out-of-band flow only: origin of the page embedding the popup; its domain must be one of the application's Trusted Domains. */
                origin?: string;
                /** @description Parameters passed on to the upstream service's OAuth request, sent as `raw[<name>]=<value>` (e.g. `raw[login_hint]=user@example.com`). */
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
            /** @description Redirect to `redirect_uri` with `code` and `state` (or `error` and `error_description`) as query parameters, or the implicit grant's token data in the fragment. */
            302: {
                headers: {
                    /** @description The redirect URI with the result of the authorization. */
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
            /** @description Information on the token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenInfo"];
                };
            };
            /** @description The token is invalid, revoked or unknown. Decision: the body is the usual Kloudless error body. */
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
            /** @description The access token of the connected account. */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description ID of the Task returned by a request sent with `X-Kloudless-Async` set to `true`. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Task while it runs, or the result of the finished request. */
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
                /** @description HTTP method of the upstream request. */
                "X-Kloudless-Raw-Method": components["parameters"]["RawMethod"];
                /** @description Upstream path (such as `/drive/v3/files`) or full upstream URL. */
                "X-Kloudless-Raw-URI": components["parameters"]["RawUri"];
            };
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** @description Body of the upstream request, forwarded as is with its content type. */
        requestBody?: {
            content: {
                "application/json": unknown;
                "*/*": string;
            };
        };
        responses: {
            /** @description The upstream service's response, streamed back as is. */
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
            /** @description Any other upstream status, streamed back as is. */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The Kloudless ID. */
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
                /** @description The application asking (the File Picker's and kloudless-js' `app_id`). Decision: it does not filter the list. */
                app_id?: string;
                /** @description Include each service's `properties` (its `capabilities`: which operations it supports). */
                retrieve_properties?: boolean;
                /** @description Only services that support these APIs, e.g. `storage` or `storage,calendar`. */
                apis?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services. */
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
                /** @description Service identifier, e.g. `gdrive`. */
                service_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
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
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Accounts per page. */
                page_size?: number;
                /** @description Only accounts that are enabled (`true`) or disabled (`false`). */
                enabled?: boolean;
                /** @description Only accounts connected through the admin flow (`true`) or not (`false`). */
                admin?: boolean;
                /** @description Only active (`true`) or inactive (`false`) accounts. Sent by older clients; kept for compatibility. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
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
            /** @description The imported account. */
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
                /** @description When `false`, the lighter account object is returned. */
                retrieve_full?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The updated account. */
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
                /** @description `true`: replace the first file with the same name in the folder. `false`: a name clash gets an automatically renamed file. */
                overwrite?: boolean;
            };
            header?: {
                /** @description JSON object `{"name": "<file name>", "parent_id": "<folder id or root>"}` (both strings) describing an uploaded file. Required with an `application/octet-stream` body; not used with an `application/json` (upload from URL) body, hence not required here. */
                "X-Kloudless-Metadata"?: components["parameters"]["Metadata"];
                /** @description When `true`, the request runs asynchronously and a Task is returned. */
                "X-Kloudless-Async"?: components["parameters"]["Async"];
            };
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** @description The file's bytes, or a JSON upload-from-URL request. */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/json": components["schemas"]["UploadFromUrl"];
            };
        };
        responses: {
            /** @description The new file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            /** @description Accepted (asynchronous request); poll the task with `tasks.retrieve`. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The upload URL. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** @description The new contents. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The updated file. */
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
                /** @description Delete permanently instead of moving to the trash. */
                permanent?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
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
            /** @description The updated (or, across accounts, new) file. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's contents. */
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
            query?: never;
            header?: {
                /** @description When `true`, the request runs asynchronously and a Task is returned. */
                "X-Kloudless-Async"?: components["parameters"]["Async"];
            };
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless ID of the file to copy. */
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
            /** @description The copy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            /** @description Accepted (asynchronous request); poll the task with `tasks.retrieve`. */
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
                /** @description Width/height of the thumbnail in pixels. */
                size?: number;
                /** @description Image format of the thumbnail. */
                image_format?: "png" | "jpeg";
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail image. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's links of the file. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's sharing list. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** @description The entries. Decision: an empty body is read as `[]` (the Python SDK 1.1.3 sends an empty list as no body at all, which the live API accepted). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** @description The new sharing list. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        /** @description The entries. Decision: an empty body is read as `[]` (the Python SDK 1.1.3 sends an empty list as no body at all, which the live API accepted). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** @description The new sharing list. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's properties. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless file ID. */
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
            /** @description The file's properties after the change. */
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
                /** @description `true`: answer 409 if a folder with this name already exists. `false`: return the existing folder. */
                conflict_if_exists?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description A folder with this name already existed and is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            /** @description The new folder. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The folder. */
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
                /** @description Delete the folder's contents too (needed for a non-empty folder). */
                recursive?: boolean;
                /** @description Delete permanently instead of moving to the trash. */
                permanent?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
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
            /** @description The updated folder. */
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
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** @description List every item below the folder, not only its direct children. */
                recursive?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the folder's contents. */
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
            query?: never;
            header?: {
                /** @description When `true`, the request runs asynchronously and a Task is returned. */
                "X-Kloudless-Async"?: components["parameters"]["Async"];
            };
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless ID of the folder to copy. */
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
            /** @description The copy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            /** @description Accepted (asynchronous request); poll the task with `tasks.retrieve`. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID, or `root` for the root folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's links of the folder. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The folder's sharing list. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** @description The entries. Decision: an empty body is read as `[]` (the Python SDK 1.1.3 sends an empty list as no body at all, which the live API accepted). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** @description The new sharing list. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Kloudless folder ID. */
                folder_id: string;
            };
            cookie?: never;
        };
        /** @description The entries. Decision: an empty body is read as `[]` (the Python SDK 1.1.3 sends an empty list as no body at all, which the live API accepted). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PermissionInputList"];
            };
        };
        responses: {
            /** @description The new sharing list. */
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
                /** @description `true`: replace the first file with the same name in the folder. `false`: a name clash gets an automatically renamed file. */
                overwrite?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The new session. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Multipart session ID as returned in the session's `id`. Decision: an integer in practice, but strings are accepted too and sent back verbatim. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
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
                /** @description Number of the part, starting at 1. */
                part_number: number;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Multipart session ID as returned in the session's `id`. Decision: an integer in practice, but strings are accepted too and sent back verbatim. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        /** @description The part's bytes. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Part stored. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Multipart session ID as returned in the session's `id`. Decision: an integer in practice, but strings are accepted too and sent back verbatim. */
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
                /** @description `true`: replace the first file with the same name in the folder. `false`: a name clash gets an automatically renamed file. */
                overwrite?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Multipart session ID as returned in the session's `id`. Decision: an integer in practice, but strings are accepted too and sent back verbatim. */
                multipart_id: number | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The uploaded file. */
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
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Only active (`true`) or only inactive (`false`) links. */
                active?: boolean;
                /** @description Name of the field to sort by (such as `created`); prefix `-` for descending. */
                ordering?: string;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of links. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The new link. */
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
                /** @description Only find the link if it is active (`true`) or inactive (`false`). */
                active?: boolean;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Link ID. */
                link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Link ID. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Link ID. */
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
            /** @description The updated link. */
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
                /** @description The search query. */
                q: string;
                /** @description Query language: `keyword` (the service's normal search), `raw` (the service's own query language) or `cmis` (a CMIS query). */
                lang?: "keyword" | "raw" | "cmis";
                /** @description Comma-separated IDs of the folders to search in. */
                parents?: string;
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching files and folders. */
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
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Only files modified after this time (ISO 8601). Decision: a value that does not parse as a date-time matches no file (an empty list, not 400), as the live API answered the Python SDK 1.1.3 suite. */
                after?: string;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recent files. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quota. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The Kloudless ID. */
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
                /** @description Cursor from the previous response (or from `events.latestCursor`); `after-auth` returns every event since the account was connected; an `upstream_cursor` value is accepted too. Cannot be combined with `from` or `until`. Decision: integers are accepted so that numeric cursors of older responses can be sent back verbatim. */
                cursor?: string | number;
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Inclusive lower bound (ISO 8601) of the time of the events; usable alone. Later cursors stay inside the range of the first request. */
                from?: string;
                /** @description Exclusive upper bound (ISO 8601) of the time of the events; only together with `from`. */
                until?: string;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A batch of events with the cursor to continue from. */
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
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest cursor. */
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
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calendars. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The created calendar. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (the response carries the real ID). */
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
            /** @description The updated calendar. */
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
                /** @description Lower bound (ISO 8601), compared with each event's start time. Defaults to the epoch, `1970-01-01T00:00:00Z`. */
                start?: string;
                /** @description Upper bound (ISO 8601), compared with each event's end time. Defaults to the current UTC time. Required by Outlook Calendar. Decision: optional in the spec (the default is the time of the request, so it has no fixed `default`). */
                end?: string;
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** @description ID of a recurring event: lists the occurrences of that series. Decision: documented from a third-party client only; semantics inferred. */
                instances?: string;
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
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
            /** @description The created event. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** @description Opaque event ID. */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** @description Opaque event ID. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Calendar ID, or `primary` as an alias of the account's primary calendar (responses carry the real ID). */
                calendar_id: string;
                /** @description Opaque event ID. */
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
            /** @description The updated event. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
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
            /** @description The free time windows. */
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
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
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
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream user ID (from `team.users.list`). */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the user's groups. */
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
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups. */
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
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
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
                /** @description Page token. Omit it for the first page, then pass the previous response's `next_page`. */
                page?: components["parameters"]["PageToken"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Kloudless account ID, or `me` for the account of the Bearer token. Several list endpoints accept a comma-separated list of account IDs. */
                account_id: components["parameters"]["AccountId"];
                /** @description Upstream group ID (from `team.groups.list`). */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the group's users. */
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
    "meta.applications.list": {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Only active (`true`) or inactive (`false`) applications. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications. */
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
            /** @description The new application. */
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
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
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
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. Any body is ignored. */
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
                /** @description Application ID. */
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
            /** @description The updated application. */
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
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
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
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new API key. */
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
                /** @description Application ID. */
                application_id: string;
                /** @description The API key to revoke (its `key`). */
                api_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. Any body is ignored. */
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
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description Application ID. */
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
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
                /** @description Application ID. */
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
            /** @description The new webhook. */
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
                /** @description Application ID. */
                application_id: string;
                /** @description Webhook ID. */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
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
                /** @description Application ID. */
                application_id: string;
                /** @description Webhook ID. */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. Any body is ignored. */
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
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Objects per page. Some services treat it as advisory. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of developers. */
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
                /** @description Developer ID. */
                developer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The developer. */
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
                /** @description Developer ID. */
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
            /** @description The updated developer. */
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
                /** @description License ID (of an on-premises / Enterprise license). */
                license_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The license file. */
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
