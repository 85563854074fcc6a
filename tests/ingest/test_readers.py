import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosscheck.ingest import read_articles
from crosscheck.ingest.document import IngestOptions, build_document
from crosscheck.ingest.files import detect_format
from crosscheck.model import Skip

PARAGRAPH = ("Artillery struck the market of the town on Saturday, killing three civilians and wounding more, "
             "local officials said on Sunday after visiting the site.")
PAGE = f"""<!doctype html><html><head><title>Market shelled | Valley Times</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Valley Times">
<meta property="article:published_time" content="2024-03-03"></head>
<body><nav>Home | World | Sport | Opinion</nav><article><h1>Market shelled</h1>
<p>{PARAGRAPH}</p><p>A second paragraph describes the damage to the houses around the market square.</p>
</article></body></html>"""


def documents(path, max_bytes=10_000_000):
    items = list(read_articles(path, max_bytes))
    docs = [build_document(i, IngestOptions()) for i in items if not isinstance(i, Skip)]
    return docs, [i for i in items if isinstance(i, Skip)]


@pytest.mark.parametrize(
    ("encoding", "sample"),
    [
        ("utf-8", "Öffentlichkeit fordert Untersuchung des Raketenangriffs auf Schuscha."),
        ("cp1251", "Общественность требует расследования ракетного удара по городу Шуша, заявили депутаты."),
        ("cp1254", "Kamuoyu, Şuşa şehrine yapılan füze saldırısının soruşturulmasını istedi, dediler bugün."),
        ("latin-1", "L'opinion publique réclame une enquête sur le tir de missile à Choucha, déclarent-ils."),
    ],
)
def test_text_in_legacy_encodings(tmp_path, encoding, sample):
    path = tmp_path / "article.txt"
    path.write_bytes(f"Headline of the Day\n\n{sample}".encode(encoding))
    docs, skips = documents(path)
    assert not skips and docs[0].text == sample


def test_html_page_body_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    [doc], _ = documents(path)
    assert (doc.title, doc.author, doc.outlet, doc.published) == ("Market shelled", "Jane Roe", "Valley Times",
                                                                   "2024-03-03")
    assert doc.text.startswith("Artillery struck") and "Home" not in doc.text


def test_html_claimreview_page_is_a_factcheck(tmp_path):
    path = tmp_path / "check.html"
    claimreview = '<script type="application/ld+json">{"@type": "ClaimReview"}</script>'
    path.write_text(PAGE.replace("</head>", claimreview + "</head>"))
    [doc], _ = documents(path)
    assert doc.kind == "factcheck"


def test_json_list_and_wrapped_records(tmp_path):
    records = [{"title": "One", "text": PARAGRAPH, "outlet": "Valley Times", "published": "March 3, 2024"},
               {"headline": "Two", "html": f"<p>{PARAGRAPH}</p>", "url": "https://x.example/2"}]
    (tmp_path / "list.json").write_text(json.dumps(records))
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": records}))
    for name in ("list.json", "wrapped.json"):
        docs, skips = documents(tmp_path / name)
        assert not skips
        assert [(d.title, d.outlet, d.published) for d in docs] == [
            ("One", "Valley Times", "2024-03-03"), ("Two", "x.example", None)]


def test_jsonl_broken_line_is_one_skip(tmp_path):
    path = tmp_path / "wire.jsonl"
    good = json.dumps({"title": "Good", "text": PARAGRAPH})
    path.write_text(f'{good}\n{{"title": "Broken", "text": \n{json.dumps({"title": "Empty"})}\n')
    docs, skips = documents(path)
    assert [d.title for d in docs] == ["Good"]
    assert [s.reason.split(":")[0] for s in skips] == ["line 2", "line 3"]
    assert "invalid JSON" in skips[0].reason and "no text" in skips[1].reason


@pytest.mark.parametrize(
    "feed",
    [
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Times</title>
<item><title>Market shelled</title><link>https://vt.example/1</link><pubDate>Sun, 03 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{PARAGRAPH}</p>]]></description></item></channel></rss>""",
        f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title>Market shelled</title><link href="https://vt.example/1"/><updated>2024-03-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;{PARAGRAPH}&lt;/p&gt;</content></entry></feed>""",
    ],
    ids=["rss", "atom"],
)
def test_feeds(tmp_path, feed):
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    [doc], _ = documents(path)
    assert (doc.title, doc.outlet, doc.published, doc.url, doc.text) == (
        "Market shelled", "Valley Times", "2024-03-03", "https://vt.example/1", PARAGRAPH)


def write_warc(path, pages):
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path, name):
    path = tmp_path / name
    write_warc(path, [("https://vt.example/1", PAGE.encode(), "text/html; charset=utf-8"),
                      ("https://vt.example/logo.png", b"\x89PNG....", "image/png")])
    [doc], skips = documents(path)
    assert not skips and doc.url == "https://vt.example/1" and doc.title == "Market shelled"
    assert doc.source.endswith("#https://vt.example/1")


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("a.txt", b"Plain words", "text"),
        ("a.xml", b"<html><body>page</body></html>", "html"),
        ("page", b"<!DOCTYPE html><html>", "html"),
        ("feed", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("dump", b'{"title": "x"}', "records"),
        ("crawl", b"WARC/1.0\r\n", "warc"),
        ("crawl.gz", gzip.compress(b"WARC/1.0"), "warc"),
        ("notes", b"Just some words", "text"),
    ],
)
def test_format_detection(tmp_path, name, head, fmt):
    assert detect_format(tmp_path / name, head) == fmt
