from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN is_valid_utf8(unhex('C328')) THEN month(dt) WHEN (s IS NOT NULL) THEN unix_date(make_date(2024, 1, 1)) + i ELSE 10 END AS c1", "array_contains(split(reverse(s), ','), 'Hello') AS c2", "inline_outer(filter(array(struct(i AS p, d AS q)), e -> e.p > 0))")
OUTPUT_MODE = "append"
