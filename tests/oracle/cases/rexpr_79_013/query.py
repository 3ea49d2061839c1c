from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, s STRING, j INT, t STRING, m DECIMAL(10,2), b BOOLEAN").load(INPUT)
result = df.selectExpr("round((abs(m) / nullif(m, 0)), 0) AS c1", "(CASE WHEN b THEN add_months(dt, i) WHEN b THEN dt WHEN (s IS NOT NULL) THEN date_add(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy'), i) ELSE dt END + INTERVAL -10 DAYS) AS c2", "trim(ltrim(s))", "isnan((100.0D + round(m, 2))) AS c4", "abs(round((m * i), 0)) AS c5").where((col("c1") >= lit(99.99).cast("decimal(4,2)")))
OUTPUT_MODE = "append"
