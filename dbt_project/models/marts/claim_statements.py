"""Which claim forms are one statement (extract.statements.group_statements).

Incremental: a run regroups every speaker with a form in its window (vars min_date and
max_date) or with a form that is gone, in full: grouping depends on the order in which a
speaker's forms were first reported, so this equals a full rebuild. delete+insert on
speaker_group replaces those speakers' rows; the post-hook drops forms that are gone.
The outlet's own statements are one speaker group per week (claim_forms), so a run
regroups the weeks of its window, not every unattributed claim ever reported.
"""

from itertools import groupby

import pyarrow as pa

from extract.statements import group_statements

SCHEMA = pa.schema([("speaker_group", pa.string()), ("form_key", pa.string()),
                    ("statement_key", pa.string()), ("similarity", pa.float64())])


def model(dbt, session):
    min_similarity = float(dbt.config.get("min_similarity"))
    window = {"min_date": dbt.config.get("min_date"), "max_date": dbt.config.get("max_date")}
    # A CTE over the relation's own SQL: a view made with to_view() would stay in the warehouse.
    forms_cte = f"with claim_forms_now as ({dbt.ref('claim_forms').sql_query()})"
    speakers = "select speaker_group from claim_forms_now"
    if dbt.is_incremental:
        speakers = f"""select speaker_group from claim_forms_now
                       where partition_date between cast($min_date as date) and cast($max_date as date)
                       union select speaker_group from {dbt.this}
                       where form_key not in (select form_key from claim_forms_now)"""
    forms = session.execute(f"""{forms_cte}
        select speaker_group, form_key, words, min(reported_on) as first_reported_on
        from claim_forms_now
        where speaker_group in ({speakers})
        group by speaker_group, form_key, words
        order by speaker_group, first_reported_on, form_key""",
        window if dbt.is_incremental else {}).fetchall()
    rows = []
    for speaker, speaker_forms in groupby(forms, key=lambda form: form[0]):
        form_words = [(form_key, (words or "").split()) for _, form_key, words, _ in speaker_forms]
        rows.extend((speaker, *grouped) for grouped in group_statements(form_words, min_similarity))
    return pa.Table.from_pylist([dict(zip(SCHEMA.names, row)) for row in rows], schema=SCHEMA)
