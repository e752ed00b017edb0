.bail on
.load ./llmcost
SELECT breakeven_months(-1, 1200);
SELECT 'not reached: .bail on stops at the error above';
