from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.concat(col("m").cast("string"), col("s")) == col("s")).alias("c1"), expr("try_to_timestamp(s)").alias("c2"), expr("(f / nullif(hash(dt), 0))").alias("c3")).filter(((lit(3).cast("bigint") > col("c3")) | col("c2").isNotNull()))
OUTPUT_MODE = "append"
