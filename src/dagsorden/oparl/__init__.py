"""The OParl 1.1 API (https://oparl.org): the archive as open data for any OParl client."""
