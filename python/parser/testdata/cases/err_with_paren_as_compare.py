with (a as (a < b), b):
    pass
