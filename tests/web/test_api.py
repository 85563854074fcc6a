"""`crosscheck serve` through FastAPI's TestClient: pages and JSON over the demo store, read-only, and
hostile article text rendered inert (tests/hostile.py)."""

from __future__ import annotations

import hashlib
import sqlite3
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from crosscheck.cli import app as cli_app
from crosscheck.store import Store
from crosscheck.store.schema import MIGRATIONS
from crosscheck.web.app import create_app
from tests.hostile import PAYLOAD, active_markup


class Page(HTMLParser):
    """Tags with their attributes, and the text, of one page."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if "id" in attrs}

    def hrefs(self) -> list[str]:
        return [attrs["href"] for tag, attrs in self.tags if tag == "a" and "href" in attrs]


@pytest.fixture(scope="module")
def client(demo_store):
    with TestClient(create_app(str(demo_store))) as test_client:
        yield test_client


def page(client, url: str) -> Page:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return Page(response.text)


def test_search_finds_claims_articles_and_entities(client):
    results = client.get("/api/search", params={"q": "cluster munitions"}).json()
    assert any("cluster munitions" in hit["claim"]["text"] for hit in results["claims"])
    titles = [hit["document"]["title"] for hit in results["documents"]]
    assert "UN monitors document cluster munition use in Korvel market strike" in titles
    assert any(f["matched"] and f["text"].lower().startswith("cluster") for f in results["claims"][0]["snippet"])
    html = page(client, "/search?q=cluster+munitions")
    assert {f"/claims/{hit['claim']['id']}" for hit in results["claims"]} <= set(html.hrefs())
    assert f"/documents/{results['documents'][0]['document']['id']}" in html.hrefs()
    assert ("mark", {}) in html.tags
    # an entity by a spelling only some outlets use; words match in any inflection
    assert "Korvel" in [e["name"] for e in client.get("/api/search", params={"q": "Korveli"}).json()["entities"]]
    assert client.get("/api/search", params={"q": "strikes Hestra"}).json()["claims"]


def test_search_reads_no_query_syntax(client):
    for query in ('"', "NEAR(", "* OR -", "a:b", "Korvel AND"):
        assert client.get("/api/search", params={"q": query}).status_code == 200
    assert page(client, "/search?q=%22%28").text  # a page, not a server error


def test_entity_page_shows_aliases_mentions_and_claims(client):
    entities = {e["name"]: e for e in client.get("/api/entities").json()}
    korvel = client.get(f"/api/entities/{entities['Korvel']['id']}").json()
    assert "Korveli" in korvel["aliases"] and korvel["mentions"] >= len(korvel["mentioned_in"]) > 1
    assert {"Korvel", "Korveli"} <= {form for m in korvel["mentioned_in"] for form in m["forms"]}
    assert "Korveli" in page(client, f"/entities/{korvel['id']}").text
    mandric = client.get(f"/api/entities/{entities['Aurel Mandric']['id']}").json()
    assert mandric["type"] == "person" and mandric["spoken"]
    html = page(client, f"/entities/{mandric['id']}")
    assert {f"/claims/{c['id']}" for c in mandric["spoken"]} <= set(html.hrefs())
    people = client.get("/api/entities", params={"type": "person"}).json()
    assert people and {e["type"] for e in people} == {"person"}


def test_claim_page_links_to_its_span_in_the_article(client):
    board = client.get("/api/links").json()
    claim_id = board["contradictions"][0]["a"]["id"]
    claim = client.get(f"/api/claims/{claim_id}").json()
    assert claim["links"] and any(claim_id in (k["a"]["id"], k["b"]["id"]) for k in claim["links"])
    html = page(client, f"/claims/{claim_id}")
    anchor = f"/documents/{claim['doc']}#claim-{claim_id}"
    assert anchor in html.hrefs()
    assert f"claim-{claim_id}" in page(client, anchor.split("#")[0]).ids()
    assert claim["text"] in html.text and claim["outlet"] in html.text


def test_document_page_marks_every_claim_and_figure(client):
    doc_id = client.get("/api/documents").json()[0]["id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    html = page(client, f"/documents/{doc_id}")
    marked = {f"claim-{c['id']}" for c in doc["claims"]} | {f"figure-{f['id']}" for f in doc["figures"]}
    assert doc["claims"] and marked <= html.ids()
    assert doc["title"] in html.text


def test_contradictions_board_and_corroborations(client):
    board = client.get("/api/links").json()
    assert board["contradictions"] and board["corroborations"]
    html = page(client, "/board")
    assert "Our forces did not carry out any strike on Hestra" in html.text
    assert "Solmari drones had struck the border village of Hestra" in html.text
    assert "Dravia Today" in html.text and "UN Monitoring Mission in the Tarn Valley" in html.text
    assert "origin" in html.text and "denial" in html.text


def test_document_filters(client):
    every = client.get("/api/documents").json()
    assert len(every) == 8
    lirana = client.get("/api/documents", params={"outlet": "Lirana Post"}).json()
    assert len(lirana) == 2 and {d["outlet"] for d in lirana} == {"Lirana Post"}
    dravia = client.get("/api/documents", params={"side": "dravia"}).json()
    assert dravia and {d["lean_side"] for d in dravia} == {"dravia"}
    balanced = client.get("/api/documents", params={"side": "balanced"}).json()
    assert balanced and {d["lean_side"] for d in balanced} == {None}
    march = client.get("/api/documents", params={"since": "2024-03-04", "until": "2024-03-06"}).json()
    assert march and all("2024-03-04" <= d["published"] <= "2024-03-06" for d in march)
    assert len(march) < len(every) - 1  # and the undated wire story is outside any range
    claims = client.get("/api/claims", params={"outlet": "Dravia Today"}).json()
    assert claims and {c["outlet"] for c in claims} == {"Dravia Today"}
    html = page(client, "/documents?outlet=Lirana+Post&side=&since=&until=")  # a form's empty fields
    assert {h for h in html.hrefs() if h.startswith("/documents/")} == {f"/documents/{d['id']}" for d in lirana}


def test_unknown_ids_are_404_and_bad_parameters_422(client):
    for kind in ("documents", "claims", "entities"):
        assert client.get(f"/api/{kind}/nope").status_code == 404
        response = client.get(f"/{kind}/nope")
        assert response.status_code == 404 and "not found" in response.text
    assert client.get("/no/such/page").status_code == 404
    for url in ("/api/documents?since=2024-13-01", "/documents?since=yesterday", "/api/search",
                "/api/search?q=" + "x" * 201, "/api/claims?since=2024-03-06&until=2024-03-01"):
        assert client.get(url).status_code == 422, url
    assert "since" in client.get("/documents?since=yesterday").text


def test_openapi_documents_the_json_endpoints_and_no_cdn_pages(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/search", "/api/entities", "/api/entities/{entity_id}", "/api/claims", "/api/claims/{claim_id}",
                 "/api/documents", "/api/documents/{doc_id}", "/api/links", "/api/dossiers"):
        assert "200" in paths[path]["get"]["responses"], path
    assert not any(path.startswith(("/documents", "/search")) for path in paths)  # the pages are not API
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_pages_allow_no_script(client):
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy and "unsafe-inline" not in policy
    html = Page(response.text)
    assert ("link", {"rel": "stylesheet", "href": "/static/style.css"}) in html.tags
    assert client.get("/static/style.css").status_code == 200
    assert not [tag for tag, _ in html.tags if tag == "script"]


def test_dossiers_page(demo_store, tmp_path):
    db = tmp_path / "checked.db"
    with sqlite3.connect(f"{demo_store.as_uri()}?mode=ro", uri=True) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    checked = CliRunner().invoke(cli_app, ["check", "Dravian forces have never targeted civilians", "--speaker",
                                           "Aurel Mandric", "--db", str(db), "--no-semantic", "--json"])
    assert checked.exit_code == 0, checked.output
    with TestClient(create_app(str(db))) as client:
        [dossier] = client.get("/api/dossiers").json()
        assert dossier["claim"] == "Dravian forces have never targeted civilians" and dossier["evidence"]
        html = page(client, "/dossiers")
        assert dossier["verdict"] in html.text and "Aurel Mandric" in html.text
        evidence = [href for href in html.hrefs() if href.startswith("/claims/")]
        assert evidence and all(client.get(href).status_code == 200 for href in evidence)


def test_the_store_is_never_written(demo_store):
    before = (hashlib.sha256(demo_store.read_bytes()).hexdigest(), demo_store.stat().st_mtime_ns)
    with TestClient(create_app(str(demo_store))) as client:
        urls = ["/", "/documents", "/claims", "/entities", "/board", "/dossiers", "/search?q=Korvel"]
        claim = client.get("/api/claims").json()[0]
        urls += [f"/documents/{claim['doc']}", f"/claims/{claim['id']}",
                 f"/entities/{client.get('/api/entities').json()[0]['id']}"]
        for url in urls:
            assert client.get(url).status_code == 200, url
        with pytest.raises(sa.exc.OperationalError, match="readonly"), client.app.state.store.engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE intruder (x)"))
    assert (hashlib.sha256(demo_store.read_bytes()).hexdigest(), demo_store.stat().st_mtime_ns) == before


def test_serve_command(demo_store, tmp_path, monkeypatch, cli):
    served = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **options: served.update(app=app, **options))
    result = cli("serve", "--db", demo_store)
    assert result.exit_code == 0 and "127.0.0.1:8000" in result.stderr
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    assert cli("serve", "--db", tmp_path / "missing.db").exit_code == 2
    old = tmp_path / "old.db"
    Store(str(old)).close()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE settings SET value = ? WHERE name = 'schema_version'", (str(len(MIGRATIONS) - 1),))
    conn.close()
    result = cli("serve", "--db", old)
    assert result.exit_code == 2 and "run crosscheck analyze first" in result.stderr
    with sqlite3.connect(old) as conn:  # and the old store was left as it was
        assert conn.execute("SELECT value FROM settings WHERE name = 'schema_version'").fetchone()[0] == str(
            len(MIGRATIONS) - 1)
    conn.close()


def test_hostile_text_is_never_markup(hostile_store):
    """Every page that shows the hostile articles' titles, outlets, authors, claims and speakers."""
    with TestClient(create_app(str(hostile_store))) as client:
        docs = [d for d in client.get("/api/documents").json() if "<" in d["title"] + (d["outlet"] or "")]
        claims = [c for c in client.get("/api/claims").json() if "<" in c["text"]]
        assert len(docs) == 2 and len(claims) >= 3
        urls = ["/", "/documents", "/claims", "/entities", "/board", "/dossiers", f"/search?q={PAYLOAD}",
                "/search?q=Korvel+shelled", f"/documents/{PAYLOAD}", f"/documents?since={PAYLOAD}"]
        urls += [f"/documents?{urlencode({'outlet': d['outlet']})}" for d in docs]
        urls += [f"/documents/{d['id']}" for d in docs] + [f"/claims/{c['id']}" for c in claims]
        urls += [f"/entities/{c['speaker']}" for c in claims if c["speaker"]]
        shown = ""
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 404, 422), url
            assert active_markup(response.text) == [], url
            shown += Page(response.text).text
        assert PAYLOAD in shown  # escaped, so shown as the text it is
