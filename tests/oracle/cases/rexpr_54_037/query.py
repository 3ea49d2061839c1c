from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("n") > col("m")) | (col("n") > lit(1.25).cast("decimal(3,2)")))).groupBy(F.datediff(col("dt"), col("dt")).alias("k1")).agg(F.count_if((~col("id").cast("double").isin(lit(0.1), lit(100.0), lit(-1.5)))).alias("a1"), expr("max(pow(exp(i), 0.5)) AS a2"), (F.max(col("d")) - F.min(col("d"))).alias("a3"), F.count_if(F.repeat(col("s"), 2).try_cast("bigint").isNotNull()).alias("a4"))
OUTPUT_MODE = "update"
