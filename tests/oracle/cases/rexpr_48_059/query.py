from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, dt DATE, d DOUBLE, m DECIMAL(7,0), ts TIMESTAMP, n DECIMAL(5,3), s STRING, j INT, i INT, b BOOLEAN").json(INPUT)
result = df.filter("((second(ts) BETWEEN -1 AND 0) OR (ts IS NULL))").select("id", "d", expr("(round(m, -1) * length(CAST(NULL AS STRING)))").alias("c1"), F.least((col("n") - col("m")), col("m")).between(lit(.001).cast("decimal(4,3)"), lit(-3.10).cast("decimal(3,2)")).alias("c2"), F.least(F.add_months(col("dt"), lit(3)), F.make_date(lit(2024), F.month(col("dt")), F.least(F.dayofmonth(col("dt")), lit(28)))).alias("c3")).where("((n IS NOT NULL) OR (dt >= DATE'2025-03-01'))")
OUTPUT_MODE = "append"
