# Single inheritance: overriding, super().__init__, super() calls to parent methods.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
        print("Animal init", name)
    def speak(self):
        return self.name + " says " + self.sound
    def describe(self):
        return "animal " + self.name
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick
        print("Dog init", trick)
    def describe(self):
        return super().describe() + " who can " + self.trick
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
a = Animal("generic")
d = Dog("rex", "sit")
p = Puppy("bit", "roll")
for x in (a, d, p):
    print(x.speak(), "|", x.describe())
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p).__name__, type(p) is Puppy, type(p) is Dog)
