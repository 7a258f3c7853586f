# A static counter incremented in a base constructor counts subclass instances too.
class Entity {
  static var made = 0
  Entity() { Entity.made += 1 }
}
class Player < Entity {}
class Enemy < Entity {
  Enemy() { parent() }
}
Player()
Enemy()
Entity()
echo Entity.made    # expect: 3
