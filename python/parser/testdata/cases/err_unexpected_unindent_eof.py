if x:
    @d
    
