from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("trunc(dateadd(date_add(dt, i), (i + i)), 'Q')")).withColumn("c2", expr("add_months(add_months(dt, i), i)")).withColumn("c3", expr("(date_trunc('MINUTE', ts) + INTERVAL '90' MINUTE)")).withColumn("c4", F.nullif((lit(5) * col("id")).cast("string"), lit("é")).try_cast("decimal(5,1)")).withColumn("c5", F.when(col("t").isNotNull(), F.substring(col("s"), 1, 1)).when(col("n").isNotNull(), F.format_string("%s-%d", col("s"), col("k"))).when(col("b"), F.substring(col("t"), 0, 10)).otherwise(col("s"))).select("id", "c1", "c2", "c3", "c4", "c5").filter((col("c5").between(lit("42"), lit("o")) | col("c3").isNull()))
OUTPUT_MODE = "append"
