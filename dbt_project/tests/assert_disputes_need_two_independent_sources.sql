-- A dispute is between independent sources: a group with a single source (say, one wire
-- story copied by five outlets) can never be disputed, and min <= value <= max holds.
select comparison_key, quantity_id, value, min_value, max_value, n_independent_sources, disputed
from {{ ref('figure_comparison') }}
where (disputed and n_independent_sources < 2)
   or value < min_value or value > max_value
