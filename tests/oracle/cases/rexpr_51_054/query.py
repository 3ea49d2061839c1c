from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.isnan((lit(100.0) * col("i"))) | col("id").isNotNull())).groupBy(F.when(col("id").cast("boolean"), col("s")).alias("k1")).agg(F.bool_and((col("s") == lit(None).cast("string"))).alias("a1"), expr("(max((m / nullif(i, 0))) - min((m / nullif(i, 0)))) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
