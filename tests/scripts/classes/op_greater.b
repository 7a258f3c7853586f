# def > overloads greater-than.
class Weight {
  var kg = 0
  Weight(kg) { self.kg = kg }
  def > { return self.kg > __arg__.kg }
}
echo Weight(5) > Weight(3)    # expect: true
echo Weight(3) > Weight(5)    # expect: false
echo Weight(3) > Weight(3)    # expect: false
