class Base:
    def __init__(self, x):
        self.x = x

class Child(Base):
    def __init__(me, x, y):
        super(Child, me).__init__(x)
        me.y = y

    @staticmethod
    def make():
        return super()

    def explicit(self):
        return super(Child, self).__init__(1)

def not_a_method():
    return super()
