class A:
    @dec
