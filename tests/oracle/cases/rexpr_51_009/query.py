from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("CASE WHEN (b AND (t <= ' ')) THEN (n / 2.5) WHEN (t <> s) THEN (n - i) WHEN (d NOT IN (CAST('NaN' AS DOUBLE))) THEN m ELSE (n / nullif(i, 0)) END AS c1"), F.when(lit(True), col("d")).when((col("d") == col("n")), col("d")).otherwise(col("d")), expr("weekofyear(date_add(trunc(last_day(dt), 'yy'), i)) AS c3")).where("(CASE WHEN (c1 <> 12.345) THEN (c1 < 2.0D) ELSE (c3 <= 3) END OR (c3 IS NULL))")
OUTPUT_MODE = "append"
