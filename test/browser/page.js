/**
 * The browser test's page (test/browser/run.ts serves it): against the emulator whose URL and
 * token are in the query string, it lists the root folder, uploads a Blob, downloads it back,
 * lists the root folder again through `kloudless-ts/openapi-fetch` (loaded only then), and writes
 * everything into the page; `body[data-status]` becomes `done` or `error`.
 */
import { Account, isKloudlessError, NotFound, ResourceList, VERSION } from "kloudless-ts";

const query = new URLSearchParams(location.search);
const show = (id, text) => {
  document.getElementById(id).textContent = text;
};

async function main() {
  const account = new Account({ token: query.get("token"), baseUrl: query.get("api"), maxRetries: 0 });

  // List the root folder.
  const root = await account.get("storage/folders/{folder_id}/contents", { path: { folder_id: "root" } });
  const names = root.objects.map((item) => item.data.name);
  for (const name of names) {
    const li = document.createElement("li");
    li.textContent = name;
    document.getElementById("root").append(li);
  }

  // Upload a Blob, then download it back.
  const text = `Hello from ${navigator.userAgent.includes("Chrome") ? "Chromium" : "a browser"}: ü ✓ ${Date.now()}`;
  const blob = new Blob([text], { type: "text/plain" });
  const uploaded = await account.post("storage/files", {
    data: blob,
    headers: { "X-Kloudless-Metadata": JSON.stringify({ parent_id: "root", name: "from-the-browser.txt" }) },
  });
  const download = await account.storage.files.download(uploaded.data.id);
  const back = await download.blob();
  const backText = await back.text();
  show(
    "roundtrip",
    `uploaded ${blob.size} bytes as ${uploaded.data.name} (${uploaded.data.id}); downloaded ${back.size} bytes`,
  );

  // An API error arrives as the SDK's error class.
  const missing = await account.storage.files.retrieve("no-such-file").catch((error) => error);

  // The openapi-fetch client, loaded on demand as an app would split it off.
  const { createFetchClient } = await import("kloudless-ts/openapi-fetch");
  const viaFetch = await createFetchClient(account).GET("/accounts/{account_id}/storage/folders/{folder_id}/contents", {
    params: { path: { account_id: "me", folder_id: "root" } },
  });

  return {
    version: VERSION,
    isList: root instanceof ResourceList,
    names,
    uploadedName: uploaded.data.name,
    uploadedSize: uploaded.data.size,
    sentBytes: blob.size,
    receivedBytes: back.size,
    identical: backText === text,
    notFound: missing instanceof NotFound && isKloudlessError(missing),
    viaFetch: viaFetch.data.objects.map((item) => item.name),
  };
}

main().then(
  (result) => {
    show("result", JSON.stringify(result, null, 2));
    show("status", "done");
    document.body.dataset.status = "done";
  },
  (error) => {
    show("result", `${error?.name ?? "Error"}: ${error?.message ?? String(error)}`);
    show("status", "error");
    document.body.dataset.status = "error";
  },
);
