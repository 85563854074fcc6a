"""Time expressions resolved against the document's anchor date."""

from __future__ import annotations

import pytest

from crosscheck.extract.timex import find_anchor, find_time_expressions


@pytest.mark.parametrize(("phrase", "published", "value"), [
    ("on November 8, 2020", "2021-04-08", "2020-11-08"),
    ("on 8 October, 2020", None, "2020-10-08"),
    ("on Nov. 8", "2020-11-20", "2020-11-08"),
    ("On October 28", "2020-11-02", "2020-10-28"),
    ("on December 30", "2021-01-04", "2020-12-30"),  # no year: the one before the article
    ("on Monday", "2020-10-08", "2020-10-05"),
    ("Tuesday morning", "2020-10-08", "2020-10-06"),
    ("on Thursday", "2020-10-08", "2020-10-08"),  # the day it appeared
    ("last week", "2020-10-08", "2020-09-28"),
    ("earlier this month", "2020-10-08", "2020-10-01"),
    ("yesterday", "2020-10-08", "2020-10-07"),
    ("three days ago", "2020-10-08", "2020-10-05"),
])
def test_resolves(phrase, published, value):
    text = f"The attack happened {phrase}."
    (found,) = find_time_expressions(text, find_anchor(text, published, None))
    assert found.value == value
    assert found.text == text[found.start:found.end]


def test_without_a_publication_date_the_year_comes_from_the_text():
    text = "Fighting spread on Tuesday, October 27. In October 2020 monitors documented four incidents."
    anchor = find_anchor(text, None, "STEPANAKERT")
    assert (anchor.day, anchor.year) == (None, 2020)
    values = [t.value for t in find_time_expressions(text, anchor)]
    assert values == ["2020-10-27", "2020-10-01"]  # weekdays need a publication date to resolve


def test_may_the_verb_is_not_a_month():
    text = "Talks may 5 times fail."
    assert find_time_expressions(text, find_anchor(text, "2020-10-08", None)) == []
