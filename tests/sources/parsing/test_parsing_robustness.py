from hypothesis import example, given, settings
from hypothesis import strategies as st

from sources.parsing import ParseError, parse_article


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_an_article_or_a_parse_error(data):
    try:
        article = parse_article(data)
    except ParseError:
        return
    assert article.body.strip()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=25))
@example(["0\x0c0\xa0A"])  # a lone headline-like line with a no-break space: the text, as printed
def test_every_body_paragraph_comes_from_the_input(lines):
    text = "\n".join(lines)
    try:
        article = parse_article(text)
    except ParseError:
        return
    for paragraph in article.body.split("\n\n"):
        assert paragraph in text


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_html_never_crashes(text):
    try:
        parse_article("<html><body><p>" + text + "</p></body></html>")
    except ParseError:
        pass


def test_a_lone_headline_line_is_the_body_as_printed_no_break_spaces_included():
    text = "Harga\u00a0beras naik lagi di pasar induk"
    article = parse_article(text)
    assert article.body == text
