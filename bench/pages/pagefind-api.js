// Pagefind through its JS API, as its docs show it (https://pagefind.app/docs/api/): import
// pagefind.js, init() when the field gains focus, search() on every input, data() for the results
// shown. No debounce (debouncedSearch waits 300 ms); an answer to an older query is dropped.
const root = document.getElementById('search');
const input = root.querySelector('input');
const list = root.querySelector('ol');
const bundlePath = root.dataset.bundle;
let loading;
const load = () =>
  (loading ??= import(`${bundlePath}pagefind.js`).then(async (pagefind) => {
    await pagefind.options({ bundlePath });
    pagefind.init();
    return pagefind;
  }));
let latest = 0;
input.addEventListener('focus', () => load());
input.addEventListener('input', async () => {
  const query = input.value;
  const id = ++latest;
  const pagefind = await load();
  const search = await pagefind.search(query);
  if (id !== latest) return;
  const shown = await Promise.all((search?.results ?? []).slice(0, 10).map((result) => result.data()));
  if (id !== latest) return;
  list.replaceChildren(
    ...shown.map((data) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta.title;
      item.append(link);
      return item;
    }),
  );
  root.dataset.count = String(search?.results.length ?? 0);
  root.dataset.query = query;
});
