from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.add_months(col("dt"), lit(3)).alias("k1"), F.isnull(F.nullif(col("m"), lit(12.345).cast("decimal(5,3)"))).alias("k2")).agg(expr("(max(i) - min(i)) AS a1"), F.count(col("d")).alias("a2"))
OUTPUT_MODE = "update"
