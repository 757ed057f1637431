{#- Which documents are one source. Copies of the same wire agency count once (AFP copy in
    two outlets is one source: AFP), and so do near-duplicates (stg_documents.story_id is
    the first copy of a near-duplicate group). Everything else is its own source. -#}
{% macro independent_source_id(wire_agency, story_id) -%}
    case
        when nullif(trim({{ wire_agency }}), '') is not null then 'wire:' || lower(trim({{ wire_agency }}))
        else 'story:' || {{ story_id }}
    end
{%- endmacro %}

{#- Speaker identity: the canonical entity id when the extractor resolved one, else the
    lower-cased name, so unresolved speakers are still grouped. -#}
{% macro speaker_key(speaker_id, speaker_name) -%}
    coalesce({{ speaker_id }}, 'name:' || lower(trim({{ speaker_name }})))
{%- endmacro %}

{#- Distinct lower-cased words of 3+ letters or digits (Unicode aware), for comparing
    paraphrases of the same claim across outlets. -#}
{% macro token_set(text) -%}
    list_filter(list_distinct(regexp_split_to_array(lower({{ text }}), '[^\p{L}\p{N}]+')), lambda t: length(t) >= 3)
{%- endmacro %}

{#- Jaccard similarity of two token sets (0 when both are empty). -#}
{% macro token_jaccard(a, b) -%}
    coalesce(len(list_intersect({{ a }}, {{ b }})) / nullif(len(list_distinct(list_concat({{ a }}, {{ b }}))), 0), 0)
{%- endmacro %}

{#- Pairs (left_key, right_key) of token sets of the same speaker with Jaccard similarity
    >= min_similarity, without comparing every pair: the prefix filter of set-similarity
    joins. Order tokens rarest first; a set of n tokens keeps its first n - ceil(t*n) + 1;
    two sets with J >= t always share a token of their prefixes, so candidates are pairs
    that do, and each candidate is verified (exactly token_jaccard). Rare tokens make short
    posting lists, so this is near-linear where the speaker-blocked self-join is quadratic.
    `left`/`right`: relations (CTE names) with columns key, speaker_key, tokens (distinct);
    keys unique within each. Sets without tokens pair with nothing. -#}
{% macro similar_token_sets(left, right, min_similarity) -%}
    (
    with sides as (
        select 'l' as side, key, speaker_key, tokens from {{ left }}
        union all
        -- only the speakers of the left side can pair
        select 'r', r.key, r.speaker_key, r.tokens from {{ right }} as r
        where r.speaker_key in (select speaker_key from {{ left }})
           or (r.speaker_key is null and exists (select 1 from {{ left }} where speaker_key is null))
    ),
    side_tokens as (
        select side, key, speaker_key, len(tokens) as n_tokens, unnest(tokens) as token from sides
    ),
    frequency as (
        select token, count(*) as n_sets from side_tokens group by token
    ),
    prefixes as (
        select side, key, speaker_key, n_tokens, token
        from side_tokens join frequency using (token)
        -- the epsilon keeps the prefix at least as long as the exact bound (verified in double below)
        qualify row_number() over (partition by side, key order by n_sets, token)
                <= n_tokens - ceil({{ min_similarity }} * n_tokens - 1e-9) + 1
    ),
    candidates as (
        select distinct l.key as left_key, r.key as right_key
        from (select * from prefixes where side = 'l') as l
        join (select * from prefixes where side = 'r') as r
          on l.token = r.token and l.speaker_key is not distinct from r.speaker_key
        -- length filter: J(a, b) <= min(|a|, |b|) / max(|a|, |b|)
        where least(l.n_tokens, r.n_tokens) >= {{ min_similarity }} * greatest(l.n_tokens, r.n_tokens) - 1e-9
    ),
    shared as (
        select c.left_key, c.right_key, len(l.tokens) as n_left, len(r.tokens) as n_right,
               len(list_intersect(l.tokens, r.tokens)) as n_common
        from candidates as c
        join {{ left }} as l on l.key = c.left_key
        join {{ right }} as r on r.key = c.right_key
    )
    -- = token_jaccard (both sets are distinct, so |a u b| = |a| + |b| - |a n b|), cheaper
    select left_key, right_key
    from shared
    where n_common / (n_left + n_right - n_common) >= {{ min_similarity }}
    )
{%- endmacro %}

{#- Claims of one speaker with the same word set match exactly the same claims, so they are
    compared once, as one "form" (wire copies: many claims, one form). A claim without words
    matches only itself (Jaccard 0), so it is a form of its own. -#}
{% macro claim_form_key(speaker_key, claim_id, tokens) -%}
    coalesce('s:' || {{ speaker_key }}, 'n') || chr(31)
    || case when len({{ tokens }}) = 0 then 'id:' || {{ claim_id }} else 'w:' || array_to_string({{ tokens }}, ' ') end
{%- endmacro %}

{#- Figures equal in metric, subject, unit and value are one statement; a figure without a
    metric, subject or value matches only itself. `value + 0` folds -0.0 into 0.0 (they are equal). -#}
{% macro figure_class_key(quantity_id, metric, subject_id, unit, value) -%}
    case when {{ metric }} is null or {{ subject_id }} is null or {{ value }} is null then 'id:' || {{ quantity_id }}
         else 'v:' || {{ metric }} || chr(31) || {{ subject_id }} || chr(31) || coalesce('u:' || {{ unit }}, 'n')
              || chr(31) || cast({{ value }} + 0 as varchar)
    end
{%- endmacro %}
