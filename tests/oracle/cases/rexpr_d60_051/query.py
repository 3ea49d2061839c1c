from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(isnan(abs(CASE WHEN (dt IS NOT NULL) THEN d WHEN b THEN d WHEN b THEN d ELSE d END)) OR (i IS NULL))").selectExpr("id", "xxhash64(d, ts) AS c1", "date_format(last_day(make_date(2023, pmod(i, 12) + 1, 28)), 'yyyy-MM-dd') AS c2").filter(F.coalesce(col("d").isin(lit(0.1), lit(2.0)), lit(True)))
OUTPUT_MODE = "append"
