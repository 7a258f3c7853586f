# instance_of is true for the class and every ancestor, false for siblings and unrelated classes.
class Vehicle {}
class Car < Vehicle {}
class SportsCar < Car {}
class Boat < Vehicle {}
class Fruit {}
var s = SportsCar()
echo instance_of(s, SportsCar)  # expect: true
echo instance_of(s, Car)        # expect: true
echo instance_of(s, Vehicle)    # expect: true
echo instance_of(s, Boat)       # expect: false
echo instance_of(s, Fruit)      # expect: false
echo instance_of(Car(), SportsCar)  # expect: false
