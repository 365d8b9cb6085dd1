# '30 November 2022' (British), not Django's 'Nov. 30, 2022': the day before the month, as
# in the Danish '30. november 2022' beside it.
DATE_FORMAT = "j F Y"
