/**
 * Gathers metadata while the page streams past: <meta> and <link> tags, <html lang>, <time datetime>,
 * elements that hold an author's name, and JSON-LD objects. Decisions between sources are made later
 * (meta.ts); this only records what the page declares, first value winning.
 */
export class MetaCollector {
  readonly metas = new Map<string, string>();
  readonly links = new Map<string, string>();
  readonly jsonLd: Record<string, unknown>[] = [];
  lang?: string;
  title?: string;
  times: string[] = [];
  /** Text of elements that name an author (rel=author, itemprop=author, class byline), in page order. */
  authorTexts: string[] = [];

  /** Records a tag's metadata; returns true when rel or itemprop says the element's text is an author name. */
  onTag(name: string, attrs: Record<string, string>): boolean {
    switch (name) {
      case 'meta': {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'])?.toLowerCase().trim();
        const value = attrs.content ?? attrs.datetime;
        if (key && value?.trim() && !this.metas.has(key)) this.metas.set(key, value.trim());
        return false;
      }
      case 'link': {
        const rel = attrs.rel?.toLowerCase();
        if (rel && attrs.href && !this.links.has(rel)) this.links.set(rel, attrs.href.trim());
        return false;
      }
      case 'html':
        if (attrs.lang && !this.lang) this.lang = attrs.lang.trim();
        return false;
      case 'time':
        if (attrs.datetime) this.times.push(attrs.datetime.trim());
        break;
    }
    const itemprop = attrs.itemprop?.toLowerCase();
    if (itemprop === 'datepublished' || itemprop === 'datemodified') {
      const value = attrs.content ?? attrs.datetime;
      if (value && !this.metas.has(itemprop)) this.metas.set(itemprop, value.trim());
    }
    return attrs.rel?.toLowerCase() === 'author' || itemprop === 'author';
  }

  onCaptured(kind: string, text: string): void {
    if (kind === 'title') {
      if (this.title === undefined) this.title = text.replace(/\s+/g, ' ').trim();
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      return; // broken JSON-LD is common and harmless: other sources remain
    }
    // Flatten arrays and @graph containers without recursion.
    const queue: unknown[] = [data];
    while (queue.length > 0 && this.jsonLd.length < 50) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        if (Array.isArray(obj['@graph'])) queue.push(...obj['@graph']);
        this.jsonLd.push(obj);
      }
    }
  }
}
