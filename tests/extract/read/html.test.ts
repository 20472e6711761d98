import { describe, expect, it } from 'vitest';
import { htmlToText, stripSiteName } from '../../../src/extract/read/html.js';
import { parseArticle } from '../../../src/extract/read/article.js';

const page = `<!DOCTYPE html>
<html><head>
<title>Lula and Widodo agree trade pact | The Southern Post</title>
<meta property="og:title" content="Lula, Widodo agree trade pact in Jakarta">
<meta property="article:published_time" content="2024-05-02T09:30:00+07:00">
<meta property="article:modified_time" content="2024-05-04T10:00:00Z">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<header class="site"><a href="/">The Southern Post</a></header>
<article>
<h1>Lula and Widodo agree trade pact</h1>
<p>JAKARTA &ndash; Brazilian President Luiz In&aacute;cio Lula da Silva and Indonesian President Joko Widodo
   signed a trade pact on Thursday, officials said.</p>
<p>The deal covers &quot;nickel &amp; soy&quot; exports&#8230; and fisheries&#x2014;both sides said.<br>A second line.</p>
<aside><p>Related: Other news</p></aside>
<form><input name="q"><button>Search</button></form>
<!-- a comment <p>hidden</p> -->
</article>
<footer><p>&copy; The Southern Post</p></footer>
<noscript><p>Enable JavaScript</p></noscript>
</body></html>`;

describe('htmlToText', () => {
  const doc = htmlToText(page);

  it('keeps the story and drops scripts, styles, nav, footer, aside, forms and comments', () => {
    expect(doc.text).toBe([
      'Lula and Widodo agree trade pact',
      '',
      'JAKARTA – Brazilian President Luiz Inácio Lula da Silva and Indonesian President Joko Widodo signed a trade pact on Thursday, officials said.',
      '',
      'The deal covers "nickel & soy" exports… and fisheries—both sides said.',
      'A second line.',
    ].join('\n'));
  });

  it('reads og:title and the published and modified times', () => {
    expect(doc.title).toBe('Lula, Widodo agree trade pact in Jakarta');
    expect(doc.published).toBe('2024-05-02');
    expect(doc.modified).toBe('2024-05-04');
  });

  it('falls back on <h1>, then on <title> without the site name', () => {
    expect(htmlToText('<h1>Ruto <b>meets</b> Abiy</h1><p>Text.</p>').title).toBe('Ruto meets Abiy');
    expect(htmlToText('<title>Ruto meets Abiy in Addis - Horn Daily</title><p>Text.</p>').title).toBe('Ruto meets Abiy in Addis');
  });

  it('reads <time datetime> and JSON-LD dates', () => {
    expect(htmlToText('<p>By staff <time datetime="2023-11-12T08:41">Nov 12</time></p>').published).toBe('2023-11-12');
    expect(htmlToText('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-09-16T19:40:00Z"}</script><p>x</p>').published).toBe('2022-09-16');
  });

  it('copes with unclosed tags, stray < and > inside attributes', () => {
    const d = htmlToText('<p title="a > b">Trade rose 5 < 7 per cent<p>Second');
    expect(d.text).toBe('Trade rose 5 < 7 per cent\n\nSecond');
  });

  it('uses the longest <article> when a page has several', () => {
    const d = htmlToText('<article><p>Teaser.</p></article><article><p>The real story is longer than the teaser.</p></article>');
    expect(d.text).toBe('The real story is longer than the teaser.');
  });

  it('runs in linear time on pathological markup', () => {
    const hostile = '<a '.repeat(20_000) + '<!--'.repeat(20_000) + '<p x="'.repeat(5_000);
    expect(typeof htmlToText(hostile).text).toBe('string');
  });
});

describe('stripSiteName', () => {
  it('drops a short trailing site name but keeps dashes inside the headline', () => {
    expect(stripSiteName('Iran - Pakistan strikes raise tensions | World News')).toBe('Iran - Pakistan strikes raise tensions');
    expect(stripSiteName('Talks resume')).toBe('Talks resume');
  });
});

describe('parseArticle on HTML', () => {
  it('stores the converted text, takes the meta date and title, and points body offsets into it', () => {
    const r = parseArticle(page, { id: 'p', file: 'p.html', format: 'html' });
    const a = r.article!;
    expect(a.publishedBasis).toBe('meta');
    expect(a.published).toBe('2024-05-02');
    expect(a.title).toBe('Lula, Widodo agree trade pact in Jakarta');
    expect(a.text.slice(a.body.start)).toMatch(/^Brazilian President/);
    expect(r.warnings).toEqual([]);
  });

  it('warns no_text when nothing is left', () => {
    const r = parseArticle('<script>x()</script><nav>Home</nav>', { id: 'n', file: 'n.html', format: 'html' });
    expect(r.article).toBeUndefined();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'no_text', file: 'n.html' })]);
  });
});
