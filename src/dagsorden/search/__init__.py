"""Search: Danish full-text search over items, points, decisions and attachments.

Choices, and why:

- **What is indexed.** One entry per item (heading, recommendation), per point (title, text,
  decision), per decision of an item without points, and per attachment (its title with its
  journal number, and the text of its file: file_text.py, read once when the file is stored). Points are the
  unit people look for ("what did the board decide about the sundhedsklynge?"), so each point
  is its own result, with the meeting and date beside it.
- **Danish stemming.** Both backends use the Snowball 'danish' stemmer, so 'sundhedsklyngen'
  finds 'sundhedsklynger' and 'budgetanalyserne' finds 'budgetanalyse'. On SQLite the stems are
  computed in Python with PyStemmer and stored in an FTS5 table (FTS5 has no Danish stemmer,
  and Python's sqlite3 cannot register a tokenizer); on PostgreSQL the built-in 'danish' text
  search configuration does the same with the same algorithm. Tried and dropped: FTS5's
  'porter' tokenizer (English rules; 'direktionen' stayed 'direktionen'), and trigram matching
  (finds 'sundhedsklyngen' from 'sundhedsklynger' but ranks noise as high as hits).
- **Compounds.** Danish writes them as one word ('Erhvervsklimamåling', 'campusområdet',
  'budgetopfølgning'), so a query word of four letters or more also finds the words it
  begins: matched as typed, not as its stem ('borger' is stemmed 'borg', which begins
  'borgmester'). Such a word also finds the compounds it is a later part of ('skole' in
  'Skovskolen'): no Danish dictionary is at hand offline, so the index keeps its own
  vocabulary of long words (CompoundWord, added to as entries are indexed, on both
  backends alike), a query word is looked up in it (a LIKE scan: tens of thousands of words)
  and the compounds found join the query as their stems. Rules in analysis.Term keep out
  what is no kind of the word: a part before it under three letters ('ud' + 'valg') or a
  prefix or ending in one ('for' + 'mål', 'økonomi' + 'ud' + 'valg'). Every query word must be
  found, as itself, a compound's start or a later part of one; PostgreSQL's stop words are
  left out of queries on both backends.
  On PostgreSQL a query also matches as its own parser reads it (a journal number '8725/21'
  is one token to it).
- **Phrases and exclusions**, as search boxes read them (analysis.parse_query): "quoted
  words" are an FTS5 phrase of their stems on SQLite (its index keeps every word, stop words
  too) and `<->`/`<n>` on PostgreSQL (which leaves stop words out but counts their places);
  `-word` is FTS5's NOT, and `!` AND-ed onto the whole query on PostgreSQL, so that its own
  reading of the query cannot bring back the compounds left out.
- **Weights.** A title match counts ten times a text match (bm25 weights 10:1 on SQLite,
  'A'/'B' weights with ts_rank_cd on PostgreSQL): a point called 'Budgetopfølgning' should
  beat a point that mentions a budget in passing.
- **Access is checked at query time, not stored in the index.** Each query joins the live item,
  meeting and attachment rows and applies the one access rule (meetings/access.py), so an item
  closed after publication is gone from public search on the very next request, and counts
  and snippets never include what the visitor may not see. Closed items and closed attachments
  are left out of public search altogether, headings included.
- **Snippets** are cut from the original text in Python, the query's words marked by stem,
  everything escaped: the same on both backends.
- **The index follows the data**: the importer indexes each meeting it stores, and saving an
  item, point, decision, attachment or meeting in the admin re-indexes its meeting.
"""
