-- Documents, claims and figures per outlet over a date range.
-- @param date_from = 1900-01-01: first day (inclusive), by reported_on
-- @param date_to = 2999-12-31: last day (inclusive)
select
    outlet,
    sum(n_documents) as n_documents,
    sum(n_claims) as n_claims,
    sum(n_attributed_claims) as n_attributed_claims,
    sum(n_denials) as n_denials,
    sum(n_figures) as n_figures,
    min(reported_on) as first_day,
    max(reported_on) as last_day
from marts.daily_coverage
where reported_on between cast($date_from as date) and cast($date_to as date)
group by outlet
order by n_claims desc, outlet
