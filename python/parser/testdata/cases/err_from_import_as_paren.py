from a import (b as (a < b))
