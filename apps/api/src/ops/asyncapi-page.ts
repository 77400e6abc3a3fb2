/** A self-contained HTML page of an AsyncAPI 3.0 document (no script, no CDN: it renders offline). */
type Json = Record<string, any>;

export function renderAsyncApiPage(document: Json): string {
  const messages = document.components.messages as Json;
  const resolve = (reference: string): Json => messages[reference.split('/').pop() as string];
  const channels = Object.entries<Json>(document.channels).map(([id, channel]) => {
    const operations = Object.values<Json>(document.operations).filter((op) => op.channel.$ref === `#/channels/${id}`);
    const sections = operations.map((op) => {
      const items = op.messages.map((m: Json) => {
        const msg = resolve(m.$ref);
        return `<li><code>${escape(msg.name)}</code> — ${escape(msg.summary)}<details><summary>schema</summary><pre>${escape(JSON.stringify(msg.payload, null, 2))}</pre></details></li>`;
      });
      return `<h4>${op.action === 'send' ? 'Server → client' : 'Client → server'}</h4><ul>${items.join('')}</ul>`;
    });
    return `<section><h2>${escape(channel.title)}</h2><p><code>${escape(channel.address)}</code></p><p>${escape(channel.description)}</p>${sections.join('')}</section>`;
  });
  const schemes = Object.entries<Json>(document.components.securitySchemes).map(([name, s]) => `<li><b>${escape(name)}</b>: ${escape(s.description)}</li>`);
  const codes = Object.entries<string>(document['x-close-codes']).map(([code, meaning]) => `<tr><td>${code}</td><td>${escape(meaning)}</td></tr>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(document.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f5f5f5;padding:.5rem;overflow:auto}section{border-top:1px solid #ddd}</style></head>
<body><h1>${escape(document.info.title)} <small>AsyncAPI ${escape(document.asyncapi)}</small></h1><p>${escape(document.info.description)}</p>
<p>Machine-readable: <a href="/asyncapi.json">/asyncapi.json</a>. HTTP API: <a href="/docs">/docs</a>.</p>
<h3>Authentication</h3><ul>${schemes.join('')}</ul><h3>Close codes</h3><table>${codes.join('')}</table>${channels.join('')}</body></html>`;
}

function escape(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
