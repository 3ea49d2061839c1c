from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, n DECIMAL(9,5), s STRING, i INT, m DECIMAL(10,2), j INT, d DOUBLE, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((b < true) OR ((dt IS NOT NULL) IS NULL))").groupBy(F.when((col("i") <= lit(10)), col("dt")).when(col("b").isNotNull(), col("dt")).when(col("b"), col("dt")).alias("k1")).agg(F.sum(F.when(lit(3).cast("bigint").cast("boolean"), col("i")).otherwise(lit(0))).alias("a1"), (F.max(F.exp(col("j"))) - F.min(F.exp(col("j")))).alias("a2"), (F.max((col("i") % F.nullif(col("b").cast("int"), lit(0)))) - F.min((col("i") % F.nullif(col("b").cast("int"), lit(0))))).alias("a3"))
OUTPUT_MODE = "complete"
