from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, d DOUBLE, i INT, dt DATE, s STRING, m DECIMAL(7,0), t STRING, b BOOLEAN, j INT, k BIGINT").load(INPUT)
result = df.groupBy(expr("coalesce(i, 0) AS k1")).agg(expr("count_if((m < -1.5D)) AS a1"), F.avg(F.abs(F.months_between(F.make_date(lit(2024), lit(2), lit(1)), col("ts"), False))).alias("a2"), F.count_if(F.when((col("b") | col("b")), F.coalesce(col("b"), col("dt").isNotNull(), lit(None).cast("boolean"))).otherwise(lit(True))).alias("a3"))
OUTPUT_MODE = "update"
