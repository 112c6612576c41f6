"""Reading a folder of articles (plain text, HTML, JSON lines), finding who is quoted, and feeding the index."""
from search.model import Article, Quote

from .folder import IndexReport, index_folder
from .html import parse_html
from .plaintext import parse_text
from .quotes import extract_quotes

__all__ = ["Article", "IndexReport", "Quote", "extract_quotes", "index_folder", "parse_html", "parse_text"]
