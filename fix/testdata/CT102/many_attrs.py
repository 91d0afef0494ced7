# fix: unsafe
class Registry:
    table0 = {}
    table1 = {}
    table2 = {}
    table3 = {}
    table4 = {}
    table5 = {}
    table6 = {}
    table7 = {}
    table8 = {}
    table9 = {}
    table10 = {}
    table11 = {}

    def add(self, key, value):
        self.table0[key] = value
        self.table1[key] = value
        self.table2[key] = value
        self.table3[key] = value
        self.table4[key] = value
        self.table5[key] = value
        self.table6[key] = value
        self.table7[key] = value
        self.table8[key] = value
        self.table9[key] = value
        self.table10[key] = value
        self.table11[key] = value
