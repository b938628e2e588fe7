-- Version 3: counting orders by state for one mode (status bar, end of day) reads this index alone
-- instead of every order.
CREATE INDEX orders_mode_state ON orders (mode, state);
