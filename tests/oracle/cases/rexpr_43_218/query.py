from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i", expr("date_add(date_add(dt, i), i) AS k2")).agg(expr("max(greatest(dt, DATE'2024-02-29')) AS a1"), F.min(F.make_date(F.year(col("dt")), F.pmod(col("i"), lit(12)) + lit(1), lit(28))).alias("a2")).orderBy("i", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
