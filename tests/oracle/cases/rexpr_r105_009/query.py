from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(is_valid_utf8(s), false))").selectExpr("id", "TRY_CAST(id AS INT) AS c1", "xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') AS c2")
OUTPUT_MODE = "append"
