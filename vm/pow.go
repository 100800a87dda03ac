package vm

import (
	"math/big"
)

// Three-argument pow(): the operands' power slots are tried in CPython's
// ternary_op order, and a class's __pow__ gets the modulus as a third
// argument (its __rpow__ is never called with one).

// powSlot identifies the implementation of ** that a type's __pow__ and
// __rpow__ amount to, as CPython's nb_power slot does: two types with the
// same slot are tried only once.
type powSlot int

const (
	powSlotNone    powSlot = iota // neither __pow__ nor __rpow__
	powSlotInt                    // int's (also bool's and a subclass's that keeps them)
	powSlotFloat                  // float's
	powSlotComplex                // complex's
	powSlotUser                   // a class's own __pow__ or __rpow__
)

// powSlotOf returns t's power slot.
func powSlotOf(t *Type) powSlot {
	p, r := t.Lookup("__pow__"), t.Lookup("__rpow__")
	if p.o == nil && r.o == nil {
		return powSlotNone
	}
	for _, b := range [...]struct {
		t *Type
		s powSlot
	}{{IntType, powSlotInt}, {FloatType, powSlotFloat}, {ComplexType, powSlotComplex}} {
		if p.Is(b.t.Lookup("__pow__")) && r.Is(b.t.Lookup("__rpow__")) {
			return b.s
		}
	}
	return powSlotUser
}

// ternaryPower is pow(base, exp, mod) with mod not None.
func (th *Thread) ternaryPower(base, exp, mod Value) (Value, error) {
	sv := powSlotOf(base.Type())
	sw := powSlotNone
	if exp.Type() != base.Type() {
		sw = powSlotOf(exp.Type())
		if sw == sv {
			sw = powSlotNone
		}
	}
	if sv != powSlotNone {
		if sw != powSlotNone && exp.Type().IsSubtype(base.Type()) {
			if r, err := th.callPowSlot(sw, base, exp, mod); err != nil || !r.IsNotImplemented() {
				return r, err
			}
			sw = powSlotNone
		}
		if r, err := th.callPowSlot(sv, base, exp, mod); err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if sw != powSlotNone {
		if r, err := th.callPowSlot(sw, base, exp, mod); err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if sz := powSlotOf(mod.Type()); sz != powSlotNone && sz != sv && sz != sw {
		if r, err := th.callPowSlot(sz, base, exp, mod); err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	return Null, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		base.Type().Name, exp.Type().Name, mod.Type().Name)
}

// callPowSlot calls one power slot with all three operands; it returns
// NotImplemented when the slot does not take them.
func (th *Thread) callPowSlot(s powSlot, base, exp, mod Value) (Value, error) {
	switch s {
	case powSlotInt:
		if !isIntLike(base) || !isIntLike(exp) || !isIntLike(mod) {
			return NotImplemented, nil
		}
		return th.intModPow(unwrap(base), unwrap(exp), unwrap(mod))
	case powSlotFloat:
		return Null, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	case powSlotComplex:
		return complexPow3(base, exp, mod)
	}
	// A class's slot calls its own __pow__, and only when base is the
	// instance whose type has the slot (exp's type can reach here too).
	if powSlotOf(base.Type()) != powSlotUser {
		return NotImplemented, nil
	}
	r, found, err := th.callDunder(base, "__pow__", exp, mod)
	if err == nil && !found {
		err = Errorf(AttributeErrorType, "__pow__")
	}
	return r, err
}

// intModPow is pow(b, e, m) for ints.
func (th *Thread) intModPow(base, exp, mod Value) (Value, error) {
	b, _ := asBig(base)
	e, _ := asBig(exp)
	m, _ := asBig(mod)
	if m.Sign() == 0 {
		return Null, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	bb := new(big.Int).Set(b)
	ee := new(big.Int).Set(e)
	if ee.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(bb, new(big.Int).Abs(m)), new(big.Int).Abs(m))
		if inv == nil {
			return Null, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		bb = inv
		ee.Neg(ee)
	}
	r, err := th.bigModPow(bb, ee, new(big.Int).Abs(m))
	if err != nil {
		return Null, err
	}
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return IntFromBig(r), nil
}
