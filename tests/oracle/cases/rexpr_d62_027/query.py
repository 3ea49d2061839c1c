from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).select("id", (((col("i") + col("n")) * col("i")) - F.nullif(col("n"), lit(12.345).cast("decimal(5,3)"))).alias("c1"), col("i").cast("boolean").alias("c2"), F.concat(col("s"), col("s")).alias("c3")).filter(((col("d") > lit(0.001)) | col("m").isNotNull()))
OUTPUT_MODE = "append"
