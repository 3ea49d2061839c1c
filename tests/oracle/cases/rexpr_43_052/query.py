from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", lit(" ").startswith("H"), F.when((col("id") > lit(86400).cast("bigint")), col("ts")).alias("c2"), expr("(3 * nvl(0L, -2L)) AS c3"), F.date_add(col("dt"), col("i")).alias("c4"), (col("d") + (col("i") / lit(-4))).alias("c5"))
OUTPUT_MODE = "append"
