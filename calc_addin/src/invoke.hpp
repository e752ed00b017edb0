// Calls one function of the table with the arguments Calc passed, and maps the outcome to Calc.
//
// Rules (function card section 1, Calc column; docs/calc.md):
//  1. An argument is one value, or a range (sequence<sequence<any>>).  A 1 x 1 range is one value.
//  2. One value: a number; text (in a text argument; `priced_at` also takes a date cell, turned
//  into
//     ISO text with the document's null date); empty = omitted (the core then says whether it was
//     required: Err:502 naming it).  An empty cell reaches us as "" and reads as 0, as Calc reads
//     it.
//  3. Text in a number argument is #VALUE! (a RuntimeException naming the argument).
//  4. Outcomes: number -> number (text -> text); none -> an empty any (#N/A); invalid ->
//     IllegalArgumentException (Err:502) with the card's message.  A table (cost_schedule) is a
//     months x 4 array of numbers.
//  5. Range form: all ranges must have the same rows x columns (else Err:502); single values are
//     used for every cell; an empty cell in a range is 0 (empty text in a text argument); the
//     result has the ranges' shape, a none cell being an empty cell.  Text in any cell of a number
//     argument makes the whole result #VALUE!; otherwise one invalid cell makes the whole result
//     Err:502 (a Calc array result cannot hold an error per cell).  A table function takes no
//     ranges.
//  6. Nothing but a UNO exception leaves: anything else becomes a RuntimeException (#VALUE!).
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <span>

#include "llmcost/registry.hpp"

namespace llmcost::calc {

// `args` holds one any per argument of `spec`, in the table's order.  `spec` null (a generated
// method whose function left the table) is a RuntimeException.  `document` may be null (default
// null date).
::com::sun::star::uno::Any invoke(
    const FunctionSpec* spec,
    const ::com::sun::star::uno::Reference<::com::sun::star::beans::XPropertySet>& document,
    std::span<const ::com::sun::star::uno::Any* const> args);

}  // namespace llmcost::calc
