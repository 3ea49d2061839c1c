from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.next_day(F.last_day(col("dt")), "SUN").alias("c1"), F.when((col("s") > lit("o")), col("i").isin(lit(10), lit(2))).when(col("ts").isNotNull(), (col("m") >= expr("0.5"))).otherwise(((~col("b")) & col("ts").isNotNull())).alias("c2"), expr("CAST(TIMESTAMP'1999-12-31 23:59:59.999' AS STRING) AS c3"), col("d").cast("int").alias("c4"), (col("ts") - expr("INTERVAL -3 DAYS")).alias("c5"), F.when(col("m").isNotNull(), col("i")).when(col("b"), F.datediff(col("dt"), col("dt"))).otherwise(col("t").try_cast("int")).alias("c6"))
OUTPUT_MODE = "append"
