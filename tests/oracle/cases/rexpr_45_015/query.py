from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", (F.when(col("b"), col("id")).when(col("b"), col("id")).when(col("b"), col("id")).otherwise(lit(-2).cast("bigint")) + col("i").cast("bigint")).alias("c1"), (F.add_months(col("dt"), col("i")) + expr("INTERVAL 1 DAY")).alias("c2"))
OUTPUT_MODE = "append"
