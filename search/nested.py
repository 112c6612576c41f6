"""A NestedParent query whose matcher can be skipped safely.

Whoosh 2.7.4's NestedParentMatcher.skip_to() reads the child matcher after it is exhausted and raises ReadTooFar
whenever a NestedParent is intersected with another query (`speaker:x some words`). This subclass fixes skip_to and
leaves everything else as Whoosh has it.
"""
from __future__ import annotations

from whoosh import matching
from whoosh.query import NestedParent


class ArticlesWithQuotes(NestedParent):
    """Parent documents (articles) with at least one child document (quotation) matching the sub-query."""

    class NestedParentMatcher(NestedParent.NestedParentMatcher):
        def skip_to(self, id):
            if self._nextdoc is None or id <= self._nextdoc:
                return
            child = self.child
            if child.is_active() and child.id() < id:
                child.skip_to(id)
            if child.is_active():
                self._gather()
            else:
                self._nextdoc = None

        def next(self):
            if self._nextdoc is None:
                raise matching.ReadTooFar
            if self.child.is_active():
                self._gather()
            else:
                self._nextdoc = None
