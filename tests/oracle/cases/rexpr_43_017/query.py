from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(expr("CASE i WHEN 2 THEN isnan(d) ELSE b END"), lit(False)))).selectExpr("id", "ceiling(n) AS c1", "pmod(id, i) AS c2", "CAST(i AS TIMESTAMP) AS c3", "next_day(dt, 'TU') AS c4", "nvl(-1, 7) AS c5").filter("((n = i) OR (k IS NOT NULL))")
OUTPUT_MODE = "append"
