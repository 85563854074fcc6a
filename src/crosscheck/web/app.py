"""``crosscheck serve``: browse and search a store in a web browser, with a JSON API beside the pages.

Read-only: the store is opened so that nothing can be written to it. Pages are rendered on the server
by Jinja with autoescape on (article text, titles and names are untrusted) and sent with a
Content-Security-Policy that allows no script at all. FastAPI's /docs and /redoc are off, since they
load Swagger UI and ReDoc from a CDN, which an offline tool cannot reach; /openapi.json describes the API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException

from crosscheck import __version__
from crosscheck.fulltext import FullTextIndex
from crosscheck.store import Store
from crosscheck.web import models, views

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MAX_QUERY = 200  # characters of a search
_templates = Environment(loader=PackageLoader("crosscheck", "web/templates"), autoescape=True)


def create_app(db: str) -> FastAPI:
    """The web UI and JSON API over the store ``db``, with its search index built from it now (restart
    to search what a later analyze added)."""
    store = Store(db, read_only=True)
    index = views.build_index(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        index.close()
        store.close()

    app = FastAPI(title="crosscheck", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Read-only JSON over a crosscheck store; the same data as the HTML pages.")
    app.state.store, app.state.index = store, index
    app.include_router(pages)
    app.include_router(api)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    return app


def _store(request: Request) -> Store:
    return request.app.state.store


def _index(request: Request) -> FullTextIndex:
    return request.app.state.index


StoreDep = Annotated[Store, Depends(_store)]
IndexDep = Annotated[FullTextIndex, Depends(_index)]
Filters = Annotated[models.DocumentFilter, Query()]

api = APIRouter(prefix="/api", tags=["api"])
pages = APIRouter(include_in_schema=False)


@api.get("/overview")
def overview_json(store: StoreDep) -> models.Overview:
    """Counts, and the outlets with their documents and how those lean."""
    return views.overview(store)


@api.get("/search")
def search_json(store: StoreDep, index: IndexDep,
                q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)]) -> models.SearchResults:
    """Claims and articles holding every word of ``q``, best first; entities whose name contains it."""
    return views.search(store, index, q)


@api.get("/documents")
def documents_json(store: StoreDep, filters: Filters) -> list[models.DocumentSummary]:
    return views.document_list(store, filters)


@api.get("/documents/{doc_id}")
def document_json(store: StoreDep, doc_id: str) -> models.DocumentPage:
    """One article with its text in runs marked by the claims and figures covering them."""
    return views.document_page(store, doc_id)


@api.get("/claims")
def claims_json(store: StoreDep, filters: Filters) -> list[models.Claim]:
    """The claims in the documents the filters select."""
    return views.claim_list(store, filters)


@api.get("/claims/{claim_id}")
def claim_json(store: StoreDep, claim_id: str) -> models.ClaimPage:
    return views.claim_page(store, claim_id)


@api.get("/entities")
def entities_json(store: StoreDep, type: Annotated[str | None, Query(max_length=32)] = None) -> list[models.Entity]:
    """Canonical entities, most mentioned first; ``type`` narrows to person, place, organization, ..."""
    return views.entity_list(store, type)


@api.get("/entities/{entity_id}")
def entity_json(store: StoreDep, entity_id: str) -> models.EntityPage:
    return views.entity_page(store, entity_id)


@api.get("/links")
def links_json(store: StoreDep) -> models.Board:
    """Contradictions and corroborations between claims or figures of different outlets."""
    return views.board(store)


@api.get("/dossiers")
def dossiers_json(store: StoreDep) -> list[models.Dossier]:
    """Claims checked with ``crosscheck check``, newest first."""
    return views.dossiers(store)


@pages.get("/")
def home(store: StoreDep) -> HTMLResponse:
    return _render("home.html.j2", overview=views.overview(store))


@pages.get("/search")
def search_page(store: StoreDep, index: IndexDep,
                q: Annotated[str, Query(max_length=MAX_QUERY)] = "") -> HTMLResponse:
    return _render("search.html.j2", query=q, results=views.search(store, index, q) if q.strip() else None)


@pages.get("/documents")
def documents_page(store: StoreDep, filters: Filters) -> HTMLResponse:
    outlets, sides = views.filter_choices(store)
    return _render("documents.html.j2", documents=views.document_list(store, filters), filters=filters,
                   outlets=outlets, sides=sides)


@pages.get("/documents/{doc_id}")
def document_page(store: StoreDep, doc_id: str) -> HTMLResponse:
    return _render("document.html.j2", doc=views.document_page(store, doc_id))


@pages.get("/claims")
def claims_page(store: StoreDep, filters: Filters) -> HTMLResponse:
    outlets, sides = views.filter_choices(store)
    return _render("claims.html.j2", claims=views.claim_list(store, filters), filters=filters,
                   outlets=outlets, sides=sides)


@pages.get("/claims/{claim_id}")
def claim_page(store: StoreDep, claim_id: str) -> HTMLResponse:
    return _render("claim.html.j2", claim=views.claim_page(store, claim_id))


@pages.get("/entities")
def entities_page(store: StoreDep, type: Annotated[str | None, Query(max_length=32)] = None) -> HTMLResponse:
    return _render("entities.html.j2", entities=views.entity_list(store, type), type=type)


@pages.get("/entities/{entity_id}")
def entity_page(store: StoreDep, entity_id: str) -> HTMLResponse:
    return _render("entity.html.j2", entity=views.entity_page(store, entity_id))


@pages.get("/board")
def board_page(store: StoreDep) -> HTMLResponse:
    return _render("board.html.j2", board=views.board(store))


@pages.get("/dossiers")
def dossiers_page(store: StoreDep) -> HTMLResponse:
    return _render("dossiers.html.j2", dossiers=views.dossiers(store))


def _render(template: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(**context), status)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _http_error(request: Request, exc: HTTPException) -> Response:
    if _wants_json(request):
        return await http_exception_handler(request, exc)
    response = _render("error.html.j2", exc.status_code, code=exc.status_code, messages=[exc.detail])
    response.headers.update(exc.headers or {})
    return response


async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
    """A page names the parameters that were wrong and why, never echoing what was sent."""
    if _wants_json(request):
        return await request_validation_exception_handler(request, exc)
    messages = [f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in exc.errors()]
    return _render("error.html.j2", 422, code=422, messages=messages)
